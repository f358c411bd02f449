import Foundation

/// A model set on disk with the layout of the bundled `Resources/`: `models.json` (version,
/// file, SHA-256 and size per model), `langid.ssm`, `triage.ssm` and, optionally, `names.bin` and `routing.json`.
///
/// Used to replay or shadow a candidate model set beside the bundled one. Reading these files
/// is the only I/O here; every artifact is checked against the manifest before it is decoded.
public struct ModelDirectory: Sendable {
    /// The directory path.
    public let path: String
    /// The directory's manifest.
    public let manifest: ModelManifest

    /// Reads `<path>/models.json`.
    public init(path: String) throws {
        self.path = path
        manifest = try ModelManifest(jsonBytes: try Self.read(path, "models.json"))
    }

    /// The artifact of model `name` (`langid`, `triage`), verified against the manifest.
    public func verifiedArtifact(_ name: String) throws -> [UInt8] {
        guard let entry = manifest.models[name] else { throw ModelError.missingManifestEntry(model: name) }
        let bytes = try Self.read(path, entry.file)
        try ModelResources.verify(bytes, against: entry)
        return bytes
    }

    /// The language identifier of this set.
    public func languageIdentifier(configuration: LanguageIDConfiguration = .init()) throws -> LanguageIdentifier {
        try LanguageIdentifier(modelBytes: verifiedArtifact("langid"), configuration: configuration)
    }

    /// The triage classifier of this set.
    public func triageClassifier(configuration: TriageConfiguration = .init()) throws -> TriageClassifier {
        let vocabulary = manifest.models[TriageVocabulary.modelName] == nil
            ? nil : try TriageVocabulary(bytes: verifiedArtifact(TriageVocabulary.modelName))
        return try TriageClassifier(modelBytes: verifiedArtifact("triage"), configuration: configuration, vocabulary: vocabulary)
    }

    /// The set's name-likeness model (`names.bin`, verified), or `nil` when the manifest lists none
    /// (the bundled model applies).
    public func nameModel() throws -> NameLikenessModel? {
        guard let entry = manifest.models[NameLikenessModel.modelName] else { return nil }
        return try NameLikenessModel(bytes: verifiedArtifact(NameLikenessModel.modelName), version: entry.version)
    }

    /// The set's `routing.json`, or `nil` when the directory has none (the bundled table applies).
    public func routingTable() throws -> RoutingTable? {
        let file = URL(fileURLWithPath: path).appendingPathComponent("routing.json").path
        guard FileManager.default.fileExists(atPath: file) else { return nil }
        return try RoutingTable(jsonBytes: Self.read(path, "routing.json"))
    }

    /// Whether `path` names a directory holding a `models.json`.
    public static func exists(at path: String) -> Bool {
        FileManager.default.fileExists(atPath: URL(fileURLWithPath: path).appendingPathComponent("models.json").path)
    }

    private static func read(_ directory: String, _ name: String) throws -> [UInt8] {
        let file = URL(fileURLWithPath: directory).appendingPathComponent(name).path
        guard let data = FileManager.default.contents(atPath: file) else { throw ModelError.missingFile(path: file) }
        return [UInt8](data)
    }
}
