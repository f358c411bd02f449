/// The distributions watched for drift; the raw values are the `feature` label and JSON keys.
public enum DriftFeature: String, Sendable, CaseIterable, Codable {
    /// Detected language codes (including `und`).
    case language
    /// Triage intents (including `unknown`).
    case intent
    /// Language-ID confidence in ten bins of 0.1.
    case langidConfidence = "langid_confidence"
    /// Triage confidence in ten bins of 0.1.
    case triageConfidence = "triage_confidence"
    /// Redacted text length in Unicode scalars, in power-of-two bins.
    case textLength = "text_length"
    /// PII entities per type, plus `none` once per event without any.
    case entityType = "entity_type"
    /// Share of `und` languages: `und` vs `known`.
    case languageUnknown = "language_und"
    /// Share of `unknown` intents: `unknown` vs `known`.
    case intentUnknown = "intent_unknown"
    /// Share of the input's words unseen in triage training, binned (see ``DriftObservation/oovBin(_:)``);
    /// only events with a known rate count.
    case triageOOVRate = "triage_oov_rate"
}
