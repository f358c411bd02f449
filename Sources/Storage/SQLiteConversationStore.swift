/// Conversation state in SQLite, keyed by conversation id; survives restarts.
public final class SQLiteConversationStore: ConversationStore {
    private let database: SQLiteDatabase
    private let limits: ConversationLimits
    private let insert: SQLiteStatement
    private let select: SQLiteStatement
    private let delete: SQLiteStatement
    private let trim: SQLiteStatement
    private let idle: SQLiteStatement

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
        self.database = database
        self.limits = limits
        insert = try database.prepare("""
            INSERT INTO conversation_turns (conversation_id, seq, sender, redacted_text, language, bytes, updated_at)
            VALUES (?1, COALESCE((SELECT MAX(seq) + 1 FROM conversation_turns WHERE conversation_id = ?1), 0), ?2, ?3, ?4, ?5, ?6)
            """)
        select = try database.prepare(
            "SELECT sender, redacted_text, language, bytes FROM conversation_turns WHERE conversation_id = ?1 ORDER BY seq")
        delete = try database.prepare("DELETE FROM conversation_turns WHERE conversation_id = ?1")
        trim = try database.prepare("DELETE FROM conversation_turns WHERE conversation_id = ?1 AND seq < ?2")
        idle = try database.prepare(
            "SELECT conversation_id FROM conversation_turns GROUP BY conversation_id HAVING MAX(updated_at) < ?1 ORDER BY conversation_id")
    }

    /// Appends a turn, then trims the oldest turns beyond the limits.
    public func append(conversationID: String, turn: StoredTurn, at timestamp: Int64) throws(StorageError) {
        try database.transaction { () throws(StorageError) in
            try insert.run([.text(conversationID), .text(turn.sender), .text(turn.redactedText), .text(turn.language),
                            .int(Int64(turn.redactedText.utf8.count)), .int(timestamp)])
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
        }
    }

    /// Removes a conversation and returns its turns in order.
    public func close(conversationID: String) throws(StorageError) -> [StoredTurn] {
        try database.transaction { () throws(StorageError) -> [StoredTurn] in
            let rows = try select.run([.text(conversationID)])
            try delete.run([.text(conversationID)])
            return rows.map { row in
                StoredTurn(sender: row[0].text ?? "customer", redactedText: row[1].text ?? "", language: row[2].text ?? "und")
            }
        }
    }

    /// Conversations whose last turn is older than `cutoff`.
    public func idleConversations(before cutoff: Int64) throws(StorageError) -> [String] {
        try idle.run([.int(cutoff)]).compactMap { $0.first?.text }
    }
}
