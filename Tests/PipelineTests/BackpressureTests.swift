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
        let inputs = try ReliabilityTests.goodInputs(topics: config.topics)
        try await EndToEndTests.send(inputs.records, broker: broker)
        // Slow deliveries down, so confirmations lag behind processing and records pile up in flight.
        broker.pushRequestErrors(.produce, Array(repeating: .requestTimedOut, count: 6))
        let service = try StreamService(configuration: config, bootstrapServers: broker.bootstrapServers,
                                        enricher: Enricher(core: Fixtures.core), logger: Fixtures.logger)
        let stop = StopSignal()
        let running = Task { try await service.run(until: { await stop.wait() }) }
        let expected = inputs.eventIDs.count + inputs.closedConversations.count
        let enriched = try await EndToEndTests.drain(config.topics.enriched, broker: broker, count: expected + 100, timeout: .seconds(60),
                                                     until: ReliabilityTests.complete(inputs))
        stop.fire()
        try await running.value
        #expect(service.stats.value("partition_paused") > 0, "no partition was paused")
        #expect(service.stats.value("partition_resumed") > 0, "no partition was resumed")
        ReliabilityTests.verify(enriched, inputs: inputs)
    }
}
