import Foundation
import KafkaClient
import Pipeline
import Storage
import Testing

@Suite("Replay through the embedded broker", .serialized)
struct ReplayTests {
    /// Replays `ranges` with a fresh engine and returns the backtest rows in arrival order.
    static func replay(_ reader: BoundedRangeReader, _ ranges: [PartitionRange]) async throws -> [BacktestRow] {
        let engine = ReplayEngine(enricher: Enricher(core: Fixtures.core), decoder: EventDecoder())
        var rows: [BacktestRow] = []
        let incomplete = try await reader.read(ranges) { message in
            rows += ReplayEngine.rows(for: message, outcome: engine.process(message))
        }
        #expect(incomplete.isEmpty)
        return rows
    }

    @Test("two replays of the same range with the same models give identical enriched fields")
    func deterministic() async throws {
        let broker = try EndToEndTests.startBroker()
        defer { broker.shutdown() }
        let tickets = try Fixtures.lines("tickets.jsonl")
        let chat = try Fixtures.lines("chat.jsonl")
        var records: [KafkaProducerMessage] = []
        for (topic, lines) in [("support.tickets", tickets), ("support.chat", chat)] {
            for line in lines {
                let object = Fixtures.object(line) ?? [:]
                let key = (object["ticket_id"] ?? object["conversation_id"]) as? String ?? ""
                records.append(KafkaProducerMessage(topic: topic, key: Array(key.utf8), value: line))
            }
        }
        try await EndToEndTests.send(records, broker: broker)
        let reader = BoundedRangeReader(connection: KafkaConfiguration(bootstrapServers: broker.bootstrapServers),
                                        logger: Fixtures.logger)
        let ranges = try await reader.plan(topics: ["support.tickets", "support.chat"], from: .beginning, to: .end)
        #expect(ranges.reduce(0) { $0 + $1.count } == Int64(tickets.count + chat.count))
        let first = try await Self.replay(reader, ranges).sorted { $0.eventID < $1.eventID }
        let second = try await Self.replay(reader, ranges).sorted { $0.eventID < $1.eventID }
        let closed = chat.filter { (Fixtures.object($0)?["kind"] as? String) == "chat_closed" }.count
        // One row per ticket and chat message, one summary per closed conversation.
        #expect(first.count == tickets.count + chat.count)
        #expect(first.filter { $0.kind == "conversation_summary" }.count == closed)
        #expect(first.allSatisfy { $0.status == "ok" && !$0.enrichedJSON.contains("latency_us\":{\"") })
        #expect(first.map(\.eventID) == second.map(\.eventID))
        #expect(first.map(\.enrichedJSON) == second.map(\.enrichedJSON))

        // A sub-range by offset holds exactly the records at those offsets.
        let window = try await reader.plan(topics: ["support.tickets"], from: .offset(3), to: .offset(6))
        let rows = try await Self.replay(reader, window)
        #expect(rows.count == window.reduce(0) { $0 + Int($1.count) })
        #expect(rows.allSatisfy { ($0.sourceOffset ?? -1) >= 3 && ($0.sourceOffset ?? 99) < 6 && $0.sourceTopic == "support.tickets" })
        let expected = Set(first.filter { $0.sourceTopic == "support.tickets" && (3..<6).contains($0.sourceOffset ?? -1) }.map(\.eventID))
        #expect(Set(rows.map(\.eventID)) == expected)
    }

    @Test("archive lines round-trip and file input honours offset and time bounds")
    func archiveInput() throws {
        let records = (0..<6).map { index in
            KafkaMessage(topic: "support.tickets", partition: Int32(index % 2), offset: Int64(index / 2), key: Array("k\(index)".utf8),
                         value: Array("v\(index)".utf8), timestampMs: 1_000 * Int64(index))
        }
        var data = Data()
        for record in records.reversed() { data += Data(ArchiveRecord(record).line()) + Data("\n".utf8) }
        let loaded = ArchiveRecord.load(data)
        #expect(loaded.map(\.value) == [0, 2, 4, 1, 3, 5].map { Array("v\($0)".utf8) })
        #expect(loaded.first?.key == Array("k0".utf8))
        #expect(ReplayBounds.filter(loaded, from: .offset(1), to: .offset(2)).map(\.value) == [Array("v2".utf8), Array("v3".utf8)])
        let byTime = ReplayBounds.filter(loaded, from: ReplayBounds.parse("1970-01-01T00:00:02Z")!,
                                         to: ReplayBounds.parse("1970-01-01T00:00:04.500Z")!)
        #expect(byTime.map(\.value) == [2, 4, 3].map { Array("v\($0)".utf8) })
        #expect(ReplayBounds.parse("beginning") == .beginning)
        #expect(ReplayBounds.parse("12") == .offset(12))
        #expect(ReplayBounds.parse("yesterday") == nil)
        // Plain event lines become topic "file", partition 0, offset = line number - 1.
        let plain = ArchiveRecord.load(Data("{\"a\":1}\n\n{\"b\":2}\n".utf8))
        #expect(plain.map(\.offset) == [0, 2])
    }
}
