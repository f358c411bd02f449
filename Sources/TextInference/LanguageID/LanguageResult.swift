/// The outcome of language identification for one text.
public struct LanguageResult: Sendable, Equatable {
    /// ISO 639-1 code, `"nb"` for Bokmål, or `"und"` when the language is unknown or uncertain.
    public let code: String
    /// Calibrated confidence in 0...1 of the best language (0 when the text has no letters).
    public let confidence: Double
    /// The three most likely languages, best first (empty when the text has no letters).
    public let top: [LanguageScore]

    /// Creates a result.
    public init(code: String, confidence: Double, top: [LanguageScore]) {
        self.code = code
        self.confidence = confidence
        self.top = top
    }

    /// The result for text without any letters.
    public static let undetermined = LanguageResult(code: "und", confidence: 0, top: [])
}
