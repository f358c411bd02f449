import KafkaClient
import Storage

/// Enriches replayed records with the same core as `run`, deterministically.
///
/// Each source partition gets its own in-memory conversation state, and the caller hands records
/// of a partition in offset order, so the same records and models always give the same
/// enriched fields (only `latency_us` differs). One engine serves one replay on one task.
///
/// Conversations that go idle expire as in the service: after each enriched chat record, when the
/// partition's event-time clock has moved by a sweep step (``EventTimeSweepClock``), every conversation
/// of that partition with no turn for the inactivity timeout is summarized and dropped, and the
/// summaries follow the record's own event in its outcome.
public final class ReplayEngine {
    /// What became of one record.
    public enum Outcome: Sendable {
        /// The enriched events (one, or a conversation summary for `chat_closed`).
        case events([EnrichedEvent])
        /// The record was rejected (it would have gone to the DLQ).
        case failure(DecodeFailure)
    }

    /// The enricher (inference core and options).
    public let enricher: Enricher
    /// The input decoder.
    public let decoder: EventDecoder
    /// Inactivity timeout in milliseconds of event time; nil keeps conversations open until closed.
    public let inactivityTimeoutMs: Int64?
    private let limits: ConversationLimits
    private var stores: [TopicPartition: MemoryConversationStore] = [:]
    private var clocks: [TopicPartition: EventTimeSweepClock] = [:]

    /// Creates an engine; `inactivityTimeoutMs` defaults to the service's `state.inactivity_timeout_ms`
    /// default (30 minutes).
    public init(enricher: Enricher, decoder: EventDecoder, limits: ConversationLimits = ConversationLimits(),
                inactivityTimeoutMs: Int64? = 1_800_000) {
        self.enricher = enricher
        self.decoder = decoder
        self.limits = limits
        self.inactivityTimeoutMs = inactivityTimeoutMs
    }

    /// Decodes and enriches one record; its `source` is the record's coordinates.
    public func process(_ message: KafkaMessage) -> Outcome {
        switch decoder.decode(message.value) {
        case let .failure(failure):
            return .failure(failure)
        case let .success(event):
            let key = message.topicPartition
            let store = stores[key] ?? MemoryConversationStore(limits: limits)
            stores[key] = store
            let source = EnrichedEvent.Source(topic: message.topic, partition: message.partition, offset: message.offset)
            let events: [EnrichedEvent]
            do {
                events = try enricher.enrich(event, conversations: store, source: source)
            } catch {
                return .failure(error.failure)
            }
            return .events(events + expired(after: event, message: message, store: store))
        }
    }

    /// The summaries of the partition's conversations that went idle by `event`'s time (none for a ticket,
    /// when no sweep is due, or when the timeout is off), in conversation-id order.
    private func expired(after event: InputEvent, message: KafkaMessage, store: MemoryConversationStore) -> [EnrichedEvent] {
        guard let inactivityTimeoutMs else { return [] }
        let occurredAt: String
        switch event {
        case let .chatMessage(chat): occurredAt = chat.occurredAt
        case let .chatClosed(closed): occurredAt = closed.occurredAt
        case .ticket: return []
        }
        guard let eventTime = RFC3339.epochMilliseconds(occurredAt) else { return [] }
        var clock = clocks[message.topicPartition] ?? EventTimeSweepClock(timeoutMs: inactivityTimeoutMs)
        let cutoff = clock.observe(eventTime: eventTime)
        clocks[message.topicPartition] = clock
        guard let cutoff else { return [] }
        var summaries: [EnrichedEvent] = []
        for id in store.idleConversations(before: cutoff) {
            // The summary's source is the conversation's last message, as in the service.
            let last = store.snapshot(conversationID: id)?.lastPosition
            let source = EnrichedEvent.Source(topic: message.topic, partition: last?.partition ?? message.partition,
                                              offset: last?.offset ?? message.offset)
            if let summary = try? enricher.summarizeOpen(conversationID: id, conversations: store, source: source) {
                summaries.append(summary)
            }
        }
        return summaries
    }

    /// The backtest rows for a record's outcome: one per enriched event, or one for a rejection.
    public static func rows(for message: KafkaMessage, outcome: Outcome) -> [BacktestRow] {
        switch outcome {
        case let .events(events):
            return events.map { BacktestRows.row(for: $0) }
        case let .failure(failure):
            return [BacktestRow(eventID: "\(message.topic):\(message.partition):\(message.offset)",
                                status: failure.reason.rawValue, kind: "", sourceTopic: message.topic,
                                sourcePartition: message.partition, sourceOffset: message.offset)]
        }
    }
}
