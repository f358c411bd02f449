/// One stored chat turn: redacted text only, never the original.
public struct StoredTurn: Sendable, Equatable {
    /// `customer`, `agent` or `bot`.
    public let sender: String
    /// The redacted text of the message.
    public let redactedText: String
    /// The language detected for the message.
    public let language: String
    /// The input event id of the message (empty when unknown).
    public let eventID: String
    /// The message time in milliseconds since the epoch (0 when unknown).
    public let occurredAt: Int64

    /// Creates a stored turn.
    public init(sender: String, redactedText: String, language: String, eventID: String = "", occurredAt: Int64 = 0) {
        self.sender = sender
        self.redactedText = redactedText
        self.language = language
        self.eventID = eventID
        self.occurredAt = occurredAt
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

/// Where a turn was read from: the input partition and offset, used to skip replays.
public struct SourcePosition: Sendable, Equatable {
    /// The input partition.
    public let partition: Int32
    /// The input offset.
    public let offset: Int64

    /// Creates a position.
    public init(partition: Int32, offset: Int64) {
        self.partition = partition
        self.offset = offset
    }
}

/// The whole stored state of one open conversation (what the changelog carries).
public struct ConversationSnapshot: Sendable, Equatable {
    /// The conversation id.
    public let conversationID: String
    /// The kept turns in order.
    public let turns: [StoredTurn]
    /// The input position of the newest turn folded in, if known.
    public let lastPosition: SourcePosition?

    /// Creates a snapshot.
    public init(conversationID: String, turns: [StoredTurn], lastPosition: SourcePosition?) {
        self.conversationID = conversationID
        self.turns = turns
        self.lastPosition = lastPosition
    }
}

/// Where open conversations are kept until they close.
public protocol ConversationStore {
    /// Appends a turn read at `position`, trimming the oldest turns beyond the limits.
    ///
    /// Returns `false` and changes nothing when the conversation already holds a turn from the
    /// same partition at or after `position.offset` (a replay after a restart).
    func append(conversationID: String, turn: StoredTurn, at timestamp: Int64, position: SourcePosition?) throws(StorageError) -> Bool
    /// Removes a conversation and returns its turns in arrival order.
    func close(conversationID: String) throws(StorageError) -> [StoredTurn]
    /// Conversations with no new turn since `cutoff` (for inactivity timeouts).
    func idleConversations(before cutoff: Int64) throws(StorageError) -> [String]
    /// Conversations last read from one of `partitions` with no new turn since `cutoff`, in id order.
    func idleConversations(before cutoff: Int64, partitions: Set<Int32>) throws(StorageError) -> [String]
    /// The stored state of a conversation, or `nil` when it has none.
    func snapshot(conversationID: String) throws(StorageError) -> ConversationSnapshot?
    /// Replaces a conversation's state with `snapshot` (from the changelog).
    func restore(_ snapshot: ConversationSnapshot) throws(StorageError)
}

extension ConversationStore {
    /// Appends a turn with no source position (offline use).
    public func append(conversationID: String, turn: StoredTurn, at timestamp: Int64) throws(StorageError) {
        _ = try append(conversationID: conversationID, turn: turn, at: timestamp, position: nil)
    }
}
