import Foundation

/// Locates and reads files in the module's bundled `Resources/` directory, verifying model checksums.
///
/// `Package.swift` copies the directory with `.copy("Resources")`, so files live at
/// `<resource bundle>/Resources/<name>` on both Linux and Apple platforms.
enum ModelResources {
    /// Returns the URL of a bundled resource file.
    static func url(of name: String) throws -> URL {
        let bundle = Bundle.module
        if let url = bundle.url(forResource: name, withExtension: nil, subdirectory: "Resources") {
            return url
        }
        let base = bundle.resourceURL ?? bundle.bundleURL
        let candidate = base.appendingPathComponent("Resources").appendingPathComponent(name)
        if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        throw ModelError.missingResource(name: name)
    }

    /// Reads a bundled resource file.
    static func bytes(of name: String) throws -> [UInt8] {
        let location = try url(of: name)
        guard let data = FileManager.default.contents(atPath: location.path) else {
            throw ModelError.missingResource(name: name)
        }
        return [UInt8](data)
    }

    /// Reads the artifact of model `name` and checks its size and SHA-256 against the manifest.
    static func verifiedModelBytes(named name: String) throws -> [UInt8] {
        let manifest = try ModelManifest.loadBundled()
        guard let entry = manifest.models[name] else { throw ModelError.missingManifestEntry(model: name) }
        let artifact = try bytes(of: entry.file)
        try verify(artifact, against: entry)
        return artifact
    }

    /// Checks artifact bytes against a manifest entry.
    static func verify(_ artifact: [UInt8], against entry: ModelManifestEntry) throws {
        guard artifact.count == entry.bytes else {
            throw ModelError.sizeMismatch(file: entry.file, expected: entry.bytes, actual: artifact.count)
        }
        let actual = SHA256.hexDigest(artifact)
        guard actual == entry.sha256.lowercased() else {
            throw ModelError.checksumMismatch(file: entry.file, expected: entry.sha256, actual: actual)
        }
    }
}
