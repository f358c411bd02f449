/// One row of a backtest store's `results` table: what a replay made of one input event.
public struct BacktestRow: Sendable, Equatable {
    /// The enriched event id (the dedupe key), or `<topic>:<partition>:<offset>` / `line:<n>` for rejected input.
    public var eventID: String
    /// `ok`, or the reason code of rejected input (`invalid_json`, `schema_violation`, …).
    public var status: String
    /// `ticket`, `chat_message`, `conversation_summary`, or empty for rejected input.
    public var kind: String
    /// Source topic, when the input came from Kafka or an archive.
    public var sourceTopic: String?
    /// Source partition.
    public var sourcePartition: Int32?
    /// Source offset.
    public var sourceOffset: Int64?
    /// Model version per stage.
    public var models: [String: String]
    /// Language code.
    public var language: String
    /// Language confidence.
    public var languageConfidence: Double
    /// Intent.
    public var intent: String
    /// Intent confidence.
    public var intentConfidence: Double
    /// Queue.
    public var queue: String
    /// Priority.
    public var priority: String
    /// Entities found, per PII type (types with none are left out).
    public var entityCounts: [String: Int]
    /// Summary text (redacted), if any.
    public var summary: String?
    /// Total processing time in microseconds (the only field that differs between identical runs).
    public var latencyUs: Int64
    /// The enriched event as canonical JSON (sorted keys) without latency.
    public var enrichedJSON: String

    /// Creates a row.
    public init(eventID: String, status: String = "ok", kind: String, sourceTopic: String? = nil,
                sourcePartition: Int32? = nil, sourceOffset: Int64? = nil, models: [String: String] = [:],
                language: String = "", languageConfidence: Double = 0, intent: String = "", intentConfidence: Double = 0,
                queue: String = "", priority: String = "", entityCounts: [String: Int] = [:], summary: String? = nil,
                latencyUs: Int64 = 0, enrichedJSON: String = "") {
        self.eventID = eventID
        self.status = status
        self.kind = kind
        self.sourceTopic = sourceTopic
        self.sourcePartition = sourcePartition
        self.sourceOffset = sourceOffset
        self.models = models
        self.language = language
        self.languageConfidence = languageConfidence
        self.intent = intent
        self.intentConfidence = intentConfidence
        self.queue = queue
        self.priority = priority
        self.entityCounts = entityCounts
        self.summary = summary
        self.latencyUs = latencyUs
        self.enrichedJSON = enrichedJSON
    }
}
