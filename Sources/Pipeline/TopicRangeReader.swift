import Foundation
import KafkaClient
import Logging

/// Reads a topic from its low watermarks up to the high watermarks seen at the start, keeping records
/// whose Kafka timestamp falls in a time range. Commits nothing (a throw-away group, manual assignment).
///
/// Offsets for times are not used (the embedded broker does not support them), so the whole retained
/// topic is scanned.
public struct TopicRangeReader: Sendable {
    /// Bootstrap servers and client properties.
    public var connection: KafkaConfiguration
    /// Seconds without a record after which the scan gives up on the remaining partitions. Default: 10.
    public var idleTimeout: Duration = .seconds(10)

    /// Creates a reader.
    public init(connection: KafkaConfiguration) {
        self.connection = connection
    }

    /// Calls `body` with each record of `topic` whose timestamp is in `from ..< to` (milliseconds; nil = open).
    public func scan(topic: String, fromMs: Int64?, toMs: Int64?, logger: Logger,
                     _ body: (KafkaMessage) -> Void) async throws(KafkaError) {
        let consumer = try KafkaConsumer(
            configuration: KafkaConsumerConfiguration(connection: connection, groupID: "supportstream-scan-\(UUID().uuidString)"),
            logger: logger)
        defer { consumer.close() }
        let partitions = try await consumer.partitionCount(topic: topic)
        var ends: [Int32: Int64] = [:]
        var starts: [TopicPartition] = []
        for partition in 0..<Int32(partitions) {
            let marks = try await consumer.watermarks(topic: topic, partition: partition)
            if marks.high > marks.low {
                ends[partition] = marks.high
                starts.append(TopicPartition(topic: topic, partition: partition, offset: marks.low))
            }
        }
        guard !starts.isEmpty else { return }
        try consumer.assign(starts)
        while !ends.isEmpty {
            guard let message = await Self.next(consumer, timeout: idleTimeout) else {
                logger.warning("scan stopped: no record within the idle timeout", metadata: ["partitions_left": "\(ends.count)"])
                return
            }
            guard let end = ends[message.partition] else { continue }
            if message.offset + 1 >= end { ends[message.partition] = nil }
            guard message.offset < end else { continue }
            let timestamp = message.timestampMs ?? 0
            if let fromMs, timestamp < fromMs { continue }
            if let toMs, timestamp >= toMs { continue }
            body(message)
        }
    }

    /// The next record, or nil after `timeout`; a record arriving as the timer fires is kept.
    static func next(_ consumer: KafkaConsumer, timeout: Duration) async -> KafkaMessage? {
        await withTaskGroup(of: KafkaMessage?.self) { group in
            group.addTask { await consumer.next() }
            group.addTask { try? await Task.sleep(for: timeout); return nil }
            var result = await group.next() ?? nil
            group.cancelAll()
            for await rest in group where result == nil { result = rest }
            return result
        }
    }
}
