/// One labelled text for training or evaluating the language identifier.
public struct LanguageIDSample: Sendable, Equatable {
    /// The text.
    public let text: String
    /// Its ISO 639-1 code (one of `LanguageIdentifier.supportedLanguages`).
    public let language: String
    /// Loss weight: 1 for sentences, lower for phrase lists such as CLDR names.
    public let weight: Double

    /// Creates a sample; `weight` defaults to 1.
    public init(text: String, language: String, weight: Double = 1) {
        self.text = text
        self.language = language
        self.weight = weight
    }
}
