import KafkaClient
import Logging
import Storage
import Synchronization

/// The changelog and expiry side of one worker's conversation state.
///
/// - On assignment of a `support.chat` partition, its records are held back (``KafkaConsumer/hold(_:)``)
///   while its conversations are rebuilt into SQLite from the same partition of the compacted
///   changelog (read from the beginning to the high watermark by a separate, group-less consumer),
///   then released. Other partitions keep flowing meanwhile. Any record of the partition that
///   still reaches the worker waits for the rebuild (``awaitRebuild(partition:)``).
/// - Inactivity is measured in event time per partition (stream time, as in Kafka Streams): the
///   newest `occurred_at` seen on that partition. Whenever it has moved by a sweep step since the
///   partition's last sweep, that partition's conversations whose last message is older than the
///   timeout are summarized and dropped. A conversation lives on one partition, so a backlog on
///   another partition (newer event times read first) never expires it early, and the result
///   depends only on the partition's own order: deterministic and testable.
final class ChatStateKeeper: Sendable {
    private let topics: TopicNames
    private let restoreConfiguration: KafkaConsumerConfiguration
    private let statePath: String
    private let limits: ConversationLimits
    /// Inactivity timeout in milliseconds of event time.
    let timeoutMs: Int64
    private let logger: Logger
    private let consumer = Mutex<KafkaConsumer?>(nil)
    private let rebuilds = Mutex<[Int32: Task<Void, Never>]>([:])
    /// Assignments seen per chat partition: a rebuild releases its partition only while its own
    /// assignment is the latest (after a revoke and re-assignment, the newer rebuild releases it).
    private let assignments = Mutex<[Int32: UInt64]>([:])
    private let clocks = Mutex<[Int32: EventTimeSweepClock]>([:])

    init(topics: TopicNames, connection: KafkaConfiguration, groupID: String, statePath: String,
         limits: ConversationLimits, timeoutMs: Int64, logger: Logger) {
        self.topics = topics
        self.restoreConfiguration = KafkaConsumerConfiguration(connection: connection, groupID: groupID + "-state-restore")
        self.statePath = statePath
        self.limits = limits
        self.timeoutMs = timeoutMs
        self.logger = logger
    }

    /// Gives the keeper the worker's consumer, to hold back and release partitions.
    func attach(_ consumer: KafkaConsumer) {
        self.consumer.withLock { $0 = consumer }
    }

    /// Rebalance: holds back the newly assigned chat partitions and rebuilds their state in the background.
    ///
    /// Not `pause`: pausing a partition that librdkafka 2.0.2 has not started fetching yet can get
    /// its start dropped, so it is never fetched, and resuming it while it looks up its start
    /// offset makes it deliver every record twice (see `PartitionHolds` in KafkaClient). The
    /// consumer pauses a held partition itself once it has started.
    func assigned(_ partitions: [TopicPartition]) {
        let chat = partitions.filter { $0.topic == topics.chat }
        guard !chat.isEmpty else { return }
        let consumer = self.consumer.withLock { $0 }
        consumer?.hold(chat)
        for partition in chat {
            let assignment = assignments.withLock { counts -> UInt64 in
                counts[partition.partition, default: 0] &+= 1
                return counts[partition.partition, default: 0]
            }
            // The task is registered before this handler returns, so before any record of the
            // partition can reach the worker's `awaitRebuild`.
            let task = Task { [self] in
                await rebuild(partition: partition.partition)
                if assignments.withLock({ $0[partition.partition] == assignment }) {
                    consumer?.release([partition])
                }
            }
            rebuilds.withLock { $0[partition.partition] = task }
        }
    }

    /// Rebalance: the chat partitions are no longer this worker's.
    func revoked(_ partitions: [TopicPartition]) {
        let chat = Set(partitions.filter { $0.topic == topics.chat }.map(\.partition))
        clocks.withLock { clocks in for partition in chat { clocks[partition] = nil } }
    }

    /// Waits until the state of `partition` is rebuilt (returns at once when no rebuild runs).
    func awaitRebuild(partition: Int32) async {
        guard let task = rebuilds.withLock({ $0[partition] }) else { return }
        await task.value
    }

    /// Notes the event time of a chat event on `partition`; returns that partition's idle cutoff when a sweep is due.
    func observe(partition: Int32, eventTime: Int64) -> Int64? {
        clocks.withLock { clocks -> Int64? in
            var clock = clocks[partition] ?? EventTimeSweepClock(timeoutMs: timeoutMs)
            defer { clocks[partition] = clock }
            return clock.observe(eventTime: eventTime)
        }
    }

    private func rebuild(partition: Int32) async {
        let start = ContinuousClock.now
        do {
            let store = try SQLiteConversationStore(path: statePath, limits: limits)
            let restored = try await Self.restore(partition: partition, topic: topics.chatState,
                                                  configuration: restoreConfiguration, store: store, logger: logger)
            logger.info("conversation state rebuilt from the changelog",
                        metadata: ["partition": "\(partition)", "conversations": "\(restored)",
                                   "duration": "\(ContinuousClock.now - start)"])
        } catch {
            logger.error("state rebuild failed; continuing with the local state", metadata: ["partition": "\(partition)", "error": "\(error)"])
        }
    }

    /// Folds changelog partition `partition` into `store`; returns how many conversations are open in it.
    ///
    /// Each conversation in the changelog replaces the local one (the changelog holds every turn whose
    /// input offset could have been committed); a tombstone removes it. Local conversations the
    /// changelog does not mention are kept: their input records were not committed yet, so they are
    /// read again and deduplicated by their stored offsets.
    static func restore(partition: Int32, topic: String, configuration: KafkaConsumerConfiguration,
                        store: ConversationStore, logger: Logger) async throws -> Int {
        let consumer = try KafkaConsumer(configuration: configuration, logger: logger)
        do {
            let (low, high) = try await consumer.watermarks(topic: topic, partition: partition)
            var latest: [String: [UInt8]] = [:]
            if high > low {
                try consumer.assign([TopicPartition(topic: topic, partition: partition, offset: KafkaOffset.beginning)])
                var position = low
                while position < high {
                    guard let message = await next(consumer, timeout: .seconds(30)) else { throw ChatStateRestoreError.timedOut(partition: partition) }
                    position = message.offset + 1
                    guard let key = message.key else { continue }
                    latest[String(decoding: key, as: UTF8.self)] = message.value
                }
            }
            var open = 0
            for (key, value) in latest.sorted(by: { $0.key < $1.key }) {
                if let snapshot = ChatStateRecord.decode(key: Array(key.utf8), value: value) {
                    try store.restore(snapshot)
                    open += 1
                } else {
                    _ = try store.close(conversationID: key)
                }
            }
            await consumer.shutdown()
            return open
        } catch {
            await consumer.shutdown()
            throw error
        }
    }

    private static func next(_ consumer: KafkaConsumer, timeout: Duration) async -> KafkaMessage? {
        await withTaskGroup(of: KafkaMessage?.self) { group in
            group.addTask { await consumer.next() }
            group.addTask {
                try? await Task.sleep(for: timeout)
                return nil
            }
            let first = await group.next() ?? nil
            group.cancelAll()
            if let first { return first }
            // The timer won, but a record may have been handed over at the same moment: keep it
            // (dropping it would end the restore early, as if the changelog had timed out).
            for await rest in group { if let rest { return rest } }
            return nil
        }
    }
}

/// Why a state rebuild stopped.
enum ChatStateRestoreError: Error, CustomStringConvertible {
    /// The changelog partition did not deliver records up to its high watermark in time.
    case timedOut(partition: Int32)

    var description: String {
        switch self {
        case let .timedOut(partition): return "reading changelog partition \(partition) timed out before the high watermark"
        }
    }
}
