import Foundation
import KafkaClient
import Logging
import Pipeline
import Synchronization
import TextInference

/// Measures the stream path through an in-process embedded broker: the consume→produce ceiling
/// without inference, then the real workers (`StreamService`) over the same records.
struct StreamBench {
    /// The service configuration (`--config` and `SUPPORTSTREAM_*`): its Kafka properties apply to the
    /// passthrough clients too, and the stream run overrides only workers, group and state path.
    let configuration: ServiceConfiguration
    let enricher: Enricher
    let logger: Logger
    let partitions: Int
    let workers: Int
    let events: Int
    let tickets: [[UInt8]]

    /// Produces `events` tickets, then runs the passthrough and the stream service over them.
    func run() async throws -> BenchReport.Stream {
        let broker = try EmbeddedBroker(brokers: 1, logger: logger)
        defer { broker.shutdown() }
        let topics = TopicNames()
        // The changelog is co-partitioned with the chat topic, as the contract requires.
        for name in [topics.tickets, topics.chat, topics.chatState, topics.enriched, topics.dlq, "bench.passthrough"] {
            try broker.createTopic(name, partitions: partitions)
        }
        let connection = KafkaConfiguration(bootstrapServers: broker.bootstrapServers, clientID: "supportstream-bench",
                                            properties: configuration.kafkaProperties)
        let producer = try KafkaProducer(configuration: KafkaProducerConfiguration(connection: connection), logger: logger)
        defer { producer.close() }
        let produceStart = ContinuousClock.now
        for index in 0..<events {
            try await producer.send(KafkaProducerMessage(topic: topics.tickets, key: Array("T-\(index)".utf8),
                                                         value: tickets[index % tickets.count])) { _ in }
        }
        _ = await producer.flush(timeoutMs: 120_000)
        let produceSeconds = BenchStats.seconds(ContinuousClock.now - produceStart)

        let passPause = PauseMeter(), streamPause = PauseMeter()
        let (passRate, passJoin) = try await passthrough(connection: connection, producer: producer, topic: topics.tickets,
                                                         pause: passPause)
        let (streamRate, streamJoin, startup) = try await stream(bootstrap: broker.bootstrapServers, pause: streamPause)
        return .init(partitions: partitions, workers: workers, events: events, produceSeconds: produceSeconds,
                     passthroughEventsPerSec: passRate, passthroughJoinSeconds: passJoin,
                     streamEventsPerSec: streamRate, streamJoinSeconds: streamJoin, streamStartupSeconds: startup,
                     passthroughLongestPauseSeconds: passPause.longestSeconds, streamLongestPauseSeconds: streamPause.longestSeconds)
    }

    /// Consume → produce with no inference, `workers` group members; returns (steady events/s, join seconds).
    ///
    /// The rate counts from the first record received to the last delivery confirmed, so the group
    /// join is reported apart from it.
    private func passthrough(connection: KafkaConfiguration, producer: KafkaProducer, topic: String,
                             pause: PauseMeter) async throws -> (Double, Double) {
        let delivered = BenchCounter()
        let firstRecord = BenchBox<ContinuousClock.Instant?>(nil)
        let lastDelivery = BenchBox<ContinuousClock.Instant?>(nil)
        let total = events
        var consumers: [KafkaConsumer] = []
        let start = ContinuousClock.now
        for _ in 0..<workers {
            let consumer = try KafkaConsumer(configuration: KafkaConsumerConfiguration(connection: connection, groupID: "bench-passthrough"),
                                             logger: logger)
            try consumer.subscribe(topics: [topic])
            consumers.append(consumer)
        }
        var tasks: [Task<Void, Never>] = []
        for consumer in consumers {
            tasks.append(Task {
                while let message = await consumer.next() {
                    firstRecord.with { if $0 == nil { $0 = ContinuousClock.now } }
                    let output = KafkaProducerMessage(topic: "bench.passthrough", key: message.key, value: message.value)
                    try? await producer.send(output) { _ in
                        let done = delivered.next() + 1
                        if done == total {
                            lastDelivery.with { $0 = ContinuousClock.now }
                        }
                    }
                }
            })
        }
        let deadline = ContinuousClock.now + .seconds(300)
        while delivered.current < total, ContinuousClock.now < deadline {
            pause.observe(delivered.current)
            try? await Task.sleep(for: .milliseconds(2))
        }
        for consumer in consumers { await consumer.shutdown() }
        for task in tasks { await task.value }
        guard let first = firstRecord.with({ $0 }), let last = lastDelivery.with({ $0 }) else { return (0, 0) }
        return (Double(total) / BenchStats.seconds(last - first), BenchStats.seconds(first - start))
    }

    /// The real workers over the produced tickets; returns (steady events/s, join seconds, start-up seconds).
    private func stream(bootstrap: String, pause: PauseMeter) async throws -> (Double, Double, Double) {
        var configuration = self.configuration
        configuration.topics = TopicNames()    // the topics `run()` created
        configuration.workers = workers
        configuration.groupID = "bench-stream"
        configuration.statePath = NSTemporaryDirectory() + "supportstream-bench-\(getpid()).sqlite"
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: configuration.statePath + suffix) } }
        let created = ContinuousClock.now
        let service = try StreamService(configuration: configuration, bootstrapServers: bootstrap, enricher: enricher, logger: logger)
        let ready = ContinuousClock.now
        let stats = service.stats
        let total = events
        let first = BenchBox<ContinuousClock.Instant?>(nil), last = BenchBox<ContinuousClock.Instant?>(nil)
        try await service.run(until: {
            let deadline = ContinuousClock.now + .seconds(300)
            while ContinuousClock.now < deadline {
                let now = ContinuousClock.now
                let done = stats.value("enriched") + stats.value("dlq")
                pause.observe(done)
                if stats.value("consumed") > 0 { first.with { if $0 == nil { $0 = now } } }
                if done >= total {
                    last.with { $0 = now }
                    return
                }
                try? await Task.sleep(for: .milliseconds(1))
            }
        })
        guard let first = first.with({ $0 }), let last = last.with({ $0 }) else {
            return (0, 0, BenchStats.seconds(ready - created))
        }
        let rate = Double(total) / BenchStats.seconds(last - first)
        return (rate, BenchStats.seconds(first - ready), BenchStats.seconds(ready - created))
    }
}

/// Tracks the longest time a progress count stood still once it had started (the bench's stall detector).
final class PauseMeter: Sendable {
    private struct State {
        var lastCount = 0
        var lastChange: ContinuousClock.Instant?
        var longest: Duration = .zero
    }

    private let state = BenchBox(State())

    /// Records the count seen now.
    func observe(_ count: Int) {
        let now = ContinuousClock.now
        state.with { state in
            if count != state.lastCount {
                if let since = state.lastChange, state.lastCount > 0 { state.longest = max(state.longest, now - since) }
                state.lastCount = count
                state.lastChange = now
            }
        }
    }

    /// The longest pause in seconds between two changes of the count after the first.
    var longestSeconds: Double {
        state.with { BenchStats.seconds($0.longest) }
    }
}
