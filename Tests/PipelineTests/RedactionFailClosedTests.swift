import Foundation
import KafkaClient
import Pipeline
import Testing
import TextInference

/// Redaction settings from the configuration, and the fail-closed path to the DLQ.
@Suite("Redaction fails closed", .serialized)
struct RedactionFailClosedTests {
    /// The shipped core with a redactor that accepts at most `limit` scalars per field.
    static func core(limit: Int) -> InferenceCore {
        let base = Fixtures.core
        return InferenceCore(languageIdentifier: base.languageIdentifier,
                             redactor: Redactor(configuration: RedactorConfiguration(maxFieldScalars: limit)),
                             triageClassifier: base.triageClassifier, routing: base.routing, summarizer: base.summarizer)
    }

    static func ticket(_ id: String, subject: String, body: String) throws -> [UInt8] {
        let object: [String: Any] = ["kind": "ticket", "event_id": id, "ticket_id": "T-" + id,
                                     "occurred_at": "2026-11-27T10:00:00Z", "subject": subject, "body": body]
        return Array(try JSONSerialization.data(withJSONObject: object))
    }

    @Test("redaction.operators, max_field_chars and the pseudonym key are read; bad values name the key")
    func configuration() throws {
        let path = NSTemporaryDirectory() + "ss-redaction-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(#"{"redaction":{"operators":{"EMAIL":"mask","PERSON":"pseudonym","SECRET":"drop"},"max_field_chars":5000}}"#.utf8)
            .write(to: URL(fileURLWithPath: path))
        let config = try ServiceConfiguration.load(path: path, environment: ["SUPPORTSTREAM_PSEUDONYM_KEY": "c2VjcmV0LWtleQ=="])
        #expect(config.redaction.operators == [.email: .mask, .person: .pseudonym, .secret: .drop])
        #expect(config.redaction.maxFieldChars == 5000)
        #expect(config.redaction.pseudonymKey == Array("secret-key".utf8))
        #expect(!config.redaction.redactorConfiguration.pseudonymsLackKey)
        #expect(ServiceConfiguration().redaction.operators.isEmpty)
        #expect(ServiceConfiguration().redaction.maxFieldChars == 100_000)

        try Data(#"{"redaction":{"operators":{"EMAIL":"hash"}}}"#.utf8).write(to: URL(fileURLWithPath: path))
        #expect {
            try ServiceConfiguration.load(path: path, environment: [:])
        } throws: { error in return "\(error)".contains("redaction.operators.EMAIL") }
        #expect {
            try ServiceConfiguration.load(path: nil, environment: ["SUPPORTSTREAM_PSEUDONYM_KEY": "%%%"])
        } throws: { error in return "\(error)".contains("SUPPORTSTREAM_PSEUDONYM_KEY") }
    }

    @Test("offline: a field over the limit rejects the whole event with redaction_failed")
    func offline() async throws {
        let offline = OfflineEnrichment(enricher: Enricher(core: Self.core(limit: 200)), decoder: EventDecoder(), shards: 1)
        let big = String(repeating: "Call me at +44 20 7946 0958. ", count: 20)
        let outcomes = await offline.run(lines: [
            try Self.ticket("ok", subject: "Card blocked", body: "mail anna@example.com please"),
            try Self.ticket("big", subject: "Mail anna@example.com", body: big),
        ])
        guard case let .events(events) = outcomes[0] else { Issue.record("small ticket was not enriched"); return }
        #expect(events.first?.redacted.body == "mail <EMAIL_1> please")
        guard case let .failure(failure) = outcomes[1] else { Issue.record("oversized field was not rejected"); return }
        #expect(failure.reason == .redactionFailed)
        #expect(!failure.message.contains("anna") && !failure.message.contains("7946"))
    }

    @Test("stream: the event goes to the DLQ with redaction_failed and nothing reaches the enriched topic")
    func stream() async throws {
        let broker = try EmbeddedBroker(brokers: 1, logger: Fixtures.logger)
        defer { broker.shutdown() }
        for topic in try TopicDefinition.loadAll(from: Fixtures.topicsDir) {
            try broker.createTopic(topic.name, partitions: 1)
        }
        let secret = "zebulon.quasimodo@example.com"
        let producer = try KafkaProducer(configuration: KafkaProducerConfiguration(
            connection: KafkaConfiguration(bootstrapServers: broker.bootstrapServers)), logger: Fixtures.logger)
        try await producer.send(KafkaProducerMessage(topic: "support.tickets", key: Array("T-1".utf8), value: try Self.ticket(
            "evt-big", subject: "Mail " + secret, body: String(repeating: "My mail is " + secret + ". ", count: 20))))
        producer.close()

        var config = ServiceConfiguration()
        config.workers = 1
        config.groupID = "fail-closed"
        config.statePath = NSTemporaryDirectory() + "ss-failclosed-\(UUID().uuidString).sqlite"
        let service = try StreamService(configuration: config, bootstrapServers: broker.bootstrapServers,
                                        enricher: Enricher(core: Self.core(limit: 300)), logger: Fixtures.logger)
        try await service.run(until: {
            let deadline = ContinuousClock.now + .seconds(30)
            while service.stats.value("enriched") + service.stats.value("dlq") < 1, ContinuousClock.now < deadline {
                try? await Task.sleep(for: .milliseconds(20))
            }
        })
        #expect(service.stats.value("dlq") == 1)
        #expect(service.stats.value("enriched") == 0)
        let dead = try await EndToEndTests.drain("support.dlq", broker: broker, count: 1, timeout: .seconds(20))
        #expect(dead.count == 1)
        let record = dead.first.flatMap { Fixtures.object($0.value) }
        #expect(record?["reason_code"] as? String == "redaction_failed")
        // No text of the event is kept in the DLQ, in any payload form.
        let plain: String = (record?["original_base64"] as? String) ?? ""
        #expect(plain.isEmpty, "no text of the event is kept in the DLQ")
        let encryptedObject: [String: Any] = (record?["original_encrypted"] as? [String: Any]) ?? [:]
        let ciphertext: String = (encryptedObject["ciphertext"] as? String) ?? ""
        #expect(ciphertext.isEmpty)
        let rawRecord: [UInt8] = dead.first?.value ?? []
        let recordText = String(decoding: rawRecord, as: UTF8.self)
        #expect(!recordText.contains(secret))
        let reason = record?["reason"] as? String ?? secret
        #expect(!reason.contains(secret))
    }
}
