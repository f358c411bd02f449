import Foundation
import KafkaClient
import Pipeline
import Testing

@Suite("Outputs Kafka refuses for good", .serialized)
struct PublishRejectionTests {
    /// A ticket event as one JSON line.
    static func ticket(id: String, body: String) -> [UInt8] {
        let object: [String: Any] = ["kind": "ticket", "event_id": "ev-\(id)", "ticket_id": "T-REJECT", "occurred_at": "2024-06-03T07:00:00Z",
                                     "subject": "Card payment failed", "body": body]
        return Array(try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]))
    }

    /// One worker whose producer refuses records over 20,000 bytes, with plain dead letters.
    static func smallMessageConfiguration(group: String) -> ServiceConfiguration {
        var config = EndToEndTests.configuration(workers: 1, group: group)
        config.kafkaProperties["message.max.bytes"] = "20000"
        config.dlqPayload = .plain
        return config
    }

    @Test("an enriched event over message.max.bytes sends its source to the DLQ (without the original if that is too large too), and the partition goes on")
    func oversizedOutputGoesToDLQ() async throws {
        let broker = try EndToEndTests.startBroker()
        defer { broker.shutdown() }
        let config = Self.smallMessageConfiguration(group: "reject")
        let big = Self.ticket(id: "big", body: String(repeating: "The card payment failed again today at the shop. ", count: 600))
        let small = Self.ticket(id: "small", body: "My card payment failed, please help.")
        #expect(big.count > 25_000)
        try await EndToEndTests.send([KafkaProducerMessage(topic: config.topics.tickets, key: Array("T-REJECT".utf8), value: big),
                                      KafkaProducerMessage(topic: config.topics.tickets, key: Array("T-REJECT".utf8), value: small)],
                                     broker: broker)
        let service = try StreamService(configuration: config, bootstrapServers: broker.bootstrapServers,
                                        enricher: Enricher(core: Fixtures.core), logger: Fixtures.logger)
        let stop = StopSignal()
        let running = Task { try await service.run(until: { await stop.wait() }) }
        let enriched = try await EndToEndTests.drain(config.topics.enriched, broker: broker, count: 1, timeout: .seconds(30))
        let dead = try await EndToEndTests.drain(config.topics.dlq, broker: broker, count: 1, timeout: .seconds(20))
        stop.fire()
        try await running.value

        // The small ticket behind the refused one was enriched: the partition did not stop.
        #expect(enriched.compactMap { Fixtures.object($0.value)?["event_id"] as? String } == ["ev-small"])
        #expect(dead.count == 1)
        let letter = dead.first.flatMap { Fixtures.object($0.value) } ?? [:]
        #expect(letter["reason_code"] as? String == "publish_rejected")
        #expect(dead.first?.headers.string(for: "reason_code") == "publish_rejected")
        #expect((letter["source"] as? [String: Any])?["offset"] as? Int == 0)
        #expect(letter["original_size_bytes"] as? Int == big.count)
        // Base64 of the original would exceed the limit too, so the letter went again without it.
        #expect(letter["original_base64"] == nil)
        #expect(letter["original_truncated"] as? Bool == true)
        #expect((letter["reason"] as? String)?.contains("MSG_SIZE_TOO_LARGE") == true)
        #expect(service.stats.value("publish_rejected") == 2)
        #expect(service.stats.value("dlq") == 1)
        #expect(service.stats.value("enriched") == 1)
    }

    @Test("a dead letter Kafka refuses is sent again without the original and keeps its own reason")
    func oversizedLetterKeepsItsReason() async throws {
        let broker = try EndToEndTests.startBroker()
        defer { broker.shutdown() }
        let config = Self.smallMessageConfiguration(group: "reject-letter")
        // Not JSON, and large enough that its letter (which carries the original in base64) is refused.
        let garbage = Array(String(repeating: "not json at all ", count: 1_600).utf8)
        let small = Self.ticket(id: "after", body: "My card payment failed, please help.")
        try await EndToEndTests.send([KafkaProducerMessage(topic: config.topics.tickets, key: Array("T-REJECT".utf8), value: garbage),
                                      KafkaProducerMessage(topic: config.topics.tickets, key: Array("T-REJECT".utf8), value: small)],
                                     broker: broker)
        let outcomes = OutcomeRecorder()
        let service = try StreamService(configuration: config, bootstrapServers: broker.bootstrapServers,
                                        enricher: Enricher(core: Fixtures.core), observer: outcomes, logger: Fixtures.logger)
        let stop = StopSignal()
        let running = Task { try await service.run(until: { await stop.wait() }) }
        _ = try await EndToEndTests.drain(config.topics.enriched, broker: broker, count: 1, timeout: .seconds(30))
        let dead = try await EndToEndTests.drain(config.topics.dlq, broker: broker, count: 1, timeout: .seconds(20))
        stop.fire()
        try await running.value

        let letter = dead.first.flatMap { Fixtures.object($0.value) } ?? [:]
        #expect(letter["reason_code"] as? String == "invalid_json")
        #expect(letter["original_base64"] == nil)
        #expect(letter["original_truncated"] as? Bool == true)
        #expect(letter["original_size_bytes"] as? Int == garbage.count)
        #expect(service.stats.value("publish_rejected") == 1)
        // The record's outcome keeps the decode reason: its enriched output was never refused.
        #expect(outcomes.completions.contains { $0.outcome == "dlq" && $0.reason == "invalid_json" })
        #expect(!outcomes.completions.contains { $0.reason == "publish_rejected" })
    }

    @Test("only size and invalid-record failures count as refused for good")
    func rejectionCodes() {
        #expect(KafkaError.produceFailed(code: 10, reason: "").isRecordRejected)    // MSG_SIZE_TOO_LARGE
        #expect(KafkaError.deliveryFailed(code: 18, reason: "").isRecordRejected)   // RECORD_LIST_TOO_LARGE
        #expect(KafkaError.deliveryFailed(code: 87, reason: "").isRecordRejected)   // INVALID_RECORD
        #expect(!KafkaError.deliveryFailed(code: 7, reason: "").isRecordRejected)   // REQUEST_TIMED_OUT
        #expect(!KafkaError.deliveryFailed(code: 6, reason: "").isRecordRejected)   // NOT_LEADER_FOR_PARTITION
        #expect(!KafkaError.produceFailed(code: -184, reason: "").isRecordRejected) // _QUEUE_FULL
        #expect(!KafkaError.closed.isRecordRejected)
        #expect(KafkaError.produceFailed(code: 10, reason: "").codeName == "MSG_SIZE_TOO_LARGE")
    }

    @Test("a dead letter loses its original bytes only on request, keeping reason and source")
    func strippedLetter() throws {
        let source = KafkaMessage(topic: "support.tickets", partition: 2, offset: 41, key: Array("k".utf8), value: Array("{\"x\":1}".utf8))
        let letter = DeadLetter.message(for: source, failure: DecodeFailure(.invalidJSON, "bad"), topic: "support.dlq",
                                        payload: DeadLetterPayload(mode: .plain))
        let stripped = try #require(DeadLetter.withoutOriginal(letter))
        let object = Fixtures.object(stripped.value) ?? [:]
        #expect(object["original_base64"] == nil)
        #expect(object["original_truncated"] as? Bool == true)
        #expect(object["reason_code"] as? String == "invalid_json")
        #expect((object["source"] as? [String: Any])?["offset"] as? Int == 41)
        #expect(stripped.key == letter.key && stripped.headers.count == letter.headers.count)
        // Nothing left to strip.
        #expect(DeadLetter.withoutOriginal(stripped) == nil)
    }
}

/// Records the outcome of every completed record.
final class OutcomeRecorder: StreamObserver, @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [(outcome: String, reason: String?)] = []

    /// The outcomes so far, in completion order.
    var completions: [(outcome: String, reason: String?)] {
        lock.withLock { recorded }
    }

    func decoded(topic: String, microseconds: Int64) {}
    func enriched(_ events: [EnrichedEvent], topic: String) {}
    func completed(topic: String, partition: Int32, outcome: String, dlqReason: String?,
                   publishMicroseconds: Int64, endToEndMicroseconds: Int64?) {
        lock.withLock { recorded.append((outcome, dlqReason)) }
    }
}
