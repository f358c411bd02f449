/// An enriched event on `support.enriched` (contract v1: extend, never rename).
public struct EnrichedEvent: Sendable, Codable, Equatable {
    /// The contract name and version.
    public var schema = "support.enriched/v1"
    /// The input's event id (or `<conversation_id>:summary` for conversation summaries): the dedupe key.
    public var eventID: String
    /// `ticket`, `chat_message` or `conversation_summary`.
    public var kind: String
    /// The ticket id, for tickets.
    public var ticketID: String?
    /// The conversation id, for chat messages and conversation summaries.
    public var conversationID: String?
    /// The input's `occurred_at`.
    public var occurredAt: String
    /// The chat sender, for chat messages.
    public var sender: String?
    /// The detected language.
    public var language: Language
    /// Redacted copies of the input's text fields.
    public var redacted: Redacted
    /// The personal data found, with offsets into the original fields.
    public var entities: [EntitySpan]
    /// Intent, confidence, queue and priority.
    public var triage: Triage
    /// The summary, for tickets and conversation summaries.
    public var summary: Summary?
    /// Messages summarised, for conversation summaries.
    public var messageCount: Int?
    /// Model version per stage.
    public var models: [String: String]
    /// Processing time per stage in microseconds, plus `total`.
    public var latencyUs: [String: Int64]
    /// Where the input record came from, when it came from Kafka.
    public var source: Source?
    /// In-process only (never encoded, ignored by `==`): the triage out-of-vocabulary rate of the input text, for drift.
    public var triageOOVRate: Double? {
        get { inProcessOOVRate.value }
        set { inProcessOOVRate.value = newValue }
    }
    var inProcessOOVRate = InProcessOnly<Double>()

    /// The `language` object.
    public struct Language: Sendable, Codable, Equatable {
        public var code: String
        public var confidence: Double
        public var top: [Score]?
    }

    /// A code or intent with its probability.
    public struct Score: Sendable, Codable, Equatable {
        public var code: String?
        public var intent: String?
        public var probability: Double
    }

    /// The `redacted` object.
    public struct Redacted: Sendable, Codable, Equatable {
        public var subject: String?
        public var body: String?
        public var text: String?
    }

    /// One entry of `entities`.
    public struct EntitySpan: Sendable, Codable, Equatable {
        public var type: String
        public var field: String
        public var start: Int
        public var end: Int
    }

    /// The `triage` object.
    public struct Triage: Sendable, Codable, Equatable {
        public var intent: String
        public var confidence: Double
        public var queue: String
        public var priority: String
        public var top: [Score]?
    }

    /// The `summary` object.
    public struct Summary: Sendable, Codable, Equatable {
        public var text: String
    }

    /// The `source` object.
    public struct Source: Sendable, Codable, Equatable {
        public var topic: String
        public var partition: Int32
        public var offset: Int64
    }

    enum CodingKeys: String, CodingKey {
        case schema, kind, language, redacted, entities, triage, summary, models, sender, source
        case eventID = "event_id"
        case ticketID = "ticket_id"
        case conversationID = "conversation_id"
        case occurredAt = "occurred_at"
        case messageCount = "message_count"
        case latencyUs = "latency_us"
    }
}
