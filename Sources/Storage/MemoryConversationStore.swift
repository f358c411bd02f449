/// Conversation state in memory, for offline enrichment of a file and for tests.
public final class MemoryConversationStore: ConversationStore {
    private struct Entry {
        var turns: [StoredTurn] = []
        var updated: Int64 = 0
        var position: SourcePosition?
    }

    private var entries: [String: Entry] = [:]
    private let limits: ConversationLimits

    /// Creates an empty store.
    public init(limits: ConversationLimits = ConversationLimits()) {
        self.limits = limits
    }

    /// Appends a turn, trimming the oldest beyond the limits; skips replays of an older position.
    public func append(conversationID: String, turn: StoredTurn, at timestamp: Int64, position: SourcePosition?) -> Bool {
        var entry = entries[conversationID, default: Entry()]
        if let position, let last = entry.position, last.partition == position.partition, position.offset <= last.offset {
            return false
        }
        entry.turns.append(turn)
        var bytes = entry.turns.reduce(0) { $0 + $1.redactedText.utf8.count }
        while entry.turns.count > limits.maxTurns || (entry.turns.count > 1 && bytes > limits.maxBytes) {
            bytes -= entry.turns.removeFirst().redactedText.utf8.count
        }
        entry.updated = timestamp
        if position != nil { entry.position = position }
        entries[conversationID] = entry
        return true
    }

    /// Removes a conversation and returns its turns.
    public func close(conversationID: String) -> [StoredTurn] {
        entries.removeValue(forKey: conversationID)?.turns ?? []
    }

    /// Conversations with no turn since `cutoff`.
    public func idleConversations(before cutoff: Int64) -> [String] {
        entries.filter { $0.value.updated < cutoff }.map(\.key).sorted()
    }

    /// Conversations of `partitions` with no turn since `cutoff`.
    public func idleConversations(before cutoff: Int64, partitions: Set<Int32>) -> [String] {
        entries.filter { $0.value.updated < cutoff && partitions.contains($0.value.position?.partition ?? -1) }.map(\.key).sorted()
    }

    /// The stored state of a conversation.
    public func snapshot(conversationID: String) -> ConversationSnapshot? {
        guard let entry = entries[conversationID] else { return nil }
        return ConversationSnapshot(conversationID: conversationID, turns: entry.turns, lastPosition: entry.position)
    }

    /// Replaces a conversation's state.
    public func restore(_ snapshot: ConversationSnapshot) {
        entries[snapshot.conversationID] = Entry(turns: snapshot.turns, updated: snapshot.turns.last?.occurredAt ?? 0,
                                                 position: snapshot.lastPosition)
    }
}
