import Foundation
import Logging
import TextInference

/// Loads the inference core from the bundled models (or `models.directory`) and the service configuration.
public enum CoreLoader {
    /// Loads every model; fails with a message naming the artifact that is missing or corrupt.
    ///
    /// `modelsDirectory` overrides `configuration.modelsDirectory`; with neither, the bundled models load.
    /// Logs one warning when pseudonyms are configured without `SUPPORTSTREAM_PSEUDONYM_KEY`.
    public static func load(configuration: ServiceConfiguration, modelsDirectory: String? = nil,
                            logger: Logger = Logger(label: "supportstream.core")) throws -> InferenceCore {
        let directory = try (modelsDirectory ?? configuration.modelsDirectory).map { path throws in try ModelDirectory(path: path) }
        var languageConfig = LanguageIDConfiguration()
        if let threshold = configuration.languageMinConfidence {
            languageConfig.minimumConfidence = threshold
            // Slovak- or Malay-looking text is capped below the threshold so it stays `und`; a lower
            // threshold takes the cap down with it.
            languageConfig.unsupportedNeighbourCap = min(languageConfig.unsupportedNeighbourCap, threshold * 0.8)
        }
        var triageConfig = TriageConfiguration()
        if let threshold = configuration.triageMinConfidence { triageConfig.minimumConfidence = threshold }
        let redaction = configuration.redaction.redactorConfiguration
        if redaction.pseudonymsLackKey {
            logger.warning("redaction.operators asks for pseudonyms but \(RedactionSettings.keyVariable) is not set; using placeholders")
        }
        // The two classifiers and the redactor build their tables independently: load them side by side.
        let languageSettings = languageConfig, triageSettings = triageConfig
        let parts = ParallelLoad(
            { try directory?.languageIdentifier(configuration: languageSettings)
                ?? LanguageIdentifier.loadDefault(configuration: languageSettings) },
            { try directory?.triageClassifier(configuration: triageSettings)
                ?? TriageClassifier.loadDefault(configuration: triageSettings) },
            { try Redactor(configuration: redaction, nameModel: directory?.nameModel() ?? NameLikenessModel.loadDefault()) })
        let language = try parts.first.get()
        let triage = try parts.second.get()
        let redactor = try parts.third.get()
        let routing: RoutingTable
        if configuration.routingTablePath == nil, let table = try directory?.routingTable() {
            routing = table
        } else if let path = configuration.routingTablePath {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ConfigurationError.invalidFile(path: path, reason: "cannot read the routing table")
            }
            routing = try RoutingTable(jsonBytes: Array(data))
        } else {
            routing = try RoutingTable.loadDefault()
        }
        return InferenceCore(languageIdentifier: language, redactor: redactor, triageClassifier: triage,
                             routing: routing, summarizer: Summarizer())
    }
}
