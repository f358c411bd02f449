/// Conversation state in SQLite, keyed by conversation id; survives restarts.
///
/// One row per kept turn. Each row also records the input partition and offset it was read from,
/// so replays after a restart are skipped and idle conversations can be swept per partition.
public final class SQLiteConversationStore: ConversationStore {
    private let database: SQLiteDatabase
    private let limits: ConversationLimits
    private let insert: SQLiteStatement
    private let insertAt: SQLiteStatement
    private let select: SQLiteStatement
    private let delete: SQLiteStatement
    private let trim: SQLiteStatement
    private let idle: SQLiteStatement
    private let idleByPartition: SQLiteStatement
    private let lastRow: SQLiteStatement

    /// Opens the store at `path` (`:memory:` for a private in-memory store).
    public init(path: String, limits: ConversationLimits = ConversationLimits()) throws(StorageError) {
        let database = try SQLiteDatabase(path: path)
        try database.execute("""
            CREATE TABLE IF NOT EXISTS conversation_turns (
                conversation_id TEXT NOT NULL,
                seq INTEGER NOT NULL,
                sender TEXT NOT NULL,
                redacted_text TEXT NOT NULL,
                language TEXT NOT NULL,
                bytes INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                PRIMARY KEY (conversation_id, seq)
            );
            CREATE INDEX IF NOT EXISTS conversation_turns_updated ON conversation_turns(updated_at);
            """)
        // Columns added after the first release; older files are migrated in place.
        let columns = Set(try database.prepare("PRAGMA table_info(conversation_turns)").run().compactMap { $0[1].text })
        for (name, definition) in [("event_id", "TEXT NOT NULL DEFAULT ''"), ("source_partition", "INTEGER NOT NULL DEFAULT -1"),
                                   ("source_offset", "INTEGER NOT NULL DEFAULT -1")] where !columns.contains(name) {
            try database.execute("ALTER TABLE conversation_turns ADD COLUMN \(name) \(definition)")
        }
        self.database = database
        self.limits = limits
        insert = try database.prepare("""
            INSERT INTO conversation_turns
                (conversation_id, seq, sender, redacted_text, language, bytes, updated_at, event_id, source_partition, source_offset)
            VALUES (?1, COALESCE((SELECT MAX(seq) + 1 FROM conversation_turns WHERE conversation_id = ?1), 0),
                    ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
            """)
        insertAt = try database.prepare("""
            INSERT INTO conversation_turns
                (conversation_id, seq, sender, redacted_text, language, bytes, updated_at, event_id, source_partition, source_offset)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
            """)
        select = try database.prepare("""
            SELECT sender, redacted_text, language, bytes, event_id, updated_at, source_partition, source_offset
            FROM conversation_turns WHERE conversation_id = ?1 ORDER BY seq
            """)
        delete = try database.prepare("DELETE FROM conversation_turns WHERE conversation_id = ?1")
        trim = try database.prepare("DELETE FROM conversation_turns WHERE conversation_id = ?1 AND seq < ?2")
        idle = try database.prepare(
            "SELECT conversation_id FROM conversation_turns GROUP BY conversation_id HAVING MAX(updated_at) < ?1 ORDER BY conversation_id")
        idleByPartition = try database.prepare("""
            SELECT conversation_id, source_partition FROM conversation_turns t
            WHERE seq = (SELECT MAX(seq) FROM conversation_turns WHERE conversation_id = t.conversation_id)
              AND conversation_id IN (SELECT conversation_id FROM conversation_turns GROUP BY conversation_id HAVING MAX(updated_at) < ?1)
            ORDER BY conversation_id
            """)
        lastRow = try database.prepare(
            "SELECT source_partition, source_offset FROM conversation_turns WHERE conversation_id = ?1 ORDER BY seq DESC LIMIT 1")
    }

    /// Appends a turn, then trims the oldest turns beyond the limits; skips replays.
    public func append(conversationID: String, turn: StoredTurn, at timestamp: Int64,
                       position: SourcePosition?) throws(StorageError) -> Bool {
        try database.transaction { () throws(StorageError) -> Bool in
            if let position, let last = try lastRow.run([.text(conversationID)]).first,
               last[0].int == Int64(position.partition), position.offset <= (last[1].int ?? -1) {
                return false
            }
            try insert.run([.text(conversationID), .text(turn.sender), .text(turn.redactedText), .text(turn.language),
                            .int(Int64(turn.redactedText.utf8.count)), .int(timestamp), .text(turn.eventID),
                            .int(Int64(position?.partition ?? -1)), .int(position?.offset ?? -1)])
            let rows = try database.prepare(
                "SELECT seq, bytes FROM conversation_turns WHERE conversation_id = ?1 ORDER BY seq DESC").run([.text(conversationID)])
            var kept = 0
            var bytes: Int64 = 0
            var firstKept: Int64?
            for row in rows {
                let rowBytes = row[1].int ?? 0
                if kept >= limits.maxTurns || (kept > 0 && bytes + rowBytes > Int64(limits.maxBytes)) { break }
                kept += 1
                bytes += rowBytes
                firstKept = row[0].int
            }
            if let firstKept, kept < rows.count {
                try trim.run([.text(conversationID), .int(firstKept)])
            }
            return true
        }
    }

    /// Removes a conversation and returns its turns in order.
    public func close(conversationID: String) throws(StorageError) -> [StoredTurn] {
        try database.transaction { () throws(StorageError) -> [StoredTurn] in
            let turns = try readTurns(conversationID).turns
            try delete.run([.text(conversationID)])
            return turns
        }
    }

    /// Conversations whose last turn is older than `cutoff`.
    public func idleConversations(before cutoff: Int64) throws(StorageError) -> [String] {
        try idle.run([.int(cutoff)]).compactMap { $0.first?.text }
    }

    /// Conversations of `partitions` whose last turn is older than `cutoff`.
    public func idleConversations(before cutoff: Int64, partitions: Set<Int32>) throws(StorageError) -> [String] {
        try idleByPartition.run([.int(cutoff)]).compactMap { row in
            guard let id = row[0].text, let partition = row[1].int, partitions.contains(Int32(partition)) else { return nil }
            return id
        }
    }

    /// The stored state of a conversation.
    public func snapshot(conversationID: String) throws(StorageError) -> ConversationSnapshot? {
        let (turns, position) = try readTurns(conversationID)
        guard !turns.isEmpty else { return nil }
        return ConversationSnapshot(conversationID: conversationID, turns: turns, lastPosition: position)
    }

    /// Replaces a conversation's state.
    public func restore(_ snapshot: ConversationSnapshot) throws(StorageError) {
        try database.transaction { () throws(StorageError) in
            try delete.run([.text(snapshot.conversationID)])
            for (index, turn) in snapshot.turns.enumerated() {
                let isLast = index == snapshot.turns.count - 1
                try insertAt.run([.text(snapshot.conversationID), .int(Int64(index)), .text(turn.sender), .text(turn.redactedText),
                                  .text(turn.language), .int(Int64(turn.redactedText.utf8.count)), .int(turn.occurredAt),
                                  .text(turn.eventID), .int(Int64(snapshot.lastPosition?.partition ?? -1)),
                                  .int(isLast ? snapshot.lastPosition?.offset ?? -1 : -1)])
            }
        }
    }

    private func readTurns(_ conversationID: String) throws(StorageError) -> (turns: [StoredTurn], position: SourcePosition?) {
        let rows = try select.run([.text(conversationID)])
        let turns = rows.map { row in
            StoredTurn(sender: row[0].text ?? "customer", redactedText: row[1].text ?? "", language: row[2].text ?? "und",
                       eventID: row[4].text ?? "", occurredAt: row[5].int ?? 0)
        }
        var position: SourcePosition?
        if let last = rows.last, let partition = last[6].int, partition >= 0, let offset = last[7].int {
            position = SourcePosition(partition: Int32(partition), offset: offset)
        }
        return (turns, position)
    }
}
