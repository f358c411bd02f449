/// One labelled support message for training or evaluating the triage classifier.
public struct TriageSample: Sendable, Equatable {
    /// The message text.
    public let text: String
    /// The intent label.
    public let intent: String
    /// The language code of the text (`"en"`, `"ar"`).
    public let language: String

    /// Creates a sample.
    public init(text: String, intent: String, language: String) {
        self.text = text
        self.intent = intent
        self.language = language
    }
}
