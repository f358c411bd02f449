import KafkaClient
import Logging
import Storage
import Synchronization

/// One consumer-group member: consume → decode → enrich → publish → store offset.
///
/// A source offset becomes committable only after every record it produced (enriched events or a
/// dead letter) is confirmed by the broker, so a crash at any point loses nothing (at-least-once).
/// Records are processed in order per partition, and outputs keep the input key, so order per
/// ticket and per conversation holds on the enriched topic.
public final class StreamWorker: Sendable {
    /// The worker's number, for logs.
    public let id: Int
    let consumer: KafkaConsumer
    private let producer: KafkaProducer
    private let enricher: Enricher
    private let decoder: EventDecoder
    private let topics: TopicNames
    private let statePath: String
    private let limits: ConversationLimits
    private let tracker: OffsetTracker
    private let stats: PipelineStats
    private let observer: (any StreamObserver)?
    let stopFlag = Atomic<Bool>(false)
    private let logger: Logger
    private let state: ChatStateKeeper
    private let deadLetterPayload: DeadLetterPayload
    private let gate: PartitionGate
    private let slot: ProcessingWatchdog.Slot
    private let stageHook: (@Sendable (InputEvent) -> Void)?

    /// Creates a worker with its own consumer; the producer is shared by all workers.
    public init(id: Int, consumerConfiguration: KafkaConsumerConfiguration, producer: KafkaProducer,
                enricher: Enricher, decoder: EventDecoder, topics: TopicNames, statePath: String,
                limits: ConversationLimits, stats: PipelineStats, observer: (any StreamObserver)? = nil,
                logger: Logger, inactivityTimeoutMs: Int = 1_800_000,
                deadLetterPayload: DeadLetterPayload = DeadLetterPayload(mode: .drop),
                maxInFlightPerPartition: Int = 1_000, watchdog: ProcessingWatchdog? = nil,
                stageHook: (@Sendable (InputEvent) -> Void)? = nil) throws(KafkaError) {
        self.id = id
        self.deadLetterPayload = deadLetterPayload
        self.producer = producer
        self.enricher = enricher
        self.decoder = decoder
        self.topics = topics
        self.statePath = statePath
        self.limits = limits
        self.stats = stats
        self.observer = observer
        self.logger = logger
        let tracker = OffsetTracker()
        self.tracker = tracker
        let drainTimeout = consumerConfiguration.revokeDrainTimeout
        var workerLogger = logger
        workerLogger[metadataKey: "worker"] = "\(id)"
        let handlerLogger = workerLogger
        let state = ChatStateKeeper(topics: topics, connection: consumerConfiguration.connection, groupID: consumerConfiguration.groupID,
                                    statePath: statePath, limits: limits, timeoutMs: Int64(inactivityTimeoutMs), logger: workerLogger)
        self.state = state
        let gate = PartitionGate(limit: maxInFlightPerPartition, tracker: tracker, stats: stats, logger: workerLogger)
        self.gate = gate
        self.consumer = try KafkaConsumer(configuration: consumerConfiguration, logger: workerLogger) { event in
            switch event {
            case let .assigned(partitions):
                state.assigned(partitions)
            case let .revoking(partitions):
                state.revoked(partitions)
                // Finish and store what is in flight before the consumer commits and lets go.
                if !tracker.waitUntilDrained(partitions, timeout: drainTimeout) {
                    handlerLogger.warning("revoke drain timed out; those records may be processed twice",
                                          metadata: ["in_flight": "\(tracker.totalInFlight)"])
                }
                gate.release(partitions)
                tracker.forget(partitions)
            case let .lost(partitions):
                state.revoked(partitions)
                gate.release(partitions)
                tracker.forget(partitions)
            }
        }
        state.attach(consumer)
        gate.attach(consumer)
        let consumer = self.consumer
        slot = (watchdog ?? ProcessingWatchdog(logger: workerLogger)).register(worker: id) { consumer.bufferedCount > 0 }
        self.stageHook = stageHook
    }

    /// Subscribes to the input topics and processes records until ``stop()``.
    public func run() async throws {
        let store = try SQLiteConversationStore(path: statePath, limits: limits)
        try consumer.subscribe(topics: [topics.tickets, topics.chat])
        var sinceYield = 0
        while !stopFlag.load(ordering: .acquiring) {
            guard let message = await consumer.next() else { break }
            if stopFlag.load(ordering: .acquiring) { break }
            try await process(message, store: store)
            // With records always buffered, neither `next()` nor `send` suspends: yield now and then
            // so progress, commit and shutdown tasks still get a cooperative thread.
            sinceYield += 1
            if sinceYield >= 32 {
                sinceYield = 0
                await Task.yield()
            }
        }
    }

    /// Asks the worker to stop taking new records; in-flight ones still finish.
    public func stop() {
        stopFlag.store(true, ordering: .releasing)
    }

    /// Records still waiting for delivery confirmation.
    public var inFlight: Int { tracker.totalInFlight }

    /// Commits the stored offsets now; a failure is logged (the next owner re-reads those records).
    public func commit() async {
        do {
            try await consumer.commit()
        } catch {
            logger.warning("commit failed", metadata: ["error": "\(error)"])
        }
    }

    /// Commits stored offsets, leaves the group and frees the consumer.
    public func close() async {
        await consumer.shutdown()
    }

    private func process(_ message: KafkaMessage, store: ConversationStore) async throws {
        let partition = message.topicPartition
        if message.topic == topics.chat {
            slot.beginWait()  // a state rebuild may take long; it is not a stall
            await state.awaitRebuild(partition: message.partition)
            slot.endWait()
        }
        tracker.begin(partition, offset: message.offset)
        gate.update(partition)
        stats.add("consumed")
        slot.begin("\(message)")
        let received = ContinuousClock.now
        var outputs: [KafkaProducerMessage] = []
        // Changelog tombstones, each sent once the summary at the same index of `outputs` is confirmed.
        var tombstones: [Int: KafkaProducerMessage] = [:]
        var outcome = "enriched"
        var dlqReason: String?
        let decoded = decoder.decode(message.value)
        let decodeMicros = StageClock.microseconds(ContinuousClock.now - received)
        observer?.decoded(topic: message.topic, microseconds: decodeMicros)
        switch decoded {
        case let .failure(failure):
            outputs = [DeadLetter.message(for: message, failure: failure, topic: topics.dlq, payload: deadLetterPayload)]
            outcome = "dlq"
            dlqReason = failure.reason.rawValue
            logger.notice("record sent to DLQ", metadata: ["reason": "\(failure.reason.rawValue)", "source": "\(message)"])
        case let .success(event):
            do {
                stageHook?(event)
                let source = EnrichedEvent.Source(topic: message.topic, partition: message.partition, offset: message.offset)
                var events = try enricher.enrich(event, conversations: store, source: source)
                for index in events.indices { events[index].latencyUs["decode"] = decodeMicros }
                observer?.enriched(events, topic: message.topic)
                let key = message.key ?? Array(event.key.utf8)
                outputs = events.map { enriched in
                    KafkaProducerMessage(topic: topics.enriched, key: key, value: EventEncoding.encode(enriched), headers: [
                        KafkaHeader(key: "event_id", string: enriched.eventID),
                        KafkaHeader(key: "schema", string: enriched.schema),
                        KafkaHeader(key: "source_topic", string: message.topic),
                        KafkaHeader(key: "source_partition", string: String(message.partition)),
                        KafkaHeader(key: "source_offset", string: String(message.offset)),
                    ])
                }
                try stateOutputs(for: event, message: message, store: store, outputs: &outputs, tombstones: &tombstones)
            } catch {
                let failure = (error as? EnrichmentError)?.failure ?? DecodeFailure(.processingFailed, "state store: \(error)")
                // Fail closed: a record whose redaction failed keeps none of its text, even in the DLQ.
                let keep = failure.reason == .redactionFailed ? 0 : DeadLetter.defaultMaxOriginalBytes
                outputs = [DeadLetter.message(for: message, failure: failure, topic: topics.dlq, payload: deadLetterPayload,
                                              maxOriginalBytes: keep)]
                outcome = "dlq"
                dlqReason = failure.reason.rawValue
            }
        }
        if slot.end() {
            // Past stage_timeout_ms: whatever was computed is discarded and the record is dead-lettered.
            let failure = DecodeFailure(.timeout, "processing took longer than stage_timeout_ms")
            outputs = [DeadLetter.message(for: message, failure: failure, topic: topics.dlq, payload: deadLetterPayload)]
            tombstones = [:]
            outcome = "dlq"
            dlqReason = failure.reason.rawValue
            logger.warning("record sent to DLQ", metadata: ["reason": "\(failure.reason.rawValue)", "source": "\(message)"])
        }
        let remaining = Countdown(max(outputs.count + tombstones.count, 1))
        let finalOutcome = outcome, finalReason = dlqReason
        let tracker = self.tracker, consumer = self.consumer, stats = self.stats, logger = self.logger, observer = self.observer
        let gate = self.gate
        let publishStart = ContinuousClock.now
        let finished: @Sendable () -> Void = {
            guard remaining.decrement() == 0 else { return }
            stats.add(finalOutcome)
            stats.latency.record(StageClock.microseconds(ContinuousClock.now - received))
            observer?.completed(topic: message.topic, partition: message.partition, outcome: finalOutcome, dlqReason: finalReason,
                                publishMicroseconds: StageClock.microseconds(ContinuousClock.now - publishStart),
                                endToEndMicroseconds: message.timestampMs.map { StreamClock.nowMilliseconds() * 1000 - $0 * 1000 })
            if let next = tracker.complete(partition, offset: message.offset) {
                do {
                    try consumer.storeOffsets([TopicPartition(topic: partition.topic, partition: partition.partition, offset: next)])
                } catch {
                    logger.warning("offset store failed", metadata: ["error": "\(error)"])
                }
                gate.update(partition)
            }
        }
        if outputs.isEmpty {
            finished()
            return
        }
        for (index, output) in outputs.enumerated() {
            guard let tombstone = tombstones[index] else {
                try await publish(output, onDelivered: finished)
                continue
            }
            try await publish(output) { [self] in
                finished()
                Task { try? await self.publish(tombstone, onDelivered: finished) }
            }
        }
    }

    /// Adds the changelog record of a stored turn, a tombstone after a summary, and the summaries of
    /// conversations that went idle (each followed by its tombstone).
    private func stateOutputs(for event: InputEvent, message: KafkaMessage, store: ConversationStore,
                              outputs: inout [KafkaProducerMessage], tombstones: inout [Int: KafkaProducerMessage]) throws {
        guard message.topic == topics.chat else { return }
        var eventTime: Int64?
        switch event {
        case let .chatMessage(chat):
            eventTime = RFC3339.epochMilliseconds(chat.occurredAt)
            if let snapshot = try store.snapshot(conversationID: chat.conversationID) {
                outputs.append(ChatStateRecord.message(for: snapshot, topic: topics.chatState, partition: message.partition))
            }
        case let .chatClosed(closed):
            eventTime = RFC3339.epochMilliseconds(closed.occurredAt)
            if let index = outputs.indices.last {
                tombstones[index] = ChatStateRecord.tombstone(conversationID: closed.conversationID, topic: topics.chatState,
                                                              partition: message.partition)
            }
        case .ticket:
            return
        }
        guard let eventTime, let cutoff = state.observe(partition: message.partition, eventTime: eventTime) else { return }
        for id in try store.idleConversations(before: cutoff, partitions: [message.partition]) {
            // The summary's source is the conversation's last message.
            let last = try store.snapshot(conversationID: id)?.lastPosition ?? SourcePosition(partition: message.partition, offset: message.offset)
            let source = EnrichedEvent.Source(topic: topics.chat, partition: last.partition, offset: last.offset)
            let summary = try enricher.summarizeOpen(conversationID: id, conversations: store, source: source)
            stats.add("expired")
            outputs.append(KafkaProducerMessage(topic: topics.enriched, key: Array(id.utf8), value: EventEncoding.encode(summary), headers: [
                KafkaHeader(key: "event_id", string: summary.eventID),
                KafkaHeader(key: "schema", string: summary.schema),
                KafkaHeader(key: "source_topic", string: topics.chat),
                KafkaHeader(key: "source_partition", string: String(last.partition)),
                KafkaHeader(key: "source_offset", string: String(last.offset)),
            ]))
            tombstones[outputs.count - 1] = ChatStateRecord.tombstone(conversationID: id, topic: topics.chatState, partition: last.partition)
        }
    }

    /// Sends a record, re-sending it after a delivery failure until it is confirmed.
    private func publish(_ output: KafkaProducerMessage, onDelivered: @escaping @Sendable () -> Void) async throws {
        let producer = self.producer, logger = self.logger, stats = self.stats
        try await producer.send(output) { [self] result in
            switch result {
            case .success:
                onDelivered()
            case let .failure(error):
                stats.add("delivery_retries")
                logger.error("delivery failed; re-sending", metadata: ["error": "\(error)", "topic": "\(output.topic)"])
                Task {
                    try? await Task.sleep(for: .milliseconds(500))
                    try? await self.publish(output, onDelivered: onDelivered)
                }
            }
        }
    }
}

/// Counts down the outputs of one record from the producer's delivery thread.
final class Countdown: Sendable {
    private let remaining: Atomic<Int>

    init(_ count: Int) {
        remaining = Atomic(count)
    }

    /// Decrements and returns the new value.
    func decrement() -> Int {
        remaining.wrappingSubtract(1, ordering: .acquiringAndReleasing).newValue
    }
}
