import Foundation
import KafkaClient
import Pipeline
import Testing

@Suite("Reliability: rebalances and broker faults", .serialized)
struct ReliabilityTests {
    /// The sample inputs (no bad lines) as records.
    static func goodInputs(topics: TopicNames) throws -> EndToEndTests.Inputs {
        var inputs = try EndToEndTests.inputs(topics: topics)
        inputs.records.removeAll { $0.key == Array("bad".utf8) }
        return inputs
    }

    /// Whether every expected event id and summary has arrived.
    static func complete(_ inputs: EndToEndTests.Inputs) -> ([KafkaMessage]) -> Bool {
        let wanted = Set(inputs.eventIDs.keys).union(inputs.closedConversations.map { $0 + ":summary" })
        return { messages in
            Set(messages.compactMap { $0.headers.string(for: "event_id") }).isSuperset(of: wanted)
        }
    }

    /// Checks zero loss, and that per key the first occurrences keep the input order.
    static func verify(_ enriched: [KafkaMessage], inputs: EndToEndTests.Inputs) {
        let objects = enriched.compactMap { Fixtures.object($0.value) }
        let ids = objects.compactMap { $0["event_id"] as? String }
        let missing = Set(inputs.eventIDs.keys).subtracting(ids)
        #expect(missing.isEmpty, "lost \(missing.count) events")
        let summaries = Set(objects.filter { $0["kind"] as? String == "conversation_summary" }.compactMap { $0["conversation_id"] as? String })
        #expect(summaries == inputs.closedConversations)
        var firstOffsets: [String: [Int]] = [:]
        var seen = Set<String>()
        for object in objects {
            guard let id = object["event_id"] as? String, seen.insert(id).inserted,
                  let key = (object["ticket_id"] ?? object["conversation_id"]) as? String,
                  let offset = (object["source"] as? [String: Any])?["offset"] as? Int else { continue }
            firstOffsets[key, default: []].append(offset)
        }
        for (key, offsets) in firstOffsets {
            #expect(offsets == offsets.sorted(), "order broken for \(key)")
        }
    }

    @Test("three workers joining and leaving during processing lose nothing and keep order per key")
    func workersJoinAndLeave() async throws {
        let broker = try EndToEndTests.startBroker()
        defer { broker.shutdown() }
        var config = EndToEndTests.configuration(workers: 1, group: "rebalance-3")
        config.commitIntervalMs = 100
        let inputs = try Self.goodInputs(topics: config.topics)
        // A slow trickle, so the group changes while records are in flight.
        let producer = try KafkaProducer(configuration: KafkaProducerConfiguration(connection: KafkaConfiguration(bootstrapServers: broker.bootstrapServers)),
                                         logger: Fixtures.logger)
        let feeding = Task {
            for (index, record) in inputs.records.enumerated() {
                try await producer.send(record) { _ in }
                if index % 5 == 0 { try await Task.sleep(for: .milliseconds(100)) }
            }
        }
        func start(_ name: String) throws -> (StreamService, StopSignal, Task<Void, any Error>) {
            var own = config
            own.statePath = NSTemporaryDirectory() + "ss-rb-\(name)-\(UUID().uuidString).sqlite"
            let service = try StreamService(configuration: own, bootstrapServers: broker.bootstrapServers,
                                            enricher: Enricher(core: Fixtures.core), logger: Fixtures.logger)
            let stop = StopSignal()
            return (service, stop, Task { try await service.run(until: { await stop.wait() }) })
        }
        let a = try start("a")
        try await Task.sleep(for: .seconds(2))
        let b = try start("b")
        try await Task.sleep(for: .seconds(2))
        let c = try start("c")
        try await Task.sleep(for: .seconds(3))
        b.1.fire()
        try await b.2.value
        try await feeding.value
        _ = await producer.flush(timeoutMs: 10_000)
        producer.close()
        let expected = inputs.eventIDs.count + inputs.closedConversations.count
        let enriched = try await EndToEndTests.drain(config.topics.enriched, broker: broker, count: expected + 200, timeout: .seconds(30),
                                                          until: Self.complete(inputs))
        a.1.fire()
        c.1.fire()
        try await a.2.value
        try await c.2.value
        // The group really changed hands during processing: more than one member did work.
        #expect([a.0, b.0, c.0].filter { $0.stats.value("enriched") > 0 }.count >= 2)
        Self.verify(enriched, inputs: inputs)
    }

    @Test("request errors, a broker outage and a leader change during processing lose nothing")
    func faultsDuringProcessing() async throws {
        let broker = try EmbeddedBroker(brokers: 3, logger: Fixtures.logger)
        defer { broker.shutdown() }
        for topic in try TopicDefinition.loadAll(from: Fixtures.topicsDir) {
            try broker.createTopic(topic.name, partitions: topic.partitions, replicationFactor: 3)
        }
        var config = EndToEndTests.configuration(workers: 2, group: "faults")
        EndToEndTests.oneRequestInFlight(&config)
        let inputs = try Self.goodInputs(topics: config.topics)
        try await EndToEndTests.send(inputs.records, broker: broker)

        broker.pushRequestErrors(.produce, [.notLeaderForPartition, .requestTimedOut, .notEnoughReplicas, .requestTimedOut])
        broker.pushRequestErrors(.fetch, [.notLeaderForPartition, .requestTimedOut])
        // Commit failures, but none that makes the client drop its coordinator connection or
        // rejoin: librdkafka 2.0.2's mock group coordinator aborts the whole test process
        // (rdkafka_mock_cgrp.c:567, `!member->resp`) when a member's JoinGroup arrives while an
        // earlier one of the same member is still parked, which a coordinator reconnect or an
        // injected REBALANCE_IN_PROGRESS can cause during a rebalance (CI run of session 10).
        // Rejoins are exercised by the workers-join-and-leave test above.
        broker.pushRequestErrors(.offsetCommit, [.requestTimedOut, .requestTimedOut])
        broker.pushRequestErrors(.heartbeat, [.requestTimedOut])
        let service = try StreamService(configuration: config, bootstrapServers: broker.bootstrapServers,
                                        enricher: Enricher(core: Fixtures.core), logger: Fixtures.logger)
        let stop = StopSignal()
        let running = Task { try await service.run(until: { await stop.wait() }) }
        try await Task.sleep(for: .seconds(4))
        try broker.setBrokerDown(2)
        try broker.setPartitionLeader(topic: config.topics.enriched, partition: 0, brokerID: 3)
        try await Task.sleep(for: .seconds(2))
        try broker.setBrokerUp(2)
        let expected = inputs.eventIDs.count + inputs.closedConversations.count
        let enriched = try await EndToEndTests.drain(config.topics.enriched, broker: broker, count: expected + 100, timeout: .seconds(30),
                                                          until: Self.complete(inputs))
        stop.fire()
        try await running.value
        Self.verify(enriched, inputs: inputs)
    }
}
