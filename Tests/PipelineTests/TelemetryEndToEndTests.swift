import Foundation
import KafkaClient
import Pipeline
import Synchronization
import Telemetry
import Testing

@Suite("Telemetry through the embedded broker", .serialized)
struct TelemetryEndToEndTests {
    @Test("histograms and counters count every record; drift windows close per topic; lag covers every partition")
    func countsEveryEvent() async throws {
        let broker = try EndToEndTests.startBroker()
        defer { broker.shutdown() }
        let config = EndToEndTests.configuration(workers: 2, group: "telemetry-e2e")
        let inputs = try EndToEndTests.inputs(topics: config.topics)
        try await EndToEndTests.send(inputs.records, broker: broker)

        let reports = Mutex<[DriftReport]>([])
        let telemetry = ServiceTelemetry(drift: DriftMonitor(configuration: DriftMonitorConfiguration(windowEvents: 25)),
                                         inputTopics: [config.topics.tickets, config.topics.chat]) { report in
            reports.withLock { $0.append(report) }
        }
        let service = try StreamService(configuration: config, bootstrapServers: broker.bootstrapServers,
                                        enricher: Enricher(core: Fixtures.core), observer: telemetry, logger: Fixtures.logger)
        let total = inputs.records.count
        let lag = Mutex<[PartitionLag]>([])
        try await service.run(until: {
            let deadline = ContinuousClock.now + .seconds(90)
            while service.stats.value("enriched") + service.stats.value("dlq") < total, ContinuousClock.now < deadline {
                try? await Task.sleep(for: .milliseconds(20))
            }
            let snapshot = await service.consumerLag()
            lag.withLock { $0 = snapshot }
        })

        let registry = telemetry.registry
        let tickets = config.topics.tickets, chat = config.topics.chat
        func events(_ topic: String, _ outcome: String) -> Double {
            registry.value("supportstream_events_total", labels: ["topic": topic, "outcome": outcome])
        }
        let outputs = inputs.eventIDs.count + inputs.closedConversations.count
        #expect(Int(events(tickets, "enriched") + events(chat, "enriched") + events(tickets, "dlq")) == total)
        #expect(Int(events(tickets, "dlq")) == inputs.badCount)
        let dlqByReason = DecodeFailure.Reason.allCases.reduce(0.0) {
            $0 + registry.value("supportstream_dlq_total", labels: ["topic": tickets, "reason": $1.rawValue])
        }
        #expect(Int(dlqByReason) == inputs.badCount)
        // One decode and one publish per input record, one langid/triage per enriched output.
        func stageCount(_ stage: String) -> Int {
            Int(registry.observationCount("supportstream_stage_latency_seconds", labels: ["stage": stage]))
        }
        #expect(stageCount("decode") == total)
        #expect(stageCount("publish") == total)
        #expect(stageCount("langid") == outputs)
        #expect(stageCount("triage") == outputs)
        #expect(Int(registry.observationCount("supportstream_end_to_end_latency_seconds")) == total)

        // Drift: tickets and chat messages feed it (summaries do not); one report per 25 per topic.
        let ticketEvents = inputs.eventIDs.keys.filter { $0.hasPrefix("evt-t") }.count
        let observed = reports.withLock { $0 }
        let perTopic = Dictionary(grouping: observed, by: \.topic).mapValues(\.count)
        #expect(perTopic[tickets] == ticketEvents / 25)
        #expect(perTopic[chat] == (inputs.eventIDs.count - ticketEvents) / 25)
        #expect(observed.allSatisfy { $0.counts["events"] == 25 })
        #expect(registry.render().contains("supportstream_drift_psi{feature=\"language\",topic=\"support.tickets\"}"))

        // Lag was read for every partition of both input topics.
        let partitions = Set(lag.withLock { $0 }.map { "\($0.topic)/\($0.partition)" })
        #expect(partitions.count == 12)
    }
}
