import Foundation
import TextInference

/// Loads the inference core from the bundled models and the service configuration.
public enum CoreLoader {
    /// Loads every model; fails with a message naming the artifact that is missing or corrupt.
    public static func load(configuration: ServiceConfiguration) throws -> InferenceCore {
        var languageConfig = LanguageIDConfiguration()
        if let threshold = configuration.languageMinConfidence { languageConfig.minimumConfidence = threshold }
        var triageConfig = TriageConfiguration()
        if let threshold = configuration.triageMinConfidence { triageConfig.minimumConfidence = threshold }
        let language = try LanguageIdentifier.loadDefault(configuration: languageConfig)
        let triage = try TriageClassifier.loadDefault(configuration: triageConfig)
        let routing: RoutingTable
        if let path = configuration.routingTablePath {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ConfigurationError.invalidFile(path: path, reason: "cannot read the routing table")
            }
            routing = try RoutingTable(jsonBytes: Array(data))
        } else {
            routing = try RoutingTable.loadDefault()
        }
        return InferenceCore(languageIdentifier: language, redactor: Redactor(), triageClassifier: triage,
                             routing: routing, summarizer: Summarizer())
    }
}
