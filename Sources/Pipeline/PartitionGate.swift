import KafkaClient
import Logging
import Synchronization

/// Bounds the records of each partition awaiting delivery confirmation by pausing fetches.
///
/// When a partition has more than `limit` records in flight, it is paused (librdkafka stops
/// fetching it; records already handed over still arrive), and it resumes once fewer than half the
/// limit remain. Decisions and the pause/resume calls happen under one lock, so a late delivery
/// callback can never resume a partition that a newer decision paused, or the other way round.
/// A partition is paused only once it has records in flight, so it has started fetching: pausing
/// one that librdkafka has not started yet could lose its start (see `KafkaConsumer.pause`).
final class PartitionGate: Sendable {
    /// Most records in flight per partition before it is paused.
    let limit: Int
    private let paused = Mutex<Set<TopicPartition>>([])
    private let consumer = Mutex<KafkaConsumer?>(nil)
    private let tracker: OffsetTracker
    private let stats: PipelineStats
    private let logger: Logger

    init(limit: Int, tracker: OffsetTracker, stats: PipelineStats, logger: Logger) {
        self.limit = limit
        self.tracker = tracker
        self.stats = stats
        self.logger = logger
    }

    /// Gives the gate the worker's consumer, for pause and resume.
    func attach(_ consumer: KafkaConsumer) {
        self.consumer.withLock { $0 = consumer }
    }

    /// Pauses or resumes `partition` after its in-flight count changed.
    func update(_ partition: TopicPartition) {
        guard let consumer = consumer.withLock({ $0 }) else { return }
        let key = partition.withoutOffset
        paused.withLock { set in
            let inFlight = tracker.inFlight(key)
            if !set.contains(key), inFlight > limit {
                do {
                    try consumer.pause([key])
                    set.insert(key)
                    stats.add("partition_paused")
                    logger.debug("partition paused: too many records await delivery",
                                 metadata: ["partition": "\(key.topic)[\(key.partition)]", "in_flight": "\(inFlight)"])
                } catch {
                    logger.warning("partition pause failed", metadata: ["error": "\(error)"])
                }
            } else if set.contains(key), inFlight < limit / 2 {
                resume(key, consumer: consumer, set: &set)
            }
        }
    }

    /// Resumes and forgets partitions that are being revoked or were lost.
    func release(_ partitions: [TopicPartition]) {
        guard let consumer = consumer.withLock({ $0 }) else { return }
        paused.withLock { set in
            for partition in partitions where set.contains(partition.withoutOffset) {
                resume(partition.withoutOffset, consumer: consumer, set: &set)
            }
        }
    }

    /// Partitions paused now.
    var pausedCount: Int { paused.withLock { $0.count } }

    private func resume(_ key: TopicPartition, consumer: KafkaConsumer, set: inout Set<TopicPartition>) {
        set.remove(key)
        do {
            try consumer.resume([key])
            stats.add("partition_resumed")
            logger.debug("partition resumed", metadata: ["partition": "\(key.topic)[\(key.partition)]"])
        } catch {
            logger.warning("partition resume failed", metadata: ["error": "\(error)"])
        }
    }
}
