import TextInference

/// Loads the bundled artifacts for tests that need raw model bytes.
enum ModelArtifactsForTests {
    /// Bytes of the bundled language model, re-encoded through a fresh load to check round-tripping.
    static func langidBytes() throws -> [UInt8] { try bundled("langid.ssm") }

    /// Reads a bundled resource through the public manifest API.
    static func bundled(_ file: String) throws -> [UInt8] {
        try ModelManifest.bundledArtifact(file)
    }
}

