import Foundation
import Testing
import TextInference

@Suite("Model directories")
struct ModelDirectoryTests {
    /// A copy of the bundled model set in a temporary directory.
    static func copyOfBundled() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("models-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let manifest = try ModelManifest.bundled()
        for file in manifest.models.values.map(\.file) + ["models.json", "routing.json"] {
            try Data(ModelManifest.bundledArtifact(file)).write(to: directory.appendingPathComponent(file))
        }
        return directory.path
    }

    @Test("a copy of the bundled set loads with the same versions and predictions")
    func loadsCopy() throws {
        let path = try Self.copyOfBundled()
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(ModelDirectory.exists(at: path))
        let directory = try ModelDirectory(path: path)
        let language = try directory.languageIdentifier()
        let triage = try directory.triageClassifier()
        #expect(language.version == (try LanguageIdentifier.loadDefault()).version)
        let text = "I still have not received my new card, where is it?"
        #expect(triage.classify(text, language: "en").intent == (try TriageClassifier.loadDefault()).classify(text, language: "en").intent)
        #expect(try directory.routingTable()?.version == (try RoutingTable.loadDefault()).version)
        let names = try #require(try directory.nameModel())
        let bundledVersion = try #require(try ModelManifest.bundled().models[NameLikenessModel.modelName]).version
        #expect(names.version == bundledVersion)
        #expect(NameLikenessModel.bundled.version == bundledVersion)
        #expect(bundledVersion != NameLikenessModel.unversioned)
    }

    @Test("a directory's names.bin is verified: a damaged one is refused, none falls back to the bundled model")
    func nameModel() throws {
        let path = try Self.copyOfBundled()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let namesFile = URL(fileURLWithPath: path).appendingPathComponent("names.bin")
        var bytes = try Data(contentsOf: namesFile)
        bytes[bytes.count / 2] ^= 0xFF
        try bytes.write(to: namesFile)
        #expect(throws: ModelError.self) { try ModelDirectory(path: path).nameModel() }
        // A manifest without a names entry: nil, so the loader uses the bundled model.
        let manifestFile = URL(fileURLWithPath: path).appendingPathComponent("models.json")
        var manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: manifestFile)) as? [String: Any] ?? [:]
        var models = manifest["models"] as? [String: Any] ?? [:]
        models["names"] = nil
        manifest["models"] = models
        try JSONSerialization.data(withJSONObject: manifest).write(to: manifestFile)
        #expect(try ModelDirectory(path: path).nameModel() == nil)
    }

    @Test("a corrupted artifact or a missing file is refused with the file named")
    func refusesCorrupt() throws {
        let path = try Self.copyOfBundled()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let triageFile = URL(fileURLWithPath: path).appendingPathComponent("triage.ssm")
        var bytes = try Data(contentsOf: triageFile)
        bytes[bytes.count / 2] ^= 0xFF
        try bytes.write(to: triageFile)
        #expect(throws: ModelError.self) { try ModelDirectory(path: path).triageClassifier() }
        do {
            _ = try ModelDirectory(path: path).triageClassifier()
        } catch let error as ModelError {
            guard case .checksumMismatch(let file, _, _) = error else { Issue.record("unexpected \(error)"); return }
            #expect(file == "triage.ssm")
        }
        try FileManager.default.removeItem(atPath: URL(fileURLWithPath: path).appendingPathComponent("langid.ssm").path)
        #expect(throws: ModelError.missingFile(path: URL(fileURLWithPath: path).appendingPathComponent("langid.ssm").path)) {
            try ModelDirectory(path: path).languageIdentifier()
        }
    }
}
