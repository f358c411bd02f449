/// One stored chat turn: redacted text only, never the original.
public struct StoredTurn: Sendable, Equatable {
    /// `customer`, `agent` or `bot`.
    public let sender: String
    /// The redacted text of the message.
    public let redactedText: String
    /// The language detected for the message.
    public let language: String

    /// Creates a stored turn.
    public init(sender: String, redactedText: String, language: String) {
        self.sender = sender
        self.redactedText = redactedText
        self.language = language
    }
}

/// Limits that keep conversation state bounded.
public struct ConversationLimits: Sendable {
    /// Most turns kept per conversation; older ones are dropped first. Default: 200.
    public var maxTurns: Int = 200
    /// Most bytes of redacted text kept per conversation. Default: 64 KiB.
    public var maxBytes: Int = 64 * 1024

    /// Creates limits with the defaults.
    public init() {}
}

/// Where open conversations are kept until they close.
public protocol ConversationStore {
    /// Appends a turn to a conversation, trimming the oldest turns beyond the limits.
    func append(conversationID: String, turn: StoredTurn, at timestamp: Int64) throws(StorageError)
    /// Removes a conversation and returns its turns in arrival order.
    func close(conversationID: String) throws(StorageError) -> [StoredTurn]
    /// Conversations with no new turn since `cutoff` (for inactivity timeouts).
    func idleConversations(before cutoff: Int64) throws(StorageError) -> [String]
}
