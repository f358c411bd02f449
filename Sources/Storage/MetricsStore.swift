/// The SQLite metrics sink: closed windows (latency quantiles, counts, drift) and pinned drift baselines.
///
/// Window rows are JSON documents with a kind (`latency`, `drift`), a topic and a timestamp; the
/// store keeps at most `retention` rows per kind and deletes the oldest beyond that.
public final class MetricsStore: @unchecked Sendable {
    // @unchecked: the connection is used under `lock` only.
    private let database: SQLiteDatabase
    private let lock = StoreLock()
    private let insertWindow: SQLiteStatement
    private let pruneWindows: SQLiteStatement
    private let upsertBaseline: SQLiteStatement
    private let selectBaselines: SQLiteStatement
    /// Most rows kept per kind. Default: 10 000.
    public let retention: Int

    /// Opens (and creates) the store at `path`.
    public init(path: String, retention: Int = 10_000) throws(StorageError) {
        let database = try SQLiteDatabase(path: path)
        try database.execute("""
            CREATE TABLE IF NOT EXISTS metric_windows (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                kind TEXT NOT NULL,
                topic TEXT NOT NULL,
                closed_at_ms INTEGER NOT NULL,
                body TEXT NOT NULL
            );
            CREATE INDEX IF NOT EXISTS metric_windows_kind ON metric_windows(kind, id);
            CREATE TABLE IF NOT EXISTS drift_baselines (
                topic TEXT PRIMARY KEY,
                created_at_ms INTEGER NOT NULL,
                body TEXT NOT NULL
            );
            """)
        self.database = database
        self.retention = max(1, retention)
        insertWindow = try database.prepare(
            "INSERT INTO metric_windows (kind, topic, closed_at_ms, body) VALUES (?1, ?2, ?3, ?4)")
        pruneWindows = try database.prepare("""
            DELETE FROM metric_windows WHERE kind = ?1 AND id <= (
                SELECT id FROM metric_windows WHERE kind = ?1 ORDER BY id DESC LIMIT 1 OFFSET ?2)
            """)
        upsertBaseline = try database.prepare("""
            INSERT INTO drift_baselines (topic, created_at_ms, body) VALUES (?1, ?2, ?3)
            ON CONFLICT(topic) DO UPDATE SET created_at_ms = excluded.created_at_ms, body = excluded.body
            """)
        selectBaselines = try database.prepare("SELECT topic, body FROM drift_baselines ORDER BY topic")
    }

    /// Appends a window row and prunes the kind down to the retention limit.
    public func appendWindow(kind: String, topic: String, closedAtMs: Int64, body: String) throws(StorageError) {
        try lock.withLock { () throws(StorageError) in
            try database.transaction { () throws(StorageError) in
                try insertWindow.run([.text(kind), .text(topic), .int(closedAtMs), .text(body)])
                try pruneWindows.run([.text(kind), .int(Int64(retention))])
            }
        }
    }

    /// The newest `limit` window bodies of a kind, newest first.
    public func windows(kind: String, limit: Int = 100) throws(StorageError) -> [String] {
        try lock.withLock { () throws(StorageError) in
            try database.prepare("SELECT body FROM metric_windows WHERE kind = ?1 ORDER BY id DESC LIMIT ?2")
                .run([.text(kind), .int(Int64(limit))]).compactMap { $0.first?.text }
        }
    }

    /// Pins (or replaces) the drift baseline of a topic.
    public func saveBaseline(topic: String, createdAtMs: Int64, body: String) throws(StorageError) {
        try lock.withLock { () throws(StorageError) in
            try upsertBaseline.run([.text(topic), .int(createdAtMs), .text(body)])
        }
    }

    /// Every pinned baseline, by topic.
    public func baselines() throws(StorageError) -> [String: String] {
        try lock.withLock { () throws(StorageError) in
            var result: [String: String] = [:]
            for row in try selectBaselines.run() where row.count == 2 {
                if let topic = row[0].text, let body = row[1].text { result[topic] = body }
            }
            return result
        }
    }
}
