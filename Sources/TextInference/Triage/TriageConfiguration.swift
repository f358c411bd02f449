/// Tunable, non-trained settings of the triage classifier.
public struct TriageConfiguration: Sendable, Equatable {
    /// Below this calibrated confidence the intent is `"unknown"`. Default 0.35.
    public var minimumConfidence: Double
    /// Threshold used instead when the language is not one the model was trained on (not `en`/`ar`). Default 0.6.
    public var unsupportedLanguageMinimumConfidence: Double

    /// The classifier reads the text up to the first word boundary after this many normalised
    /// scalars (a long ticket states its intent early). Default 400: longer than every BANKING77 and
    /// ArBanking77 train/dev message, so scores on them are unchanged; a 1 KB ticket costs ~2.5× less.
    public var maximumScalars: Int

    /// Creates a configuration; every parameter has the documented default.
    public init(minimumConfidence: Double = 0.35, unsupportedLanguageMinimumConfidence: Double = 0.6, maximumScalars: Int = 400) {
        self.minimumConfidence = minimumConfidence
        self.unsupportedLanguageMinimumConfidence = unsupportedLanguageMinimumConfidence
        self.maximumScalars = maximumScalars
    }
}
