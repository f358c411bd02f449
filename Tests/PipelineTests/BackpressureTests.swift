import Foundation
import KafkaClient
import Pipeline
import Testing

@Suite("Bounded in-flight records per partition", .serialized)
struct BackpressureTests {
    @Test("a tiny max_in_flight_per_partition pauses and resumes partitions and loses nothing")
    func pauseAndResume() async throws {
        let broker = try EndToEndTests.startBroker()
        defer { broker.shutdown() }
        var config = EndToEndTests.configuration(workers: 1, group: "backpressure")
        config.maxInFlightPerPartition = 2
        // One produce request in flight per connection: see `EndToEndTests.oneRequestInFlight`.
        EndToEndTests.oneRequestInFlight(&config)
        let inputs = try ReliabilityTests.goodInputs(topics: config.topics)
        try await EndToEndTests.send(inputs.records, broker: broker)
        // Slow deliveries down, so confirmations lag behind processing and records pile up in flight.
        broker.pushRequestErrors(.produce, Array(repeating: .requestTimedOut, count: 6))
        let service = try StreamService(configuration: config, bootstrapServers: broker.bootstrapServers,
                                        enricher: Enricher(core: Fixtures.core), logger: Fixtures.logger)
        let stop = StopSignal()
        let running = Task { try await service.run(until: { await stop.wait() }) }
        let expected = inputs.eventIDs.count + inputs.closedConversations.count
        // Re-deliveries (at-least-once) add duplicates; the count only bounds the read, `until` ends it.
        let enriched = try await EndToEndTests.drain(config.topics.enriched, broker: broker, count: expected * 3, timeout: .seconds(60),
                                                     until: ReliabilityTests.complete(inputs))
        if !ReliabilityTests.complete(inputs)(enriched) {
            let report = await Self.whereAreTheMissing(enriched, inputs: inputs, stats: service.stats, broker: broker, topics: config.topics)
            Issue.record("not every event reached \(config.topics.enriched):\n\(report)")
        }
        stop.fire()
        try await running.value
        #expect(service.stats.value("partition_paused") > 0, "no partition was paused")
        #expect(service.stats.value("partition_resumed") > 0, "no partition was resumed")
        ReliabilityTests.verify(enriched, inputs: inputs)
    }

    /// Where the missing events' inputs sit, what the service counted, and whether the output topic
    /// has gaps: tells a partition that was never read from records that were read but not written.
    static func whereAreTheMissing(_ enriched: [KafkaMessage], inputs: EndToEndTests.Inputs, stats: PipelineStats,
                                   broker: EmbeddedBroker, topics: TopicNames) async -> String {
        let arrived = Set(enriched.compactMap { $0.headers.string(for: "event_id") })
        let wanted = Set(inputs.eventIDs.keys).union(inputs.closedConversations.map { $0 + ":summary" })
        let missing = wanted.subtracting(arrived)
        var lines = ["\(missing.count) of \(wanted.count) events missing; \(enriched.count) records read; service counted " +
                     ["consumed", "enriched", "dlq", "delivery_retries", "partition_paused", "partition_resumed"]
                        .map { "\($0)=\(stats.value($0))" }.joined(separator: " ") + " for \(inputs.records.count) inputs"]
        var sources: [KafkaMessage] = []
        for topic in [topics.tickets, topics.chat] {
            sources += (try? await EndToEndTests.drain(topic, broker: broker, count: inputs.records.count, timeout: .seconds(5))) ?? []
        }
        var byPartition: [String: [Int64]] = [:]
        for message in sources {
            guard let object = Fixtures.object(message.value), let id = object["event_id"] as? String else { continue }
            let summary = (object["kind"] as? String) == "chat_closed" ? (object["conversation_id"] as? String).map { $0 + ":summary" } : nil
            if missing.contains(id) || summary.map(missing.contains) == true {
                byPartition["\(message.topic)[\(message.partition)]", default: []].append(message.offset)
            }
        }
        for (partition, offsets) in byPartition.sorted(by: { $0.key < $1.key }) {
            lines.append("  inputs of missing events: \(partition) at offsets \(offsets.sorted())")
        }
        var seen: [Int32: [Int64]] = [:]
        for message in enriched { seen[message.partition, default: []].append(message.offset) }
        for (partition, offsets) in seen.sorted(by: { $0.key < $1.key }) {
            let sorted = Array(Set(offsets)).sorted()
            let gaps = zip(sorted, sorted.dropFirst()).filter { $1 != $0 + 1 }.map { "\($0)->\($1)" }
            lines.append("  read \(topics.enriched)[\(partition)]: offsets \(sorted.first ?? -1)...\(sorted.last ?? -1), gaps \(gaps)")
        }
        return lines.joined(separator: "\n")
    }
}
