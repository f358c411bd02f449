import Foundation
import KafkaClient
import Pipeline
import Testing

@Suite("Stage timeout and stalled workers", .serialized)
struct StallTests {
    static func ticket(_ id: String) -> KafkaProducerMessage {
        let object: [String: Any] = ["kind": "ticket", "event_id": id, "ticket_id": "T-\(id)", "occurred_at": "2026-11-27T10:00:00Z",
                                     "body": "My card was declined twice today, please help."]
        return KafkaProducerMessage(topic: "support.tickets", key: Array("T-\(id)".utf8),
                                    value: Array(try! JSONSerialization.data(withJSONObject: object, options: .sortedKeys)))
    }

    @Test("a record whose stage runs past stage_timeout_ms goes to the DLQ with reason timeout; the others are enriched")
    func slowStageGoesToDLQ() async throws {
        let broker = try EndToEndTests.startBroker()
        defer { broker.shutdown() }
        var config = EndToEndTests.configuration(workers: 1, group: "stage-timeout")
        config.stageTimeoutMs = 50
        let ids = ["evt-fast-1", "evt-slow", "evt-fast-2"]
        try await EndToEndTests.send(ids.map(Self.ticket), broker: broker)
        let service = try StreamService(configuration: config, bootstrapServers: broker.bootstrapServers,
                                        enricher: Enricher(core: Fixtures.core), logger: Fixtures.logger,
                                        environment: [DeadLetterKey.environmentVariable: DeadLetterPayloadTests.keyA]) { event in
            // An injected slow stage: CPU-bound work the worker cannot be pre-empted from.
            if case let .ticket(ticket) = event, ticket.eventID == "evt-slow" { Thread.sleep(forTimeInterval: 0.5) }
        }
        try await service.run(until: {
            let deadline = ContinuousClock.now + .seconds(30)
            while service.stats.value("enriched") + service.stats.value("dlq") < ids.count, ContinuousClock.now < deadline {
                try? await Task.sleep(for: .milliseconds(20))
            }
        })
        let dead = try await EndToEndTests.drain("support.dlq", broker: broker, count: 1, timeout: .seconds(20))
        let enriched = try await EndToEndTests.drain("support.enriched", broker: broker, count: 2, timeout: .seconds(20))
        #expect(dead.count == 1)
        let record = try #require(dead.first.flatMap { Fixtures.object($0.value) })
        #expect(record["reason_code"] as? String == "timeout")
        #expect(dead.first?.headers.string(for: "reason_code") == "timeout")
        // Through the service, the dead letter is encrypted with the key from the environment and decrypts to the input.
        #expect(record["original_base64"] == nil && record["original_encrypted"] is [String: Any])
        let key = try DeadLetterKey(base64: DeadLetterPayloadTests.keyA)
        let original = try DeadLetterRestorer(key: key, format: .raw).restore(line: try #require(dead.first).value)
        #expect(original == Self.ticket("evt-slow").value)
        #expect(Set(enriched.compactMap { $0.headers.string(for: "event_id") }) == ["evt-fast-1", "evt-fast-2"])
        #expect(service.stats.value("dlq") == 1 && service.stats.value("enriched") == 2)
    }

    @Test("a record that starts after the watchdog read its clock is neither stalled nor timed out")
    func progressAfterTheClockReadIsNotAStall() {
        let watchdog = ProcessingWatchdog(stageTimeout: .milliseconds(10), stallAfter: .milliseconds(50), logger: Fixtures.logger)
        let slot = watchdog.register(worker: 0) { true }
        // The watchdog thread reads the clock, then the worker begins a record before the pass looks at it:
        // the pass sees timestamps later than its `now`. Wrapping subtraction made that a ~584-year idle time.
        let before = DispatchTime.now().uptimeNanoseconds
        slot.begin("support.tickets[0]@1")
        watchdog.tick(now: before)
        #expect(watchdog.stalledWorkers == 0)
        #expect(slot.end() == false)
        // A real stall is still seen: one second later, with work waiting and no progress.
        watchdog.tick(now: DispatchTime.now().uptimeNanoseconds + 1_000_000_000)
        #expect(watchdog.stalledWorkers == 1)
    }

    @Test("a batch of N records gets N-1 stage timeouts on top of the stall limit before it counts as stalled")
    func batchStallAllowance() {
        let watchdog = ProcessingWatchdog(stageTimeout: .milliseconds(100), stallAfter: .milliseconds(300), logger: Fixtures.logger)
        let slot = watchdog.register(worker: 0) { true }
        let start = DispatchTime.now().uptimeNanoseconds
        slot.begin("support.tickets[0]@1 and 9 more", records: 10)
        // 1 s in: every record could still be within its own 100 ms, so not stalled (0.3 s + 9 × 0.1 s).
        watchdog.tick(now: start + 1_000_000_000)
        #expect(watchdog.stalledWorkers == 0)
        // 1.5 s in: past the allowance, so stalled.
        watchdog.tick(now: start + 1_500_000_000)
        #expect(watchdog.stalledWorkers == 1)
        _ = slot.end()
        // A single record keeps the plain stall limit.
        let single = DispatchTime.now().uptimeNanoseconds
        slot.begin("support.tickets[0]@11")
        watchdog.tick(now: single + 200_000_000)
        #expect(watchdog.stalledWorkers == 0)
        watchdog.tick(now: single + 400_000_000)
        #expect(watchdog.stalledWorkers == 1)
        _ = slot.end()
    }

    @Test("a worker stuck in one record is reported stalled, and recovers when the record returns")
    func stalledWorker() async throws {
        let watchdog = ProcessingWatchdog(stageTimeout: .milliseconds(10), stallAfter: .milliseconds(50), logger: Fixtures.logger)
        let idle = watchdog.register(worker: 1) { false }
        let stuck = watchdog.register(worker: 0) { true }
        watchdog.start()
        defer { watchdog.stop() }
        #expect(watchdog.stalledWorkers == 0)
        stuck.begin("support.tickets[0]@7")
        let deadline = ContinuousClock.now + .seconds(20)
        while watchdog.stalledWorkers == 0, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(10)) }
        #expect(watchdog.stalledWorkers == 1, "only the worker with work is stalled, not the idle one")
        #expect(stuck.end(), "the record ran past the deadline")
        // With work waiting (hasWork) but progress just made, the stall clears.
        while watchdog.stalledWorkers > 0, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(10)) }
        #expect(watchdog.stalledWorkers == 0)
        // A deliberate wait (a state rebuild) with work waiting is not a stall: after several stall
        // periods inside it, the worker is still not reported; once the wait ends and nothing moves, it is.
        stuck.beginWait()
        for _ in 0..<4 {
            let ticks = ContinuousClock.now + .milliseconds(60)
            while ContinuousClock.now < ticks { try await Task.sleep(for: .milliseconds(10)) }
            #expect(watchdog.stalledWorkers == 0)
        }
        stuck.endWait()
        while watchdog.stalledWorkers == 0, ContinuousClock.now < deadline + .seconds(20) { try await Task.sleep(for: .milliseconds(10)) }
        #expect(watchdog.stalledWorkers == 1)
        _ = idle
    }
}
