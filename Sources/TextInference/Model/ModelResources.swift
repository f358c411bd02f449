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
        guard let bytes = readWholeFile(atPath: location.path) else { throw ModelError.missingResource(name: name) }
        return bytes
    }

    /// Reads a file straight into an array (one copy, where `Data` and then `[UInt8]` made two).
    static func readWholeFile(atPath path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var information = stat()
        guard fstat(descriptor, &information) == 0 else { return nil }
        let size = Int(information.st_size)
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            var done = 0
            while done < size {
                let count = read(descriptor, buffer.baseAddress! + done, size - done)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { complete = false; break }
                done += count
            }
            initialized = done
        }
        return complete ? bytes : nil
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
        let actual = ArtifactDigest.hex(artifact)
        guard actual == entry.sha256.lowercased() else {
            throw ModelError.checksumMismatch(file: entry.file, expected: entry.sha256, actual: actual)
        }
    }
}
