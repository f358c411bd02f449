/// One artifact listed in `Resources/models.json`.
public struct ModelManifestEntry: Sendable, Codable, Equatable {
    /// Model version published with results, e.g. `"langid-1.0.0"`.
    public var version: String
    /// File name inside `Resources/`.
    public var file: String
    /// Lowercase hex SHA-256 of the file.
    public var sha256: String
    /// File size in bytes.
    public var bytes: Int

    /// Creates an entry.
    public init(version: String, file: String, sha256: String, bytes: Int) {
        self.version = version
        self.file = file
        self.sha256 = sha256
        self.bytes = bytes
    }

    /// Creates the entry describing `artifact` stored as `file`.
    public init(version: String, file: String, artifact: [UInt8]) {
        self.init(version: version, file: file, sha256: SHA256.hexDigest(artifact), bytes: artifact.count)
    }
}
