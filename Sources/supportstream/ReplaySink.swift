import Foundation
import KafkaClient
import Pipeline
import Storage

/// Where a replay writes: a backtest store (rows batched into transactions) or a topic.
final class ReplaySink {
    private let store: BacktestStore?
    private let runID: String
    private let producer: KafkaProducer?
    private let topic: String
    private let failures = DeliveryCounter()
    private var pending: [BacktestRow] = []

    private init(store: BacktestStore?, runID: String, producer: KafkaProducer?, topic: String) {
        self.store = store
        self.runID = runID
        self.producer = producer
        self.topic = topic
    }

    /// A new backtest store at `path`, with the run recorded as started.
    static func store(path: String, run: BacktestRun) throws -> ReplaySink {
        let store = try BacktestStore(path: path)
        try store.begin(run)
        return ReplaySink(store: store, runID: run.runID, producer: nil, topic: "")
    }

    /// A topic; enriched events keep the input key and the usual headers. Rejected records are skipped.
    static func topic(_ name: String, producer: KafkaProducer) -> ReplaySink {
        ReplaySink(store: nil, runID: "", producer: producer, topic: name)
    }

    /// Writes the result of one record.
    func write(message: KafkaMessage, outcome: ReplayEngine.Outcome) async throws {
        if let store {
            pending += ReplayEngine.rows(for: message, outcome: outcome)
            if pending.count >= 500 {
                try store.insert(pending, runID: runID)
                pending.removeAll(keepingCapacity: true)
            }
        }
        if let producer, case let .events(events) = outcome {
            for event in events {
                let key = message.key ?? Array((event.ticketID ?? event.conversationID ?? event.eventID).utf8)
                try await producer.send(KafkaProducerMessage(topic: topic, key: key, value: EventEncoding.encode(event), headers: [
                    KafkaHeader(key: "event_id", string: event.eventID),
                    KafkaHeader(key: "schema", string: event.schema),
                    KafkaHeader(key: "source_topic", string: message.topic),
                    KafkaHeader(key: "source_partition", string: String(message.partition)),
                    KafkaHeader(key: "source_offset", string: String(message.offset)),
                ])) { [failures] result in
                    if case .failure = result { failures.add() }
                }
            }
        }
    }

    /// Flushes outstanding rows or deliveries and records the run as finished.
    func finish(finishedAt: String, events: Int) async throws {
        if let store {
            try store.insert(pending, runID: runID)
            pending.removeAll()
            try store.finish(runID: runID, finishedAt: finishedAt, events: events)
        }
        if let producer {
            let flushed = await producer.flush(timeoutMs: 30_000)
            producer.close()
            if !flushed || failures.value > 0 { throw ReplaySinkError.undelivered(failures.value) }
        }
    }
}

/// Enriched events of a replay that the broker did not confirm.
enum ReplaySinkError: Error, CustomStringConvertible {
    case undelivered(Int)

    var description: String {
        switch self {
        case let .undelivered(count): return "\(count) enriched events were not delivered to the topic"
        }
    }
}
