import CRdKafka
import Foundation
import Logging
import Synchronization

/// A Kafka group consumer over librdkafka's C API that commits only processed offsets.
///
/// A dedicated poll thread reads records into a bounded buffer that one processing task drains
/// with ``next()``; when the task falls behind, the poll thread waits, so memory stays bounded.
/// Offsets are never stored automatically: call ``storeOffsets(_:)`` once a record's results are
/// safely delivered. Stored offsets are committed every `autoCommitIntervalMs`, before any
/// partition is revoked, and on ``close()``.
public final class KafkaConsumer: Sendable {
    /// The configuration the consumer was built with.
    public let configuration: KafkaConsumerConfiguration
    let handle: RdKafkaHandle
    private let context: ClientContext
    private let buffer: BoundedBuffer<KafkaMessage>
    private let control = PartitionControl()
    private let stopFlag = StopFlag()
    /// Raised once the group has given this member an assignment (possibly empty).
    private let assignedOnce = StopFlag()
    /// Monotonic time (ms) of the latest assignment change, for the close grace period.
    private let lastAssignMs = AssignmentClock()
    private let poller: Mutex<PollThread?> = Mutex(nil)
    private let isClosed = Atomic<Bool>(false)
    /// Set, under its lock, just before the handle is freed: calls that may arrive from other
    /// threads during shutdown (offset stores and pause/resume from producer delivery callbacks)
    /// hold the lock while they use the handle and do nothing once it is set.
    private let destroyed = Mutex<Bool>(false)
    private let logger: Logger

    /// Creates a consumer; `rebalanceHandler` runs on the poll thread for every assignment change.
    public init(configuration: KafkaConsumerConfiguration, logger: Logger,
                rebalanceHandler: (@Sendable (RebalanceEvent) -> Void)? = nil) throws(KafkaError) {
        self.configuration = configuration
        self.logger = logger
        let context = ClientContext(logger: logger)
        let handle = try ClientContext.makeHandle(type: RD_KAFKA_CONSUMER, properties: configuration.properties,
                                                  context: context) { conf in
            rd_kafka_conf_set_rebalance_cb(conf) { rk, err, partitions, opaque in
                guard let rk, let opaque else { return }
                let context = Unmanaged<ClientContext>.fromOpaque(opaque).takeUnretainedValue()
                context.rebalance?(rk, err, partitions)
            }
        }
        rd_kafka_poll_set_consumer(handle.pointer)
        self.handle = handle
        self.context = context
        let buffer = BoundedBuffer<KafkaMessage>(capacity: configuration.bufferCapacity)
        self.buffer = buffer
        let logger = self.logger
        let assignedOnce = self.assignedOnce
        let lastAssignMs = self.lastAssignMs
        let control = self.control
        context.rebalance = { rk, err, partitions in
            if err == RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS { assignedOnce.stop() }
            lastAssignMs.mark()
            KafkaConsumer.rebalance(rk: rk, err: err, partitions: partitions, buffer: buffer, control: control,
                                    handler: rebalanceHandler, logger: logger)
        }
        let stopFlag = self.stopFlag
        let thread = PollThread(name: "kafka-consumer-poll", body: {
            KafkaConsumer.pollOnce(handle: handle, buffer: buffer, control: control, stopFlag: stopFlag, logger: logger)
        })
        poller.withLock { $0 = thread }
    }

    deinit {
        close()
    }

    /// Subscribes to topics as a member of the consumer group.
    public func subscribe(topics: [String]) throws(KafkaError) {
        let list = TopicPartition.makeList(topics.map { TopicPartition(topic: $0, partition: -1) })
        defer { rd_kafka_topic_partition_list_destroy(list) }
        let err = rd_kafka_subscribe(handle.pointer, list)
        guard err == RD_KAFKA_RESP_ERR_NO_ERROR else { throw KafkaError.consumer("subscribe", err) }
    }

    /// Assigns partitions directly, without group management (e.g. for replays); offsets set the start.
    public func assign(_ partitions: [TopicPartition]) throws(KafkaError) {
        let list = TopicPartition.makeList(partitions)
        defer { rd_kafka_topic_partition_list_destroy(list) }
        let err = rd_kafka_assign(handle.pointer, list)
        lastAssignMs.mark()
        guard err == RD_KAFKA_RESP_ERR_NO_ERROR else { throw KafkaError.consumer("assign", err) }
    }

    /// The partitions currently assigned to this consumer.
    public func assignment() throws(KafkaError) -> [TopicPartition] {
        var list: UnsafeMutablePointer<rd_kafka_topic_partition_list_t>?
        let err = rd_kafka_assignment(handle.pointer, &list)
        defer { if let list { rd_kafka_topic_partition_list_destroy(list) } }
        guard err == RD_KAFKA_RESP_ERR_NO_ERROR else { throw KafkaError.consumer("assignment", err) }
        return TopicPartition.fromList(list)
    }

    /// The next record, waiting without blocking a thread; `nil` once the consumer is closed.
    public func next() async -> KafkaMessage? {
        await buffer.next()
    }

    /// The buffered records, at least one and at most `limit`, in arrival order (waiting without
    /// blocking a thread while none is buffered); empty once the consumer is closed.
    public func nextBatch(limit: Int) async -> [KafkaMessage] {
        await buffer.nextBatch(limit: limit)
    }

    /// Records waiting in the hand-over buffer.
    public var bufferedCount: Int { buffer.count }

    /// Marks offsets as processed; each offset is the NEXT offset to read (last processed + 1).
    ///
    /// Offsets of partitions no longer assigned are ignored.
    public func storeOffsets(_ offsets: [TopicPartition]) throws(KafkaError) {
        guard !offsets.isEmpty else { return }
        let handle = self.handle
        try destroyed.withLock { destroyed throws(KafkaError) in
            guard !destroyed else { return }
            let list = TopicPartition.makeList(offsets)
            defer { rd_kafka_topic_partition_list_destroy(list) }
            let err = rd_kafka_offsets_store(handle.pointer, list)
            if err != RD_KAFKA_RESP_ERR_NO_ERROR && err != RD_KAFKA_RESP_ERR__STATE && err != RD_KAFKA_RESP_ERR__UNKNOWN_PARTITION {
                throw KafkaError.consumer("offsets_store", err)
            }
        }
    }

    /// Commits the stored offsets now and waits for the broker's answer.
    public func commit() async throws(KafkaError) {
        let handle = self.handle
        try await Blocking.run { () throws(KafkaError) in
            let err = rd_kafka_commit(handle.pointer, nil, 0)
            if err != RD_KAFKA_RESP_ERR_NO_ERROR && err != RD_KAFKA_RESP_ERR__NO_OFFSET {
                throw KafkaError.consumer("commit", err)
            }
        }
    }

    /// Stops fetching from these partitions; already buffered records still arrive.
    ///
    /// Pause only partitions that have delivered a record since they were assigned: librdkafka
    /// 2.0.2 can drop the start of a partition paused or resumed before it began fetching, so it is
    /// never fetched (see ``PartitionHolds``). To keep a newly assigned partition's records back,
    /// use ``hold(_:)``.
    public func pause(_ partitions: [TopicPartition]) throws(KafkaError) {
        let handle = self.handle, control = self.control
        try destroyed.withLock { destroyed throws(KafkaError) in
            guard !destroyed else { return }
            try Self.setPaused(true, partitions, handle: handle, control: control)
        }
    }

    /// Resumes fetching from paused partitions.
    public func resume(_ partitions: [TopicPartition]) throws(KafkaError) {
        let handle = self.handle, control = self.control
        try destroyed.withLock { destroyed throws(KafkaError) in
            guard !destroyed else { return }
            try Self.setPaused(false, partitions, handle: handle, control: control)
        }
    }

    /// Holds back the records of these partitions until ``release(_:)``, e.g. while state their
    /// records need is rebuilt; call it from the rebalance handler when they are assigned.
    ///
    /// Records of a held partition are kept aside by the poll thread, and the partition is paused
    /// once its first record arrives (never before it started fetching). Revoking or losing the
    /// partition ends the hold and drops what was kept back (its offsets were never stored).
    public func hold(_ partitions: [TopicPartition]) {
        control.holds.withLock { $0.hold(partitions) }
    }

    /// Ends a hold: the poll thread resumes the partition and hands over the records kept back,
    /// in order, before any newer record of it. Safe from any thread; a partition not held is ignored.
    public func release(_ partitions: [TopicPartition]) {
        control.holds.withLock { $0.release(partitions) }
    }

    /// Partitions whose records are held back now.
    public var heldPartitions: [TopicPartition] { control.holds.withLock { $0.heldPartitions } }

    /// Pauses or resumes partitions, never while the rebalance callback changes the assignment.
    static func setPaused(_ pause: Bool, _ partitions: [TopicPartition], handle: RdKafkaHandle,
                          control: PartitionControl) throws(KafkaError) {
        guard !partitions.isEmpty else { return }
        let list = TopicPartition.makeList(partitions)
        defer { rd_kafka_topic_partition_list_destroy(list) }
        let err = control.withPauseCalls {
            pause ? rd_kafka_pause_partitions(handle.pointer, list) : rd_kafka_resume_partitions(handle.pointer, list)
        }
        guard err == RD_KAFKA_RESP_ERR_NO_ERROR else { throw KafkaError.consumer(pause ? "pause" : "resume", err) }
    }

    /// Moves the fetch position of assigned partitions to their given offsets.
    public func seek(_ partitions: [TopicPartition], timeoutMs: Int = 5_000) async throws(KafkaError) {
        let handle = self.handle
        try await Blocking.run { () throws(KafkaError) in
            let list = TopicPartition.makeList(partitions)
            defer { rd_kafka_topic_partition_list_destroy(list) }
            if let error = rd_kafka_seek_partitions(handle.pointer, list, Int32(timeoutMs)) {
                let code = rd_kafka_error_code(error)
                rd_kafka_error_destroy(error)
                throw KafkaError.consumer("seek", code)
            }
        }
    }

    /// The low and high watermarks of a partition, asked of the broker.
    public func watermarks(topic: String, partition: Int32, timeoutMs: Int = 5_000) async throws(KafkaError) -> (low: Int64, high: Int64) {
        let handle = self.handle
        return try await Blocking.run { () throws(KafkaError) -> (low: Int64, high: Int64) in
            var low: Int64 = -1
            var high: Int64 = -1
            let err = rd_kafka_query_watermark_offsets(handle.pointer, topic, partition, &low, &high, Int32(timeoutMs))
            guard err == RD_KAFKA_RESP_ERR_NO_ERROR else { throw KafkaError.consumer("query_watermark_offsets", err) }
            return (low, high)
        }
    }

    /// The group's committed offsets for these partitions (`-1001` where none is committed).
    public func committed(_ partitions: [TopicPartition], timeoutMs: Int = 5_000) async throws(KafkaError) -> [TopicPartition] {
        let handle = self.handle
        return try await Blocking.run { () throws(KafkaError) -> [TopicPartition] in
            let list = TopicPartition.makeList(partitions)
            defer { rd_kafka_topic_partition_list_destroy(list) }
            let err = rd_kafka_committed(handle.pointer, list, Int32(timeoutMs))
            guard err == RD_KAFKA_RESP_ERR_NO_ERROR else { throw KafkaError.consumer("committed", err) }
            return TopicPartition.fromList(list)
        }
    }

    /// Partition counts of topics, from broker metadata.
    public func partitionCount(topic: String, timeoutMs: Int = 5_000) async throws(KafkaError) -> Int {
        let handle = self.handle
        return try await Blocking.run { () throws(KafkaError) -> Int in
            try Metadata.partitionCount(handle: handle.pointer, topic: topic, timeoutMs: timeoutMs)
        }
    }

    /// Leaves the group: commits stored offsets (revoking through the handler), then frees the client.
    ///
    /// Blocks the calling thread; call ``shutdown()`` from async code.
    public func close() {
        guard !isClosed.exchange(true, ordering: .acquiringAndReleasing) else { return }
        stopFlag.stop()
        let thread = poller.withLock { poller -> PollThread? in
            let thread = poller
            poller = nil
            return thread
        }
        thread?.stop()
        // librdkafka 2.0.2 can abort in rd_kafka_assignment_partition_stopped (assertion
        // `rktp_started`) when partitions are stopped before their fetchers started, i.e. when a
        // consumer closes right after an assignment change. Give the assignment time to settle.
        lastAssignMs.waitUntilSettled(graceMs: 1_000)
        let err = rd_kafka_consumer_close(handle.pointer)
        if err != RD_KAFKA_RESP_ERR_NO_ERROR {
            logger.warning("consumer close reported an error", metadata: ["code": "\(KafkaError.name(of: err.rawValue))"])
        }
        buffer.finish()
        if configuration.assignmentStrategy == .cooperativeSticky && !assignedOnce.isStopped {
            // librdkafka 2.0.2 asserts in rd_kafka_sticky_assignor_state_destroy when a
            // cooperative-sticky member is destroyed after joining but before its first assignment
            // (it frees an assignor state that was never created), which aborts the process. The
            // handle is closed above; leaking its memory is the lesser evil.
            // Its background threads may still call the log callback, so the callback context must
            // outlive this object as well.
            _ = Unmanaged.passRetained(context)
            logger.debug("kafka consumer closed before its first assignment; handle not destroyed (librdkafka 2.0.2 sticky assignor bug)")
            return
        }
        destroyed.withLock { $0 = true }
        rd_kafka_destroy(handle.pointer)
        logger.debug("kafka consumer closed")
    }

    /// ``close()`` on a dispatch thread, for async callers.
    public func shutdown() async {
        _ = try? await Blocking.run { () throws(KafkaError) in self.close() }
    }

    private static func pollOnce(handle: RdKafkaHandle, buffer: BoundedBuffer<KafkaMessage>, control: PartitionControl,
                                 stopFlag: StopFlag, logger: Logger) {
        // Released partitions first: resume them (before the application can see, and pause, any of
        // their records), then hand over what was kept back, ahead of their newer records.
        for released in control.holds.withLock({ $0.takeReleased() }) {
            if released.paused {
                do {
                    try setPaused(false, [released.partition], handle: handle, control: control)
                } catch {
                    logger.warning("resume of a released partition failed", metadata: ["partition": "\(released.partition)", "error": "\(error)"])
                }
            }
            logger.debug("held partition released", metadata: ["partition": "\(released.partition)", "kept_back": "\(released.parked.count)"])
            for message in released.parked {
                guard buffer.push(message, while: { !stopFlag.isStopped }) else { return }
            }
        }
        guard let raw = rd_kafka_consumer_poll(handle.pointer, 100) else { return }
        defer { rd_kafka_message_destroy(raw) }
        let record = raw.pointee
        if record.err != RD_KAFKA_RESP_ERR_NO_ERROR {
            if record.err != RD_KAFKA_RESP_ERR__PARTITION_EOF {
                logger.warning("consumer error", metadata: ["code": "\(KafkaError.name(of: record.err.rawValue))",
                                                            "reason": "\(KafkaError.reason(of: record.err))"])
            }
            return
        }
        let message = KafkaConsumer.copy(raw)
        switch control.holds.withLock({ $0.admit(message) }) {
        case .deliver:
            _ = buffer.push(message) { !stopFlag.isStopped }
        case .park:
            break
        case .parkAndPause:
            // The partition has started (a record came), so pausing it is safe now.
            do {
                try setPaused(true, [message.topicPartition], handle: handle, control: control)
                logger.debug("held partition paused", metadata: ["partition": "\(message.topicPartition)"])
            } catch {
                logger.warning("pause of a held partition failed; its records are kept back as they come",
                               metadata: ["partition": "\(message.topicPartition)", "error": "\(error)"])
            }
        }
    }

    /// Copies a librdkafka message into Swift-owned memory.
    static func copy(_ raw: UnsafeMutablePointer<rd_kafka_message_t>) -> KafkaMessage {
        let record = raw.pointee
        let topic = record.rkt.map { String(cString: rd_kafka_topic_name($0)) } ?? ""
        let value: [UInt8] = record.payload.map {
            Array(UnsafeRawBufferPointer(start: $0, count: record.len))
        } ?? []
        let key: [UInt8]? = record.key.map { Array(UnsafeRawBufferPointer(start: $0, count: record.key_len)) }
        var headers: [KafkaHeader] = []
        var hdrs: OpaquePointer?
        if rd_kafka_message_headers(raw, &hdrs) == RD_KAFKA_RESP_ERR_NO_ERROR, let hdrs {
            var index = 0
            var name: UnsafePointer<CChar>?
            var valuePointer: UnsafeRawPointer?
            var size = 0
            while rd_kafka_header_get_all(hdrs, index, &name, &valuePointer, &size) == RD_KAFKA_RESP_ERR_NO_ERROR {
                let bytes = valuePointer.map { Array(UnsafeRawBufferPointer(start: $0, count: size)) }
                headers.append(KafkaHeader(key: name.map { String(cString: $0) } ?? "", value: bytes))
                index += 1
            }
        }
        var timestampType = RD_KAFKA_TIMESTAMP_NOT_AVAILABLE
        let timestamp = rd_kafka_message_timestamp(raw, &timestampType)
        return KafkaMessage(topic: topic, partition: record.partition, offset: record.offset, key: key, value: value,
                            headers: headers, timestampMs: timestamp >= 0 ? timestamp : nil)
    }

    private static func rebalance(rk: OpaquePointer, err: rd_kafka_resp_err_t,
                                  partitions: UnsafeMutablePointer<rd_kafka_topic_partition_list_t>?,
                                  buffer: BoundedBuffer<KafkaMessage>, control: PartitionControl,
                                  handler: (@Sendable (RebalanceEvent) -> Void)?, logger: Logger) {
        let list = TopicPartition.fromList(partitions).map(\.withoutOffset)
        let cooperative = String(cString: rd_kafka_rebalance_protocol(rk)) == "COOPERATIVE"
        switch err {
        case RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS:
            logger.info("partitions assigned", metadata: ["partitions": "\(list.map(\.description).joined(separator: ","))"])
            // librdkafka resumes the partitions it paused for the rebalance inside this call; a pause
            // or resume from another thread at the same moment could get that resume dropped.
            control.withPauseCalls {
                if cooperative {
                    if let error = rd_kafka_incremental_assign(rk, partitions) {
                        logger.error("incremental assign failed", metadata: ["code": "\(KafkaError.name(of: rd_kafka_error_code(error).rawValue))"])
                        rd_kafka_error_destroy(error)
                    }
                } else {
                    _ = rd_kafka_assign(rk, partitions)
                }
            }
            handler?(.assigned(list))
        case RD_KAFKA_RESP_ERR__REVOKE_PARTITIONS:
            let dropped = dropRecords(of: Set(list), rk: rk, buffer: buffer, control: control, logger: logger)
            let lost = rd_kafka_assignment_lost(rk) != 0
            logger.info(lost ? "partitions lost" : "partitions revoked",
                        metadata: ["partitions": "\(list.map(\.description).joined(separator: ","))",
                                   "dropped_buffered": "\(dropped)"])
            if lost {
                handler?(.lost(list))
            } else {
                handler?(.revoking(list))
                let commitErr = rd_kafka_commit(rk, nil, 0)
                if commitErr != RD_KAFKA_RESP_ERR_NO_ERROR && commitErr != RD_KAFKA_RESP_ERR__NO_OFFSET {
                    logger.warning("commit on revoke failed", metadata: ["code": "\(KafkaError.name(of: commitErr.rawValue))"])
                }
            }
            control.withPauseCalls {
                if cooperative {
                    if let error = rd_kafka_incremental_unassign(rk, partitions) { rd_kafka_error_destroy(error) }
                } else {
                    _ = rd_kafka_assign(rk, nil)
                }
            }
        default:
            // An arbitrary rebalance failure: librdkafka wants the assignment cleared. Whatever was
            // assigned is gone, so it is handled like a lost assignment: buffered and held records of
            // it are dropped (their offsets were never stored) and the handler hears `.lost`, so the
            // worker stops treating those partitions as its own.
            var current: UnsafeMutablePointer<rd_kafka_topic_partition_list_t>?
            var owned: [TopicPartition] = []
            if rd_kafka_assignment(rk, &current) == RD_KAFKA_RESP_ERR_NO_ERROR, let current {
                owned = TopicPartition.fromList(current).map(\.withoutOffset)
                rd_kafka_topic_partition_list_destroy(current)
            }
            let dropped = dropRecords(of: Set(owned), rk: rk, buffer: buffer, control: control, logger: logger)
            logger.error("rebalance error; assignment cleared",
                         metadata: ["code": "\(KafkaError.name(of: err.rawValue))",
                                    "partitions": "\(owned.map(\.description).joined(separator: ","))",
                                    "dropped_buffered": "\(dropped)"])
            if !owned.isEmpty { handler?(.lost(owned)) }
            control.withPauseCalls { _ = rd_kafka_assign(rk, nil) }
        }
    }

    /// Drops the records of partitions this consumer gives up, returning how many.
    ///
    /// Records not yet handed out go: their offsets were never stored, so the next owner reads them
    /// again from the committed offset. Held partitions' kept-back records go too, and a held
    /// partition that was paused is resumed now (before it is unassigned), so a later assignment does
    /// not start it paused.
    private static func dropRecords(of partitions: Set<TopicPartition>, rk: OpaquePointer,
                                    buffer: BoundedBuffer<KafkaMessage>, control: PartitionControl, logger: Logger) -> Int {
        let dropped = buffer.removeAll { partitions.contains($0.topicPartition) }
        let holds = control.holds.withLock { $0.drop(partitions) }
        if !holds.paused.isEmpty {
            do {
                try setPaused(false, holds.paused, handle: RdKafkaHandle(rk), control: control)
            } catch {
                logger.warning("resume of held partitions failed", metadata: ["error": "\(error)"])
            }
        }
        return dropped.count + holds.dropped
    }
}

/// Pause and resume state shared by a consumer, its poll thread and its rebalance callback.
final class PartitionControl: Sendable {
    /// Partitions whose records are held back.
    let holds = Mutex(PartitionHolds())
    private let calls = Mutex(())

    /// Runs `body` (a pause, resume, assign or unassign call) while no other such call runs.
    ///
    /// librdkafka 2.0.2 versions each partition op when it is created and drops a queued op whose
    /// version is older than one already served. Two threads that pause, resume or (un)assign at the
    /// same moment can queue their ops in the other order, and the older one is lost: a resume
    /// that never happens leaves the partition paused for good.
    func withPauseCalls<T: Sendable, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        try calls.withLock { _ throws(E) -> T in try body() }
    }
}

/// When a consumer's assignment last changed, so close can wait for it to settle.
final class AssignmentClock: Sendable {
    private let lastMs = Atomic<Int64>(-1)

    /// Records that the assignment changed now.
    func mark() {
        lastMs.store(Self.nowMs(), ordering: .releasing)
    }

    /// Blocks the calling (non-async) thread until `graceMs` have passed since the last change.
    func waitUntilSettled(graceMs: Int64) {
        let last = lastMs.load(ordering: .acquiring)
        guard last >= 0 else { return }
        let remaining = last + graceMs - Self.nowMs()
        if remaining > 0 { usleep(UInt32(remaining) * 1_000) }
    }

    static func nowMs() -> Int64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Int64(spec.tv_sec) * 1_000 + Int64(spec.tv_nsec) / 1_000_000
    }
}

/// A thread-safe stop flag shared with the poll thread.
final class StopFlag: Sendable {
    private let stopped = Atomic<Bool>(false)
    /// Whether ``stop()`` was called.
    var isStopped: Bool { stopped.load(ordering: .acquiring) }
    /// Raises the flag; returns `true` for the call that raised it first.
    @discardableResult
    func stop() -> Bool { !stopped.exchange(true, ordering: .acquiringAndReleasing) }
}
