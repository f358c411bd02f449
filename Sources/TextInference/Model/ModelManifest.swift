import Foundation

/// The manifest of bundled model artifacts (`Resources/models.json`): version, file, SHA-256 and size per model.
public struct ModelManifest: Sendable, Codable, Equatable {
    /// Manifest schema version. Default 1.
    public var formatVersion: Int
    /// Entries keyed by model name (`"langid"`, `"triage"`, …).
    public var models: [String: ModelManifestEntry]

    /// Creates a manifest.
    public init(formatVersion: Int = 1, models: [String: ModelManifestEntry] = [:]) {
        self.formatVersion = formatVersion
        self.models = models
    }

    /// Decodes a manifest from JSON bytes.
    public init(jsonBytes: [UInt8]) throws {
        do {
            self = try JSONDecoder().decode(ModelManifest.self, from: Data(jsonBytes))
        } catch {
            throw ModelError.malformedJSON(resource: "models.json", reason: String(describing: error))
        }
    }

    /// Encodes the manifest as stable, pretty-printed JSON with sorted keys and a trailing newline.
    public func jsonBytes() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(self)) + [0x0A]
    }

    /// Loads the manifest bundled with the module.
    static func loadBundled() throws -> ModelManifest {
        try ModelManifest(jsonBytes: try ModelResources.bytes(of: "models.json"))
    }
}

extension ModelManifest {
    /// The manifest bundled with the module (`Resources/models.json`).
    public static func bundled() throws -> ModelManifest { try loadBundled() }

    /// The raw bytes of a bundled artifact file, without checksum verification.
    public static func bundledArtifact(_ file: String) throws -> [UInt8] { try ModelResources.bytes(of: file) }
}
