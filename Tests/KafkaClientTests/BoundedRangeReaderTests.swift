import Foundation
import KafkaClient
import Testing

@Suite("Bounded replay ranges", .serialized)
struct BoundedRangeReaderTests {
    static let base: Int64 = 1_750_000_000_000

    /// 30 records over 3 partitions; record i goes to partition i % 3 with timestamp base + i s.
    func seeded(_ topic: String) async throws -> EmbeddedBroker {
        let broker = try EmbeddedBroker(brokers: 1, logger: KafkaTestSupport.logger)
        try broker.createTopic(topic, partitions: 3)
        let producer = try KafkaTestSupport.producer(broker)
        for index in 0..<30 {
            try await producer.send(KafkaProducerMessage(topic: topic, partition: Int32(index % 3), key: nil,
                                                         value: Array("r\(index)".utf8), timestampMs: Self.base + Int64(index) * 1_000))
        }
        producer.close()
        return broker
    }

    func readAll(_ reader: BoundedRangeReader, _ ranges: [PartitionRange]) async throws -> ([String], [PartitionRange]) {
        let collected = Collected()
        let incomplete = try await reader.read(ranges) { message in
            collected.append(String(decoding: message.value, as: UTF8.self), message.partition, message.offset)
        }
        return (collected.values, incomplete)
    }

    @Test("an offset range reads exactly [start, end) of every partition, in order")
    func offsetRange() async throws {
        let broker = try await seeded("range-offsets")
        defer { broker.shutdown() }
        let reader = BoundedRangeReader(connection: KafkaConfiguration(bootstrapServers: broker.bootstrapServers),
                                        logger: KafkaTestSupport.logger)
        let ranges = try await reader.plan(topics: ["range-offsets"], from: .offset(2), to: .offset(5))
        #expect(ranges == (0..<3).map { PartitionRange(topic: "range-offsets", partition: $0, start: 2, end: 5) })
        let (values, incomplete) = try await readAll(reader, ranges)
        #expect(incomplete.isEmpty)
        // Partition p, offset o holds record 3·o + p.
        let expected = (0..<3).flatMap { p in (2..<5).map { o in "r\(3 * o + p)" } }
        #expect(values.sorted() == expected.sorted())
        let whole = try await reader.plan(topics: ["range-offsets"], from: .beginning, to: .end)
        #expect(whole.map(\.count) == [10, 10, 10])
        #expect(try await readAll(reader, whole).0.count == 30)
    }

    @Test("a time range finds its offsets by binary search when the broker answers -1")
    func timeRange() async throws {
        let broker = try await seeded("range-times")
        defer { broker.shutdown() }
        let reader = BoundedRangeReader(connection: KafkaConfiguration(bootstrapServers: broker.bootstrapServers),
                                        logger: KafkaTestSupport.logger)
        // [base + 6 s, base + 15 s): records 6 … 14.
        let ranges = try await reader.plan(topics: ["range-times"], from: .timestamp(Self.base + 6_000),
                                           to: .timestamp(Self.base + 15_000))
        #expect(ranges.map(\.start) == [2, 2, 2])
        #expect(ranges.map(\.end) == [5, 5, 5])
        let (values, incomplete) = try await readAll(reader, ranges)
        #expect(incomplete.isEmpty)
        #expect(values.sorted() == (6..<15).map { "r\($0)" }.sorted())
        // A time between records, and times before the first and after the last record.
        let between = try await reader.plan(topics: ["range-times"], from: .timestamp(Self.base + 6_500), to: .end)
        // Partition 0 offset 2 is record 6 (6.0 s, too early); partitions 1 and 2 start with records 7 and 8.
        #expect(between.map(\.start) == [3, 2, 2])
        let outside = try await reader.plan(topics: ["range-times"], from: .timestamp(Self.base - 1),
                                            to: .timestamp(Self.base + 100_000))
        #expect(outside.map(\.start) == [0, 0, 0])
        #expect(outside.map(\.end) == [10, 10, 10])
    }
}

/// Records read by a replay, in delivery order per partition.
final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [(String, Int32, Int64)] = []

    func append(_ value: String, _ partition: Int32, _ offset: Int64) {
        lock.withLock { items.append((value, partition, offset)) }
    }

    /// The values; checks offsets increase within each partition.
    var values: [String] {
        lock.withLock {
            var last: [Int32: Int64] = [:]
            for (_, partition, offset) in items {
                precondition(offset > (last[partition] ?? -1), "out of order")
                last[partition] = offset
            }
            return items.map(\.0)
        }
    }
}
