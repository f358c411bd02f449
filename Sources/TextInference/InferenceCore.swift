/// The shared, immutable inference core: language ID, redaction, triage and summaries.
///
/// One instance is loaded at start-up and shared by every worker. It holds only
/// immutable models, so calls need no locks; each call allocates its own scratch.
public struct InferenceCore: Sendable {
    /// Identifies the language of a text.
    public let languageIdentifier: LanguageIdentifier
    /// Finds and masks personal data.
    public let redactor: Redactor
    /// Classifies the customer's intent.
    public let triageClassifier: TriageClassifier
    /// Turns an intent and the redacted text into a queue and a priority.
    public let routing: RoutingTable
    /// Builds extractive ticket and conversation summaries.
    public let summarizer: Summarizer

    /// Creates a core from already loaded parts.
    public init(
        languageIdentifier: LanguageIdentifier,
        redactor: Redactor,
        triageClassifier: TriageClassifier,
        routing: RoutingTable,
        summarizer: Summarizer
    ) {
        self.languageIdentifier = languageIdentifier
        self.redactor = redactor
        self.triageClassifier = triageClassifier
        self.routing = routing
        self.summarizer = summarizer
        modelVersions = [
            "langid": languageIdentifier.version,
            "redaction": redactor.version,
            "names": redactor.nameModel?.version ?? "none",
            "triage": triageClassifier.version,
            "summary": summarizer.version,
        ]
    }

    /// Model versions by stage, as published in the enriched event's `models` object (built once).
    public let modelVersions: [String: String]
}
