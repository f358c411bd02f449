/// One message of a support conversation.
public struct Turn: Sendable, Equatable {
    /// Who wrote the message.
    public let speaker: Speaker
    /// The message text, already redacted.
    public let text: String

    /// Creates a turn.
    public init(speaker: Speaker, text: String) {
        self.speaker = speaker
        self.text = text
    }
}
