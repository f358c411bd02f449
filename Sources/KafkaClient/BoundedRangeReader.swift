import Foundation
import Logging

/// Reads bounded offset ranges with assign and seek, outside any consumer group's progress.
///
/// Every reader uses its own throw-away group id (`<prefix>-<uuid>`) with auto-commit off and never
/// stores offsets, so replays can neither move nor read a production group's committed position.
/// ``plan(topics:from:to:)`` turns bounds into per-partition ranges; ``read(_:body:)`` delivers
/// each partition's records in offset order and returns once every partition reached its end.
public final class BoundedRangeReader: Sendable {
    /// Connection settings.
    public let connection: KafkaConfiguration
    /// How long reading may go without a record before the unfinished partitions are reported. Default: 15 s.
    public let idleTimeout: Duration
    /// Prefix of the throw-away group ids. Default: `supportstream-replay`.
    public let groupPrefix: String
    private let logger: Logger

    /// Creates a reader; no connection is made until ``plan(topics:from:to:)`` or ``read(_:body:)``.
    public init(connection: KafkaConfiguration, logger: Logger, idleTimeout: Duration = .seconds(15),
                groupPrefix: String = "supportstream-replay") {
        self.connection = connection
        self.logger = logger
        self.idleTimeout = idleTimeout
        self.groupPrefix = groupPrefix
    }

    /// The consumer settings of a replay: unique group, no auto-commit, no stored offsets.
    public func consumerConfiguration(bufferCapacity: Int = 1_024) -> KafkaConsumerConfiguration {
        var config = KafkaConsumerConfiguration(connection: connection,
                                                groupID: "\(groupPrefix)-\(UUID().uuidString.lowercased())")
        config.bufferCapacity = bufferCapacity
        config.connection.properties["enable.auto.commit"] = "false"
        config.connection.properties["enable.auto.offset.store"] = "false"
        config.assignmentStrategy = .eager
        return config
    }

    /// Resolves the bounds to one `[start, end)` range per partition of every topic.
    ///
    /// Offsets are clamped to the watermarks read now; `.end` is the current high watermark, so
    /// records written during the replay are not read. Times use `offsets_for_times` and fall back
    /// to a binary search over record timestamps when the broker answers `-1`.
    public func plan(topics: [String], from: ReplayBound, to: ReplayBound) async throws(KafkaError) -> [PartitionRange] {
        var probeConfig = consumerConfiguration(bufferCapacity: 8)
        // Timestamp probes each fetch one record at a new offset: don't let the broker hold fetches.
        probeConfig.connection.properties["fetch.wait.max.ms"] = "10"
        let consumer = try KafkaConsumer(configuration: probeConfig, logger: logger)
        do {
            let ranges = try await plan(topics: topics, from: from, to: to, consumer: consumer)
            await consumer.shutdown()
            return ranges
        } catch {
            await consumer.shutdown()
            throw error
        }
    }

    private func plan(topics: [String], from: ReplayBound, to: ReplayBound,
                      consumer: KafkaConsumer) async throws(KafkaError) -> [PartitionRange] {
        var search = TimestampOffsetSearch(consumer: consumer, probeTimeout: .seconds(10), logger: logger)
        var ranges: [PartitionRange] = []
        for topic in topics {
            let count = try await consumer.partitionCount(topic: topic)
            for partition in 0..<Int32(count) {
                let (low, high) = try await consumer.watermarks(topic: topic, partition: partition)
                func resolve(_ bound: ReplayBound) async throws(KafkaError) -> Int64 {
                    switch bound {
                    case .beginning: return low
                    case .end: return high
                    case let .offset(offset): return min(max(offset, low), high)
                    case let .timestamp(ms):
                        guard high > low else { return high }
                        let answer = try await consumer.offsetsForTimes([TopicPartition(topic: topic, partition: partition, offset: ms)])
                        if let offset = answer.first?.offset, offset >= 0 { return min(max(offset, low), high) }
                        // -1 means "no record at or after that time", but some brokers always answer -1.
                        return try await search.firstOffset(topic: topic, partition: partition, atOrAfter: ms, low: low, high: high)
                    }
                }
                let start = try await resolve(from)
                let end = try await resolve(to)
                ranges.append(PartitionRange(topic: topic, partition: partition, start: start, end: max(start, end)))
            }
        }
        logger.debug("replay plan", metadata: ["ranges": "\(ranges.map(\.description).joined(separator: ","))"])
        return ranges
    }

    /// Reads every non-empty range, calling `body` for each record in offset order per partition.
    ///
    /// Returns the ranges that did not reach their end because no record arrived for
    /// ``idleTimeout`` (for example when retention deleted them mid-replay); empty on success.
    public func read(_ ranges: [PartitionRange],
                     body: (KafkaMessage) async throws -> Void) async throws -> [PartitionRange] {
        let active = ranges.filter { $0.count > 0 }
        guard !active.isEmpty else { return [] }
        let consumer = try KafkaConsumer(configuration: consumerConfiguration(), logger: logger)
        var remaining = Dictionary(uniqueKeysWithValues: active.map { ($0.topicPartition, $0) })
        do {
            try consumer.assign(active.map { TopicPartition(topic: $0.topic, partition: $0.partition, offset: $0.start) })
            while !remaining.isEmpty {
                let step = await RecordWait.next(from: consumer, within: idleTimeout)
                guard case let .message(message) = step else {
                    logger.warning("replay stopped before the end of some partitions",
                                   metadata: ["partitions": "\(remaining.values.map(\.description).sorted().joined(separator: ","))"])
                    break
                }
                let key = message.topicPartition
                guard let range = remaining[key], message.offset >= range.start else { continue }
                if message.offset < range.end { try await body(message) }
                if message.offset >= range.end - 1 {
                    remaining[key] = nil
                    try? consumer.pause([key])
                }
            }
        } catch {
            await consumer.shutdown()
            throw error
        }
        await consumer.shutdown()
        return remaining.values.sorted { ($0.topic, $0.partition) < ($1.topic, $1.partition) }
    }
}
