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
    private let ownership: PartitionOwnership
    private let slot: ProcessingWatchdog.Slot
    private let stageHook: (@Sendable (InputEvent) -> Void)?
    /// Most records taken from the consumer at once (``ServiceConfiguration/maxBatchRecords``).
    private let batchLimit: Int

    /// Creates a worker with its own consumer; the producer is shared by all workers.
    public init(id: Int, consumerConfiguration: KafkaConsumerConfiguration, producer: KafkaProducer,
                enricher: Enricher, decoder: EventDecoder, topics: TopicNames, statePath: String,
                limits: ConversationLimits, stats: PipelineStats, observer: (any StreamObserver)? = nil,
                logger: Logger, inactivityTimeoutMs: Int = 1_800_000,
                deadLetterPayload: DeadLetterPayload = DeadLetterPayload(mode: .drop),
                maxInFlightPerPartition: Int = 1_000, maxBatchRecords: Int = 192, watchdog: ProcessingWatchdog? = nil,
                stageHook: (@Sendable (InputEvent) -> Void)? = nil) throws(KafkaError) {
        self.id = id
        self.batchLimit = max(1, maxBatchRecords)
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
        let ownership = PartitionOwnership()
        self.ownership = ownership
        self.consumer = try KafkaConsumer(configuration: consumerConfiguration, logger: workerLogger) { event in
            switch event {
            case let .assigned(partitions):
                ownership.assigned(partitions)
                state.assigned(partitions)
            case let .revoking(partitions):
                ownership.revoked(partitions)
                state.revoked(partitions)
                // Finish and store what is in flight before the consumer commits and lets go.
                if !tracker.waitUntilDrained(partitions, timeout: drainTimeout) {
                    handlerLogger.warning("revoke drain timed out; those records may be processed twice",
                                          metadata: ["in_flight": "\(tracker.totalInFlight)"])
                }
                gate.release(partitions)
                tracker.forget(partitions)
            case let .lost(partitions):
                ownership.revoked(partitions)
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
            // Everything buffered (up to a limit) at once: a run of ticket records goes through the
            // ticket stages together, like `enrich` does; when little is buffered this is one record.
            var revocations = ownership.revocations
            var batch = await consumer.nextBatch(limit: batchLimit)
            guard !batch.isEmpty else { break }
            var index = batch.startIndex
            while index < batch.endIndex {
                // Records not begun yet are not stored: the next owner reads them again.
                if stopFlag.load(ordering: .acquiring) { return }
                // A rebalance while this batch waited: records of partitions taken away are the new
                // owner's (the revoke drained only records already begun), so they are skipped here.
                let seen = ownership.revocations
                if seen != revocations {
                    revocations = seen
                    let waiting = batch.count - index
                    batch = ownership.keepOwned(batch[index...])
                    index = batch.startIndex
                    if batch.count < waiting {
                        logger.debug("records of revoked partitions skipped", metadata: ["records": "\(waiting - batch.count)"])
                    }
                    if batch.isEmpty { break }
                }
                var end = index + 1
                if batch[index].topic == topics.tickets {
                    while end < batch.endIndex, batch[end].topic == topics.tickets { end += 1 }
                }
                if end - index > 1 {
                    try await processTickets(batch[index..<end], store: store)
                } else {
                    try await process(batch[index], store: store)
                }
                // With records always buffered, neither `nextBatch` nor `send` suspends: yield now and
                // then so progress, commit and shutdown tasks still get a cooperative thread.
                sinceYield += end - index
                index = end
                if sinceYield >= 32 {
                    sinceYield = 0
                    await Task.yield()
                }
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
            outputs = [deadLetter(for: message, failure: failure)]
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
                outputs = events.map { enrichedMessage($0, key: key, message: message) }
                try stateOutputs(for: event, message: message, store: store, outputs: &outputs, tombstones: &tombstones)
            } catch {
                let failure = Self.failure(of: error)
                outputs = [deadLetter(for: message, failure: failure)]
                // Tombstones belong to outputs that are no longer sent.
                tombstones = [:]
                outcome = "dlq"
                dlqReason = failure.reason.rawValue
            }
            if outcome == "enriched" {
                // Idle conversations are swept after the record's own outputs; a failure here leaves
                // them in the store for the next sweep and does not dead-letter this record.
                sweepIdleConversations(after: event, message: message, store: store, outputs: &outputs, tombstones: &tombstones)
            }
        }
        if slot.end() {
            // Past stage_timeout_ms: whatever was computed is discarded and the record is dead-lettered.
            // A record whose redaction failed still keeps none of its text.
            let failure = DecodeFailure(.timeout, "processing took longer than stage_timeout_ms")
            let keep = dlqReason == DecodeFailure.Reason.redactionFailed.rawValue ? 0 : DeadLetter.defaultMaxOriginalBytes
            outputs = [DeadLetter.message(for: message, failure: failure, topic: topics.dlq, payload: deadLetterPayload,
                                          maxOriginalBytes: keep)]
            tombstones = [:]
            outcome = "dlq"
            dlqReason = failure.reason.rawValue
            logger.warning("record sent to DLQ", metadata: ["reason": "\(failure.reason.rawValue)", "source": "\(message)"])
        }
        try await complete(message, received: received, outputs: outputs, tombstones: tombstones, outcome: outcome, dlqReason: dlqReason)
    }

    /// Ticket records enriched together, stage by stage; each record keeps its own offset tracking,
    /// DLQ handling and stage timeout (its own decode, hook, enrichment and encode time), and the
    /// outputs are sent in record order.
    private func processTickets(_ messages: ArraySlice<KafkaMessage>, store: ConversationStore) async throws {
        for message in messages {
            tracker.begin(message.topicPartition, offset: message.offset)
            gate.update(message.topicPartition)
        }
        stats.add("consumed", messages.count)
        let first = messages[messages.startIndex]
        slot.begin(messages.count == 1 ? "\(first)" : "\(first) and \(messages.count - 1) more", records: messages.count)
        let received = ContinuousClock.now
        struct Record {
            var outputs: [KafkaProducerMessage] = []
            var outcome = "enriched"
            var dlqReason: String?
            var decodeMicros: Int64 = 0
            /// Time spent on this record alone, for the stage timeout.
            var ownMicros: Int64 = 0
            var source: EnrichedEvent.Source
        }
        var records: [Record] = []
        records.reserveCapacity(messages.count)
        var tickets: [(ticket: InputEvent.Ticket, source: EnrichedEvent.Source?)] = []
        var ticketRecords: [Int] = []
        for message in messages {
            let started = ContinuousClock.now
            var record = Record(source: EnrichedEvent.Source(topic: message.topic, partition: message.partition, offset: message.offset))
            let decoded = decoder.decode(message.value)
            record.decodeMicros = StageClock.microseconds(ContinuousClock.now - started)
            observer?.decoded(topic: message.topic, microseconds: record.decodeMicros)
            switch decoded {
            case let .failure(failure):
                record.outputs = [deadLetter(for: message, failure: failure)]
                record.outcome = "dlq"
                record.dlqReason = failure.reason.rawValue
                logger.notice("record sent to DLQ", metadata: ["reason": "\(failure.reason.rawValue)", "source": "\(message)"])
            case let .success(event):
                stageHook?(event)
                if case let .ticket(ticket) = event {
                    tickets.append((ticket, record.source))
                    ticketRecords.append(records.count)
                } else {
                    // Another kind on the ticket topic: enriched on its own, as ``process(_:store:)`` would.
                    do {
                        var events = try enricher.enrich(event, conversations: store, source: record.source)
                        for index in events.indices { events[index].latencyUs["decode"] = record.decodeMicros }
                        observer?.enriched(events, topic: message.topic)
                        let key = message.key ?? Array(event.key.utf8)
                        record.outputs = events.map { enrichedMessage($0, key: key, message: message) }
                    } catch {
                        let failure = Self.failure(of: error)
                        record.outputs = [deadLetter(for: message, failure: failure)]
                        record.outcome = "dlq"
                        record.dlqReason = failure.reason.rawValue
                    }
                }
            }
            record.ownMicros = StageClock.microseconds(ContinuousClock.now - started)
            records.append(record)
        }
        let results = enricher.enrichTickets(tickets)
        for (index, result) in results.enumerated() {
            let position = ticketRecords[index]
            let message = messages[messages.startIndex + position]
            switch result {
            case var .success(event):
                let started = ContinuousClock.now
                event.latencyUs["decode"] = records[position].decodeMicros
                observer?.enriched([event], topic: message.topic)
                let key = message.key ?? Array(InputEvent.ticket(tickets[index].ticket).key.utf8)
                records[position].outputs = [enrichedMessage(event, key: key, message: message)]
                records[position].ownMicros += (event.latencyUs["total"] ?? 0) + StageClock.microseconds(ContinuousClock.now - started)
            case let .failure(error):
                records[position].outputs = [deadLetter(for: message, failure: error.failure)]
                records[position].outcome = "dlq"
                records[position].dlqReason = error.failure.reason.rawValue
            }
        }
        _ = slot.end()
        let timeoutMicros = Int64(clamping: slot.timeoutNanos / 1_000)
        for (position, message) in messages.enumerated() {
            var record = records[position]
            if record.ownMicros > timeoutMicros {
                // Past stage_timeout_ms: whatever was computed is discarded and the record is dead-lettered.
                // A record whose redaction failed still keeps none of its text.
                let failure = DecodeFailure(.timeout, "processing took longer than stage_timeout_ms")
                let keep = record.dlqReason == DecodeFailure.Reason.redactionFailed.rawValue ? 0 : DeadLetter.defaultMaxOriginalBytes
                record.outputs = [DeadLetter.message(for: message, failure: failure, topic: topics.dlq, payload: deadLetterPayload,
                                                     maxOriginalBytes: keep)]
                record.outcome = "dlq"
                record.dlqReason = failure.reason.rawValue
                logger.warning("record sent to DLQ", metadata: ["reason": "\(failure.reason.rawValue)", "source": "\(message)"])
            }
            try await complete(message, received: received, outputs: record.outputs, tombstones: [:], outcome: record.outcome,
                               dlqReason: record.dlqReason)
        }
    }

    /// The enriched-topic record of an event from `message`.
    private func enrichedMessage(_ enriched: EnrichedEvent, key: [UInt8], message: KafkaMessage) -> KafkaProducerMessage {
        KafkaProducerMessage(topic: topics.enriched, key: key, value: EventEncoding.encode(enriched), headers: [
            KafkaHeader(key: "event_id", string: enriched.eventID),
            KafkaHeader(key: "schema", string: enriched.schema),
            KafkaHeader(key: "source_topic", string: message.topic),
            KafkaHeader(key: "source_partition", string: String(message.partition)),
            KafkaHeader(key: "source_offset", string: String(message.offset)),
        ])
    }

    /// Why enrichment (or the state store) failed.
    private static func failure(of error: any Error) -> DecodeFailure {
        (error as? EnrichmentError)?.failure ?? DecodeFailure(.processingFailed, "state store: \(error)")
    }

    /// The dead letter of a record whose enrichment failed; fails closed: a record whose redaction
    /// failed keeps none of its text, even in the DLQ.
    private func deadLetter(for message: KafkaMessage, failure: DecodeFailure) -> KafkaProducerMessage {
        let keep = failure.reason == .redactionFailed ? 0 : DeadLetter.defaultMaxOriginalBytes
        return DeadLetter.message(for: message, failure: failure, topic: topics.dlq, payload: deadLetterPayload, maxOriginalBytes: keep)
    }

    /// Sends a record's outputs and stores its offset once every one of them is confirmed.
    private func complete(_ message: KafkaMessage, received: ContinuousClock.Instant, outputs: [KafkaProducerMessage],
                          tombstones: [Int: KafkaProducerMessage], outcome: String, dlqReason: String?) async throws {
        let partition = message.topicPartition
        let remaining = Countdown(max(outputs.count + tombstones.count, 1))
        let tracker = self.tracker, consumer = self.consumer, stats = self.stats, logger = self.logger, observer = self.observer
        let gate = self.gate
        let publishStart = ContinuousClock.now
        let finished: @Sendable () -> Void = {
            guard remaining.decrement() == 0 else { return }
            let rejected = remaining.rejected
            let finalOutcome = rejected ? "dlq" : outcome
            let finalReason = rejected ? DecodeFailure.Reason.publishRejected.rawValue : dlqReason
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
                try await publish(output, source: message, countdown: remaining, onDelivered: finished)
                continue
            }
            try await publish(output, source: message, countdown: remaining) { [self] in
                finished()
                Task { try? await self.publish(tombstone, source: message, countdown: remaining, onDelivered: finished) }
            }
        }
    }

    /// Adds the changelog record of a stored turn, or a tombstone after a summary.
    private func stateOutputs(for event: InputEvent, message: KafkaMessage, store: ConversationStore,
                              outputs: inout [KafkaProducerMessage], tombstones: inout [Int: KafkaProducerMessage]) throws {
        guard message.topic == topics.chat else { return }
        switch event {
        case let .chatMessage(chat):
            if let snapshot = try store.snapshot(conversationID: chat.conversationID) {
                outputs.append(ChatStateRecord.message(for: snapshot, topic: topics.chatState, partition: message.partition))
            }
        case let .chatClosed(closed):
            if let index = outputs.indices.last {
                tombstones[index] = ChatStateRecord.tombstone(conversationID: closed.conversationID, topic: topics.chatState,
                                                              partition: message.partition)
            }
        case .ticket:
            return
        }
    }

    /// Adds the summaries of conversations that went idle by `event`'s time, each followed by its
    /// tombstone; a state-store error stops the sweep (logged and counted as `sweep_failed`) and
    /// keeps every summary already added together with its tombstone.
    private func sweepIdleConversations(after event: InputEvent, message: KafkaMessage, store: ConversationStore,
                                        outputs: inout [KafkaProducerMessage], tombstones: inout [Int: KafkaProducerMessage]) {
        guard message.topic == topics.chat else { return }
        let occurredAt: String
        switch event {
        case let .chatMessage(chat): occurredAt = chat.occurredAt
        case let .chatClosed(closed): occurredAt = closed.occurredAt
        case .ticket: return
        }
        guard let eventTime = RFC3339.epochMilliseconds(occurredAt),
              let cutoff = state.observe(partition: message.partition, eventTime: eventTime) else { return }
        do {
            try sweep(before: cutoff, message: message, store: store, outputs: &outputs, tombstones: &tombstones)
        } catch {
            stats.add("sweep_failed")
            logger.warning("idle-conversation sweep failed; retried at the next event", metadata: [
                "error": "\(error)", "source": "\(message)",
            ])
        }
    }

    /// The body of ``sweepIdleConversations(after:message:store:outputs:tombstones:)``.
    private func sweep(before cutoff: Int64, message: KafkaMessage, store: ConversationStore,
                       outputs: inout [KafkaProducerMessage], tombstones: inout [Int: KafkaProducerMessage]) throws {
        for id in try store.idleConversations(before: cutoff, partitions: [message.partition]) {
            // The summary's source is the conversation's last message.
            let last = try store.snapshot(conversationID: id)?.lastPosition ?? SourcePosition(partition: message.partition, offset: message.offset)
            let source = EnrichedEvent.Source(topic: topics.chat, partition: last.partition, offset: last.offset)
            guard let summary = try enricher.summarizeOpen(conversationID: id, conversations: store, source: source) else { continue }
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

    /// Sends a record until it is confirmed.
    ///
    /// A transient failure re-sends it, waiting 0.5 s and doubling up to 30 s (librdkafka's own
    /// retries already ran). A record Kafka refuses for good (``KafkaError/isRecordRejected``: too
    /// large, invalid) is replaced by a dead letter of `source` with reason `publish_rejected`, and a
    /// dead letter refused that way goes again without its original bytes, so one hostile input
    /// cannot stop its partition or crash the worker.
    private func publish(_ output: KafkaProducerMessage, source: KafkaMessage, countdown: Countdown, attempt: Int = 0,
                         onDelivered: @escaping @Sendable () -> Void) async throws {
        do throws(KafkaError) {
            try await producer.send(output) { [self] result in
                switch result {
                case .success:
                    onDelivered()
                case let .failure(error):
                    Task {
                        try? await self.failed(output, error: error, source: source, countdown: countdown, attempt: attempt,
                                               onDelivered: onDelivered)
                    }
                }
            }
        } catch {
            if error == .closed { throw error }
            try await failed(output, error: error, source: source, countdown: countdown, attempt: attempt, onDelivered: onDelivered)
        }
    }

    /// Handles a refused or failed ``publish(_:source:countdown:attempt:onDelivered:)``.
    private func failed(_ output: KafkaProducerMessage, error: KafkaError, source: KafkaMessage, countdown: Countdown,
                        attempt: Int, onDelivered: @escaping @Sendable () -> Void) async throws {
        if error.isRecordRejected, let replacement = replacement(for: output, source: source, error: error) {
            // A letter re-sent without its original keeps its own reason (and outcome); only a refused
            // enriched output turns the record into a `publish_rejected` letter.
            if output.topic != topics.dlq { countdown.markRejected() }
            stats.add("publish_rejected")
            logger.warning("Kafka refused an output; its source record goes to the DLQ",
                           metadata: ["error": "\(error.codeName)", "topic": "\(output.topic)", "source": "\(source)"])
            try await publish(replacement, source: source, countdown: countdown, onDelivered: onDelivered)
            return
        }
        stats.add("delivery_retries")
        // Attempts 0, 1, 2, 4, 8, …: a long outage does not flood the log.
        if attempt & (attempt - 1) == 0 {
            logger.error("delivery failed; re-sending", metadata: ["error": "\(error)", "topic": "\(output.topic)", "attempt": "\(attempt)"])
        }
        try await Task.sleep(for: .milliseconds(min(30_000, 500 << min(attempt, 6))))
        try await publish(output, source: source, countdown: countdown, attempt: attempt + 1, onDelivered: onDelivered)
    }

    /// What to send instead of an output Kafka refused for good; `nil` when nothing smaller exists.
    private func replacement(for output: KafkaProducerMessage, source: KafkaMessage, error: KafkaError) -> KafkaProducerMessage? {
        guard output.topic != topics.dlq else { return DeadLetter.withoutOriginal(output) }
        let failure = DecodeFailure(.publishRejected, "Kafka refused the output for \(output.topic) (\(error.codeName)); "
                                    + "raise message.max.bytes on the producer and the topic's max.message.bytes, or lower max_event_bytes")
        return DeadLetter.message(for: source, failure: failure, topic: topics.dlq, payload: deadLetterPayload)
    }
}
