import Foundation
import KafkaClient
import Pipeline
import Testing

@Suite("Scanning a topic for a drift baseline", .serialized)
struct TopicRangeReaderTests {
    @Test("reads every partition to its end once, and filters by record timestamp")
    func scansToEnd() async throws {
        let broker = try EndToEndTests.startBroker()
        defer { broker.shutdown() }
        let records = (0..<40).map { index in
            KafkaProducerMessage(topic: "support.enriched", key: Array("k\(index % 7)".utf8), value: Array("{\"n\":\(index)}".utf8))
        }
        try await EndToEndTests.send(records, broker: broker)
        var reader = TopicRangeReader(connection: KafkaConfiguration(bootstrapServers: broker.bootstrapServers))
        reader.idleTimeout = .seconds(20)
        var seen: [String] = []
        try await reader.scan(topic: "support.enriched", fromMs: nil, toMs: nil, logger: Fixtures.logger) {
            seen.append(String(decoding: $0.value, as: UTF8.self))
        }
        #expect(seen.count == 40)
        #expect(Set(seen).count == 40)
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        var future = 0
        try await reader.scan(topic: "support.enriched", fromMs: now + 3_600_000, toMs: nil, logger: Fixtures.logger) { _ in future += 1 }
        #expect(future == 0)
        var past = 0
        try await reader.scan(topic: "support.enriched", fromMs: now - 3_600_000, toMs: now + 3_600_000, logger: Fixtures.logger) { _ in past += 1 }
        #expect(past == 40)
    }
}
