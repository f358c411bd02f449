import Testing
import TextInference

/// SHA-256 and artifact-format error tests.
@Suite("Model artifacts")
struct LanguageIDModelErrorTests {
    @Test("SHA-256 matches the FIPS 180-4 example vectors")
    func sha256Vectors() {
        #expect(SHA256.hexDigest([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hexDigest(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            SHA256.hexDigest(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(
            SHA256.hexDigest([UInt8](repeating: 0x61, count: 1_000_000))
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("Truncated, foreign and wrong-kind bytes throw typed errors")
    func malformedBytes() throws {
        let bytes = try ModelArtifactsForTests.langidBytes()
        #expect(throws: ModelError.self) { try LanguageIdentifier(modelBytes: Array(bytes.prefix(1000))) }
        #expect(throws: ModelError.wrongFormat(expectedMagic: "SSTI")) { try LanguageIdentifier(modelBytes: Array("hello world".utf8)) }
        #expect(throws: ModelError.wrongModelKind(expected: "triage", found: "langid")) { try TriageClassifier(modelBytes: bytes) }
        var future = bytes
        future[4] = 9
        #expect(throws: ModelError.unsupportedFormatVersion(found: 9, supported: 1)) { try LanguageIdentifier(modelBytes: future) }
        do {
            _ = try LanguageIdentifier(modelBytes: Array(bytes.dropLast()))
            Issue.record("truncated model loaded")
        } catch let error as ModelError {
            #expect(error.description.contains("truncated") || error.description.contains("retrain"))
        }
    }

    @Test("Manifest entries record the artifact checksum and size")
    func manifest() throws {
        let manifest = try ModelManifest.bundled()
        for (name, entry) in manifest.models {
            let bytes = try ModelManifest.bundledArtifact(entry.file)
            #expect(entry == ModelManifestEntry(version: entry.version, file: entry.file, artifact: bytes), "\(name)")
        }
        #expect(Set(manifest.models.keys).isSuperset(of: ["langid", "triage"]))
    }

    @Test("Checksum mismatch message is actionable")
    func checksumMessage() {
        let error = ModelError.checksumMismatch(file: "langid.ssm", expected: "aa", actual: "bb")
        #expect(error.description.contains("langid.ssm"))
        #expect(error.description.contains("train"))
    }
}
