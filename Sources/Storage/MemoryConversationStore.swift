/// Conversation state in memory, for offline enrichment of a file and for tests.
public final class MemoryConversationStore: ConversationStore {
    private var turns: [String: [StoredTurn]] = [:]
    private var updated: [String: Int64] = [:]
    private let limits: ConversationLimits

    /// Creates an empty store.
    public init(limits: ConversationLimits = ConversationLimits()) {
        self.limits = limits
    }

    /// Appends a turn, trimming the oldest beyond the limits.
    public func append(conversationID: String, turn: StoredTurn, at timestamp: Int64) {
        var list = turns[conversationID, default: []]
        list.append(turn)
        var bytes = list.reduce(0) { $0 + $1.redactedText.utf8.count }
        while list.count > limits.maxTurns || (list.count > 1 && bytes > limits.maxBytes) {
            bytes -= list.removeFirst().redactedText.utf8.count
        }
        turns[conversationID] = list
        updated[conversationID] = timestamp
    }

    /// Removes a conversation and returns its turns.
    public func close(conversationID: String) -> [StoredTurn] {
        updated[conversationID] = nil
        return turns.removeValue(forKey: conversationID) ?? []
    }

    /// Conversations with no turn since `cutoff`.
    public func idleConversations(before cutoff: Int64) -> [String] {
        updated.filter { $0.value < cutoff }.map(\.key).sorted()
    }
}
