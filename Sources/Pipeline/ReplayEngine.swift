import KafkaClient
import Storage

/// Enriches replayed records with the same core as `run`, deterministically.
///
/// Each source partition gets its own in-memory conversation state, and the caller hands records
/// of a partition in offset order, so the same records and models always give the same
/// enriched fields (only `latency_us` differs). One engine serves one replay on one task.
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
    private let limits: ConversationLimits
    private var stores: [TopicPartition: MemoryConversationStore] = [:]

    /// Creates an engine.
    public init(enricher: Enricher, decoder: EventDecoder, limits: ConversationLimits = ConversationLimits()) {
        self.enricher = enricher
        self.decoder = decoder
        self.limits = limits
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
            do {
                return .events(try enricher.enrich(event, conversations: store, source: source))
            } catch {
                return .failure(error.failure)
            }
        }
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
