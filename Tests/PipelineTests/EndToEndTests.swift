import Foundation
import KafkaClient
import Pipeline
import Testing

@Suite("End to end through the embedded broker", .serialized)
struct EndToEndTests {
    /// Input records from the samples plus the bad lines.
    struct Inputs {
        var records: [KafkaProducerMessage] = []
        var eventIDs: [String: String] = [:]     // event_id → key
        var closedConversations: Set<String> = []
        var badCount = 0
    }

    static func inputs(topics: TopicNames) throws -> Inputs {
        var inputs = Inputs()
        for file in ["tickets.jsonl", "chat.jsonl"] {
            for line in try Fixtures.lines(file) {
                guard let object = Fixtures.object(line), let kind = object["kind"] as? String,
                      let key = (object["ticket_id"] ?? object["conversation_id"]) as? String,
                      let eventID = object["event_id"] as? String else { continue }
                inputs.records.append(KafkaProducerMessage(topic: topics.inputTopic(forKind: kind)!, key: Array(key.utf8), value: line))
                if kind == "chat_closed" {
                    inputs.closedConversations.insert(key)
                } else {
                    inputs.eventIDs[eventID] = key
                }
            }
        }
        for line in try Fixtures.lines("bad.jsonl") {
            inputs.records.append(KafkaProducerMessage(topic: topics.tickets, key: Array("bad".utf8), value: line))
            inputs.badCount += 1
        }
        return inputs
    }

    static func startBroker() throws -> EmbeddedBroker {
        let broker = try EmbeddedBroker(brokers: 1, logger: Fixtures.logger)
        for topic in try TopicDefinition.loadAll(from: Fixtures.topicsDir) {
            try broker.createTopic(topic.name, partitions: topic.partitions, replicationFactor: 1)
        }
        return broker
    }

    static func configuration(workers: Int, group: String) -> ServiceConfiguration {
        var config = ServiceConfiguration()
        config.workers = workers
        config.groupID = group
        config.sessionTimeoutMs = 6_000
        config.statePath = NSTemporaryDirectory() + "ss-e2e-\(UUID().uuidString).sqlite"
        return config
    }

    /// Lets the service's clients keep only one request in flight per broker connection; for tests
    /// that inject produce errors into the embedded broker.
    ///
    /// The idempotent producer takes a later request's success for a given partition as proof
    /// that an earlier request that failed with an uncertain outcome (REQUEST_TIMED_OUT, say) was
    /// written after all, and reports its records delivered ("implicitly acked"). A real broker
    /// refuses the later request when the earlier one is missing (sequence numbers); librdkafka
    /// 2.0.2's mock broker checks sequences only for transactional producers and writes nothing
    /// for an injected error, so those records were reported delivered yet never written: events
    /// "lost" by the test broker alone. With one request in flight there is no later request.
    static func oneRequestInFlight(_ config: inout ServiceConfiguration) {
        config.kafkaProperties["max.in.flight.requests.per.connection"] = "1"
    }

    /// Reads a topic from the beginning until `count` records arrived or the timeout passed.
    static func drain(_ topic: String, broker: EmbeddedBroker, count: Int, timeout: Duration = .seconds(60),
                      until done: ([KafkaMessage]) -> Bool = { _ in false }) async throws -> [KafkaMessage] {
        var config = KafkaConsumerConfiguration(connection: KafkaConfiguration(bootstrapServers: broker.bootstrapServers),
                                                groupID: "reader-\(UUID().uuidString)")
        config.sessionTimeoutMs = 6_000
        let consumer = try KafkaConsumer(configuration: config, logger: Fixtures.logger)
        try consumer.subscribe(topics: [topic])
        var received: [KafkaMessage] = []
        let deadline = ContinuousClock.now + timeout
        while received.count < count, ContinuousClock.now < deadline, !done(received) {
            let next = await withTaskGroup(of: KafkaMessage?.self) { group in
                group.addTask { await consumer.next() }
                group.addTask { try? await Task.sleep(for: .seconds(1)); return nil }
                let first = await group.next() ?? nil
                group.cancelAll()
                // A record can arrive just as the timer fires; keep it rather than dropping it with the group.
                var all = first.map { [$0] } ?? []
                for await rest in group { if let rest { all.append(rest) } }
                return all
            }
            received += next
        }
        await consumer.shutdown()
        return received
    }

    static func send(_ records: [KafkaProducerMessage], broker: EmbeddedBroker) async throws {
        let producer = try KafkaProducer(configuration: KafkaProducerConfiguration(connection: KafkaConfiguration(bootstrapServers: broker.bootstrapServers)),
                                         logger: Fixtures.logger)
        for record in records { try await producer.send(record) { _ in } }
        #expect(await producer.flush(timeoutMs: 30_000))
        producer.close()
    }

    @Test("K events in give K enriched events out, keyed like the input, valid, plus summaries and DLQ records")
    func endToEnd() async throws {
        let broker = try Self.startBroker()
        defer { broker.shutdown() }
        let config = Self.configuration(workers: 2, group: "e2e")
        let inputs = try Self.inputs(topics: config.topics)
        try await Self.send(inputs.records, broker: broker)

        let service = try StreamService(configuration: config, bootstrapServers: broker.bootstrapServers,
                                        enricher: Enricher(core: Fixtures.core), logger: Fixtures.logger)
        let expected = inputs.eventIDs.count + inputs.closedConversations.count
        let stop = StopSignal()
        let running = Task { try await service.run(until: { await stop.wait() }) }
        let enriched = try await Self.drain(config.topics.enriched, broker: broker, count: expected)
        let dead = try await Self.drain(config.topics.dlq, broker: broker, count: inputs.badCount, timeout: .seconds(20))
        stop.fire()
        try await running.value

        // Zero loss and no duplicates in a fault-free run.
        let outputs = enriched.compactMap { Fixtures.object($0.value) }
        let ids = outputs.compactMap { $0["event_id"] as? String }
        #expect(ids.count == expected)
        #expect(Set(ids).count == expected)
        for (eventID, key) in inputs.eventIDs {
            #expect(ids.contains(eventID), "missing \(eventID)")
            _ = key
        }
        // Keys follow the input; the event_id header matches the payload.
        for message in enriched {
            let object = Fixtures.object(message.value) ?? [:]
            let key = String(decoding: message.key ?? [], as: UTF8.self)
            #expect(key == (object["ticket_id"] as? String ?? object["conversation_id"] as? String))
            #expect(message.headers.string(for: "event_id") == object["event_id"] as? String)
        }
        // Required fields per the schema.
        let schema = try Fixtures.required(schema: "enriched.schema.json")
        for object in outputs {
            for field in schema.top { #expect(object[field] != nil, "missing \(field)") }
            for (name, fields) in schema.nested {
                guard let nested = object[name] as? [String: Any] else { continue }
                for field in fields { #expect(nested[field] != nil, "missing \(name).\(field)") }
            }
            #expect(object["schema"] as? String == "support.enriched/v1")
        }
        let summaries = outputs.filter { $0["kind"] as? String == "conversation_summary" }
        #expect(Set(summaries.compactMap { $0["conversation_id"] as? String }) == inputs.closedConversations)
        #expect(summaries.allSatisfy { (($0["summary"] as? [String: Any])?["text"] as? String) != nil })

        // Bad lines went to the DLQ with a reason, the original bytes and the source coordinates.
        #expect(dead.count == inputs.badCount)
        for record in dead {
            let object = Fixtures.object(record.value) ?? [:]
            #expect(DecodeFailure.Reason(rawValue: object["reason_code"] as? String ?? "") != nil)
            // dlq.payload defaults to encrypted; without SUPPORTSTREAM_DLQ_KEY only size and SHA-256 stay.
            let kept = (object["original_base64"] as? String).flatMap { Data(base64Encoded: $0) } != nil
                || object["original_encrypted"] is [String: Any] || (object["original_sha256"] as? String)?.count == 64
            #expect(kept && object["original_size_bytes"] is Int)
            #expect((object["source"] as? [String: Any])?["offset"] != nil)
        }
    }

    @Test("a worker stopped mid-stream and a new one started lose nothing")
    func restartLosesNothing() async throws {
        let broker = try Self.startBroker()
        defer { broker.shutdown() }
        let config = Self.configuration(workers: 1, group: "e2e-restart")
        let inputs = try Self.inputs(topics: config.topics)
        let good = inputs.records.filter { $0.key != Array("bad".utf8) }
        try await Self.send(good, broker: broker)

        // First run: stop it soon after it starts, in the middle of the stream.
        let first = try StreamService(configuration: config, bootstrapServers: broker.bootstrapServers,
                                      enricher: Enricher(core: Fixtures.core), logger: Fixtures.logger)
        try await first.run(until: {
            while first.stats.value("enriched") < 40 { try? await Task.sleep(for: .milliseconds(5)) }
        })
        let firstCount = first.stats.value("enriched")
        #expect(firstCount >= 40)

        let second = try StreamService(configuration: config, bootstrapServers: broker.bootstrapServers,
                                       enricher: Enricher(core: Fixtures.core), logger: Fixtures.logger)
        let stop = StopSignal()
        let running = Task { try await second.run(until: { await stop.wait() }) }
        let expected = inputs.eventIDs.count + inputs.closedConversations.count
        let enriched = try await Self.drain(config.topics.enriched, broker: broker, count: expected + 50, timeout: .seconds(40))
        stop.fire()
        try await running.value

        let ids = enriched.compactMap { Fixtures.object($0.value)?["event_id"] as? String }
        let missing = Set(inputs.eventIDs.keys).subtracting(ids)
        #expect(missing.isEmpty, "lost \(missing.count) events")
        // A clean stop commits everything it finished, so the restart re-processes nothing.
        #expect(ids.count == expected, "duplicates: \(ids.count - expected)")
    }
}

/// A one-shot signal tests use to stop a service.
final class StopSignal: Sendable {
    private let stream: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation

    init() {
        (stream, continuation) = AsyncStream<Void>.makeStream()
    }

    func fire() { continuation.finish() }

    func wait() async {
        for await _ in stream {}
    }
}
