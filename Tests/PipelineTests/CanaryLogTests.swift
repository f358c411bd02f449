import Foundation
import KafkaClient
import Logging
import Pipeline
import Testing

/// Collects every log line, with metadata, in memory.
final class CapturingLogHandler: LogHandler, @unchecked Sendable {
    final class Sink: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []
        func append(_ line: String) { lock.withLock { lines.append(line) } }
        var all: [String] { lock.withLock { lines } }
    }

    let sink: Sink
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    init(sink: Sink) {
        self.sink = sink
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
        sink.append("\(event.level) \(event.message) \(merged) \(event.error.map { "\($0)" } ?? "")")
    }
}

@Suite("PII never reaches logs", .serialized)
struct CanaryLogTests {
    @Test("canary values in good and bad events never appear in trace-level logs or DLQ reasons")
    func canaries() async throws {
        let canaries = ["canary.pii@example.com", "4000 0566 5566 5556", "GB82 WEST 1234 5698 7654 32",
                        "Zebulon Quasimodo", "+44 20 7946 0958", "CanaryBodyText"]
        let sink = CapturingLogHandler.Sink()
        var logger = Logger(label: "canary") { _ in CapturingLogHandler(sink: sink) }
        logger.logLevel = .trace

        let broker = try EmbeddedBroker(brokers: 1, logger: logger)
        defer { broker.shutdown() }
        for topic in try TopicDefinition.loadAll(from: Fixtures.topicsDir) {
            try broker.createTopic(topic.name, partitions: 2)
        }
        let body = "CanaryBodyText: my name is Zebulon Quasimodo, mail canary.pii@example.com, card 4000 0566 5566 5556, IBAN GB82 WEST 1234 5698 7654 32, phone +44 20 7946 0958"
        let good: [String: Any] = ["kind": "ticket", "event_id": "evt-canary", "ticket_id": "T-canary",
                                   "occurred_at": "2026-11-27T10:00:00Z", "body": body]
        let records = [
            Array(try JSONSerialization.data(withJSONObject: good)),
            Array(("{\"kind\":\"ticket\",\"body\":\"" + body + "\"").utf8),                 // invalid JSON
            Array(("{\"kind\":\"ticket\",\"event_id\":\"e\",\"ticket_id\":\"T\",\"occurred_at\":\"" + body + "\",\"body\":\"x\"}").utf8),
            Array(("{\"kind\":\"" + body + "\"}").utf8),                                     // unknown kind
        ]
        let producer = try KafkaProducer(configuration: KafkaProducerConfiguration(connection: KafkaConfiguration(bootstrapServers: broker.bootstrapServers)), logger: logger)
        for record in records {
            try await producer.send(KafkaProducerMessage(topic: "support.tickets", key: Array("T-canary".utf8), value: record))
        }
        producer.close()

        var config = ServiceConfiguration()
        config.workers = 1
        config.groupID = "canary"
        config.statePath = NSTemporaryDirectory() + "ss-canary-\(UUID().uuidString).sqlite"
        let service = try StreamService(configuration: config, bootstrapServers: broker.bootstrapServers,
                                        enricher: Enricher(core: Fixtures.core), logger: logger)
        try await service.run(until: {
            let deadline = ContinuousClock.now + .seconds(30)
            while service.stats.value("enriched") + service.stats.value("dlq") < records.count, ContinuousClock.now < deadline {
                try? await Task.sleep(for: .milliseconds(20))
            }
        })
        #expect(service.stats.value("enriched") == 1)
        #expect(service.stats.value("dlq") == 3)

        let dead = try await EndToEndTests.drain("support.dlq", broker: broker, count: 3, timeout: .seconds(20))
        let enriched = try await EndToEndTests.drain("support.enriched", broker: broker, count: 1, timeout: .seconds(20))
        let lines = sink.all
        #expect(lines.count > 10, "the run logged at trace level")
        for canary in canaries {
            #expect(!lines.contains { $0.contains(canary) }, "a log line contains a canary")
            for record in dead {
                let reason = (Fixtures.object(record.value)?["reason"] as? String) ?? ""
                #expect(!reason.contains(canary))
            }
            // The plain word CanaryBodyText is not PII: it may stay in the redacted body.
            for record in enriched where canary != "CanaryBodyText" {
                #expect(!String(decoding: record.value, as: UTF8.self).contains(canary), "enriched output contains a canary")
            }
        }
    }
}
