/// Tunable, non-trained settings of the triage classifier.
public struct TriageConfiguration: Sendable, Equatable {
    /// Below this calibrated confidence the intent is `"unknown"`. Default 0.35.
    public var minimumConfidence: Double
    /// Threshold used instead when the language is not one the model was trained on (not `en`/`ar`). Default 0.6.
    public var unsupportedLanguageMinimumConfidence: Double

    /// Creates a configuration; every parameter has the documented default.
    public init(minimumConfidence: Double = 0.35, unsupportedLanguageMinimumConfidence: Double = 0.6) {
        self.minimumConfidence = minimumConfidence
        self.unsupportedLanguageMinimumConfidence = unsupportedLanguageMinimumConfidence
    }
}
