import Foundation

/// A SQLite file holding the results of one replay, for `supportstream backtest`.
///
/// Tables: `runs` (models, input, range, start and finish) and `results` (one row per input event,
/// keyed by event id). Entity counts are a JSON object, queryable with SQLite's JSON functions:
/// `SELECT event_id FROM results WHERE json_extract(entity_counts, '$.EMAIL') > 0`.
public final class BacktestStore {
    private let database: SQLiteDatabase
    private let insertStatement: SQLiteStatement
    /// The file path.
    public var path: String { database.path }

    static let schema = """
        CREATE TABLE IF NOT EXISTS runs (
            run_id TEXT PRIMARY KEY, models TEXT NOT NULL, source TEXT NOT NULL, range TEXT NOT NULL,
            started_at TEXT NOT NULL, finished_at TEXT, events INTEGER);
        CREATE TABLE IF NOT EXISTS results (
            event_id TEXT PRIMARY KEY, run_id TEXT NOT NULL, status TEXT NOT NULL, kind TEXT NOT NULL,
            source_topic TEXT, source_partition INTEGER, source_offset INTEGER, models TEXT NOT NULL,
            language TEXT NOT NULL, language_confidence REAL NOT NULL, intent TEXT NOT NULL,
            intent_confidence REAL NOT NULL, queue TEXT NOT NULL, priority TEXT NOT NULL,
            entity_counts TEXT NOT NULL, entities_total INTEGER NOT NULL, summary TEXT,
            latency_us INTEGER NOT NULL, enriched TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS results_source ON results(source_topic, source_partition, source_offset);
        """

    static let columns = """
        event_id, status, kind, source_topic, source_partition, source_offset, models, language,
        language_confidence, intent, intent_confidence, queue, priority, entity_counts, summary, latency_us, enriched
        """

    /// Opens a store, creating the tables if needed.
    public init(path: String) throws(StorageError) {
        database = try SQLiteDatabase(path: path)
        try database.execute(Self.schema)
        insertStatement = try database.prepare("""
            INSERT OR REPLACE INTO results (run_id, \(Self.columns), entities_total)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
    }

    /// Records the start of a run.
    public func begin(_ run: BacktestRun) throws(StorageError) {
        try database.prepare("INSERT INTO runs (run_id, models, source, range, started_at) VALUES (?, ?, ?, ?, ?)")
            .run([.text(run.runID), .text(Self.json(run.models)), .text(run.source), .text(run.range), .text(run.startedAt)])
    }

    /// Records the end of a run.
    public func finish(runID: String, finishedAt: String, events: Int) throws(StorageError) {
        try database.prepare("UPDATE runs SET finished_at = ?, events = ? WHERE run_id = ?")
            .run([.text(finishedAt), .int(Int64(events)), .text(runID)])
    }

    /// Inserts rows in one transaction; a row with an event id already stored replaces it.
    public func insert(_ rows: [BacktestRow], runID: String) throws(StorageError) {
        guard !rows.isEmpty else { return }
        try database.transaction { () throws(StorageError) in
            for row in rows {
                try insertStatement.run([
                    .text(runID), .text(row.eventID), .text(row.status), .text(row.kind),
                    row.sourceTopic.map { .text($0) } ?? .null, row.sourcePartition.map { .int(Int64($0)) } ?? .null,
                    row.sourceOffset.map { .int($0) } ?? .null, .text(Self.json(row.models)), .text(row.language),
                    .double(row.languageConfidence), .text(row.intent), .double(row.intentConfidence), .text(row.queue),
                    .text(row.priority), .text(Self.json(row.entityCounts)), row.summary.map { .text($0) } ?? .null,
                    .int(row.latencyUs), .text(row.enrichedJSON), .int(Int64(row.entityCounts.values.reduce(0, +))),
                ])
            }
        }
    }

    /// Every row, ordered by event id.
    public func rows() throws(StorageError) -> [BacktestRow] {
        try database.prepare("SELECT \(Self.columns) FROM results ORDER BY event_id").run().map { v in
            BacktestRow(
                eventID: v[0].text ?? "", status: v[1].text ?? "", kind: v[2].text ?? "", sourceTopic: v[3].text,
                sourcePartition: v[4].int.map { Int32($0) }, sourceOffset: v[5].int,
                models: Self.decode(v[6].text) ?? [:], language: v[7].text ?? "", languageConfidence: Self.double(v[8]),
                intent: v[9].text ?? "", intentConfidence: Self.double(v[10]), queue: v[11].text ?? "",
                priority: v[12].text ?? "", entityCounts: Self.decode(v[13].text) ?? [:], summary: v[14].text,
                latencyUs: v[15].int ?? 0, enrichedJSON: v[16].text ?? "")
        }
    }

    /// Every run, oldest first.
    public func runs() throws(StorageError) -> [BacktestRun] {
        try database.prepare("SELECT run_id, models, source, range, started_at, finished_at, events FROM runs ORDER BY started_at, run_id")
            .run().map { v in
                BacktestRun(runID: v[0].text ?? "", models: Self.decode(v[1].text) ?? [:], source: v[2].text ?? "",
                            range: v[3].text ?? "", startedAt: v[4].text ?? "", finishedAt: v[5].text, events: v[6].int.map { Int($0) })
            }
    }

    /// Rows in `results`.
    public func count() throws(StorageError) -> Int {
        Int(try database.prepare("SELECT COUNT(*) FROM results").run().first?.first?.int ?? 0)
    }

    private static func double(_ value: SQLiteStatement.Value) -> Double {
        switch value {
        case let .double(number): return number
        case let .int(number): return Double(number)
        default: return 0
        }
    }

    private static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    private static func decode<T: Decodable>(_ text: String?) -> T? {
        guard let text else { return nil }
        return try? JSONDecoder().decode(T.self, from: Data(text.utf8))
    }
}
