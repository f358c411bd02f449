import CRdKafka
import Logging

/// Finds the first offset at or after a time by binary search over record timestamps.
///
/// The fallback for brokers whose `offsets_for_times` answers `-1` (the embedded mock cluster
/// always does). Each probe positions the partition at the middle offset and reads one record, so
/// a search costs about log₂(high − low) fetches. The first probe of a partition assigns it; the
/// next ones seek, because replacing an assignment whose fetcher has not started yet aborts
/// librdkafka 2.0.2 (assertion `rktp_started` in `rd_kafka_assignment_partition_stopped`). It assumes timestamps do not decrease along a
/// partition, which holds for broker `LogAppendTime` and, near enough, for producer `CreateTime`.
struct TimestampOffsetSearch {
    /// A consumer used only for probes; it never commits.
    let consumer: KafkaConsumer
    /// How long one probe may wait for its record.
    let probeTimeout: Duration
    let logger: Logger
    /// The partition the consumer is assigned to by the last probe.
    private var assigned: TopicPartition?

    /// Creates a search that probes with `consumer`.
    init(consumer: KafkaConsumer, probeTimeout: Duration, logger: Logger) {
        self.consumer = consumer
        self.probeTimeout = probeTimeout
        self.logger = logger
    }

    /// The first offset in `[low, high)` whose timestamp is `>= timestampMs`, or `high` if none.
    mutating func firstOffset(topic: String, partition: Int32, atOrAfter timestampMs: Int64,
                     low: Int64, high: Int64) async throws(KafkaError) -> Int64 {
        var lo = low
        var hi = high
        while lo < hi {
            let mid = lo + (hi - lo) / 2
            let (offset, timestamp) = try await probe(topic: topic, partition: partition, offset: mid)
            if timestamp < timestampMs {
                lo = offset + 1
            } else {
                hi = mid
            }
        }
        return lo
    }

    /// Seeks `position`, trying again (up to three times, 100 ms apart) when the fetcher did not confirm the seek in
    /// time: on a loaded machine the embedded mock cluster answers a seek with `_TIMED_OUT` now and then.
    private func seekRetrying(_ position: TopicPartition) async throws(KafkaError) {
        var attempt = 1
        while true {
            do {
                try await consumer.seek([position])
                return
            } catch {
                guard attempt < 3, error.code == RD_KAFKA_RESP_ERR__TIMED_OUT.rawValue else { throw error }
                logger.debug("seek timed out; trying again", metadata: ["attempt": "\(attempt)"])
                attempt += 1
                try? await Task.sleep(for: .milliseconds(100))
            }
        }
    }

    /// The offset and timestamp of the first record at or after `offset`.
    private mutating func probe(topic: String, partition: Int32, offset: Int64) async throws(KafkaError) -> (Int64, Int64) {
        let position = TopicPartition(topic: topic, partition: partition, offset: offset)
        if let current = assigned, current.topic == topic, current.partition == partition {
            try await seekRetrying(position)
        } else {
            try consumer.assign([position])
            assigned = position
        }
        let deadline = ContinuousClock.now + probeTimeout
        var closest: KafkaMessage?
        while ContinuousClock.now < deadline {
            let step = await RecordWait.next(from: consumer, within: deadline - ContinuousClock.now)
            guard case let .message(message) = step else { break }
            // Records fetched for an earlier probe may still be in the hand-over buffer: only the
            // exact offset is trusted at once; a later one only when the exact offset never comes
            // (a gap left by compaction or transaction markers).
            guard message.topic == topic, message.partition == partition, message.offset >= offset else { continue }
            if message.offset == offset { closest = message; break }
            if closest == nil || message.offset < closest!.offset { closest = message }
        }
        guard let found = closest else {
            throw KafkaError.consumerFailed(operation: "timestamp search", code: -1,
                                            reason: "no record at or after \(topic)[\(partition)]@\(offset) within \(probeTimeout)")
        }
        guard let timestamp = found.timestampMs else {
            throw KafkaError.consumerFailed(operation: "timestamp search", code: -1,
                                            reason: "\(found.description) has no timestamp; replay this topic by offset")
        }
        logger.trace("timestamp probe", metadata: ["record": "\(found.description)", "timestamp_ms": "\(timestamp)"])
        return (found.offset, timestamp)
    }
}

/// What waiting for the next record produced.
enum RecordWait {
    /// A record arrived.
    case message(KafkaMessage)
    /// Nothing arrived in time.
    case timeout
    /// The consumer is closed.
    case closed

    /// Waits up to `timeout` for the next record without ever dropping one that arrives at the deadline.
    static func next(from consumer: KafkaConsumer, within timeout: Duration) async -> RecordWait {
        await withTaskGroup(of: RecordWait.self) { group in
            group.addTask { await consumer.next().map(RecordWait.message) ?? .closed }
            group.addTask {
                try? await Task.sleep(for: max(timeout, .zero))
                return .timeout
            }
            var first: RecordWait?
            var received: KafkaMessage?
            for await step in group {
                if case let .message(message) = step { received = message }
                if first == nil { first = step }
                group.cancelAll()
            }
            if let received { return .message(received) }
            return first ?? .closed
        }
    }
}
