/// The probability the identifier assigns to one language.
public struct LanguageScore: Sendable, Equatable {
    /// ISO 639-1 code (`"nb"` for Norwegian Bokmål).
    public let code: String
    /// Calibrated probability in 0...1.
    public let probability: Double

    /// Creates a score.
    public init(code: String, probability: Double) {
        self.code = code
        self.probability = probability
    }
}
