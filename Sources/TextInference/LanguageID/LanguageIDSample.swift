/// One labelled text for training or evaluating the language identifier.
public struct LanguageIDSample: Sendable, Equatable {
    /// The text.
    public let text: String
    /// Its ISO 639-1 code (one of `LanguageIdentifier.supportedLanguages`).
    public let language: String
    /// Loss weight: 1 for sentences, lower for phrase lists such as CLDR names.
    public let weight: Double
    /// Whether the sample is only trained on, never drawn into a held-out split (supplementary text whose
    /// style differs from the corpus, so the corpus dev figures stay comparable across versions).
    public let trainOnly: Bool

    /// Creates a sample; `weight` defaults to 1 and `trainOnly` to false.
    public init(text: String, language: String, weight: Double = 1, trainOnly: Bool = false) {
        self.text = text
        self.language = language
        self.weight = weight
        self.trainOnly = trainOnly
    }
}
