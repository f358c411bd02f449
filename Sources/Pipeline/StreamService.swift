import Foundation
import KafkaClient
import Logging
import Storage

/// Runs the consumer workers of one process and shuts them down without losing records.
public final class StreamService: Sendable {
    /// Live counters.
    public let stats: PipelineStats
    let workers: [StreamWorker]
    private let producer: KafkaProducer
    /// Flags records past `stage_timeout_ms` and workers stalled past `stall_restart_ms`.
    public let watchdog: ProcessingWatchdog
    private let logger: Logger

    /// Builds the shared producer and `configuration.effectiveWorkers` workers.
    /// `environment` supplies `SUPPORTSTREAM_DLQ_KEY` (see ``DeadLetterPayload``). `stageHook` is a test
    /// hook that runs on the worker before each enrichment (e.g. to simulate a slow stage).
    public init(configuration: ServiceConfiguration, bootstrapServers: String, enricher: Enricher,
                stats: PipelineStats = PipelineStats(), observer: (any StreamObserver)? = nil, logger: Logger,
                environment: [String: String] = ProcessInfo.processInfo.environment,
                stageHook: (@Sendable (InputEvent) -> Void)? = nil) throws {
        self.stats = stats
        self.logger = logger
        let watchdog = ProcessingWatchdog(stageTimeout: .milliseconds(configuration.stageTimeoutMs),
                                          stallAfter: .milliseconds(configuration.stallRestartMs), logger: logger)
        self.watchdog = watchdog
        let deadLetterPayload = try DeadLetterPayload.load(mode: configuration.dlqPayload, environment: environment, logger: logger)
        let connection = KafkaConfiguration(bootstrapServers: bootstrapServers, clientID: "supportstream",
                                            properties: configuration.kafkaProperties)
        var producerConfiguration = KafkaProducerConfiguration(connection: connection)
        // No delivery deadline: the idempotent producer retries a transient failure itself, in order,
        // for as long as it lasts (the commit waits, and the in-flight bound pauses intake), so a
        // broker outage cannot reorder a key's records through the worker's own re-sends; those are
        // left for failures librdkafka reports as permanent. `kafka.properties` can still set
        // message.timeout.ms.
        producerConfiguration.messageTimeoutMs = 0
        producer = try KafkaProducer(configuration: producerConfiguration, logger: logger)
        var limits = ConversationLimits()
        limits.maxTurns = configuration.stateMaxTurns
        limits.maxBytes = configuration.stateMaxBytes
        // Create the state schema once, before the workers open their own connections.
        _ = try SQLiteConversationStore(path: configuration.statePath, limits: limits)
        let host = ProcessInfo.processInfo.hostName
        var workers: [StreamWorker] = []
        for index in 0..<configuration.effectiveWorkers {
            var consumerConfig = KafkaConsumerConfiguration(connection: connection, groupID: configuration.groupID)
            consumerConfig.assignmentStrategy = configuration.assignmentStrategy
            consumerConfig.sessionTimeoutMs = configuration.sessionTimeoutMs
            consumerConfig.autoCommitIntervalMs = configuration.commitIntervalMs
            if configuration.staticMembership {
                consumerConfig.groupInstanceID = "\(configuration.groupID)-\(host)-\(index)"
            }
            workers.append(try StreamWorker(
                id: index, consumerConfiguration: consumerConfig, producer: producer, enricher: enricher,
                decoder: EventDecoder(maxEventBytes: configuration.maxEventBytes, maxFieldScalars: configuration.redaction.maxFieldChars), topics: configuration.topics,
                statePath: configuration.statePath, limits: limits, stats: stats, observer: observer, logger: logger,
                inactivityTimeoutMs: configuration.stateInactivityTimeoutMs, deadLetterPayload: deadLetterPayload,
                maxInFlightPerPartition: configuration.maxInFlightPerPartition, maxBatchRecords: configuration.maxBatchRecords,
                watchdog: watchdog, stageHook: stageHook))
        }
        self.workers = workers
    }

    /// Processes records until `shutdown` returns or a worker fails, then drains, commits and closes.
    public func run(until shutdown: @escaping @Sendable () async -> Void, drainTimeout: Duration = .seconds(30)) async throws {
        var failure: (any Error)?
        watchdog.start()
        defer { watchdog.stop() }
        await withTaskGroup(of: (any Error)?.self) { group in
            group.addTask {
                await shutdown()
                return nil
            }
            for worker in workers {
                group.addTask {
                    do {
                        try await worker.run()
                        return nil
                    } catch {
                        return error
                    }
                }
            }
            if let first = await group.next() { failure = first }
            logger.info("stopping: draining in-flight records")
            for worker in workers { worker.stop() }
            group.cancelAll()
            for await result in group where failure == nil && result != nil { failure = result }
        }
        let deadline = ContinuousClock.now + drainTimeout
        while workers.contains(where: { $0.inFlight > 0 }), ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
        let left = workers.reduce(0) { $0 + $1.inFlight }
        if left > 0 { logger.warning("shutdown drain timed out; these records will be re-read", metadata: ["in_flight": "\(left)"]) }
        // Commit while every member is still in the group; a leaving member triggers a rebalance
        // during which the others' commits would be refused.
        for worker in workers { await worker.commit() }
        for worker in workers { await worker.close() }
        producer.close()
        logger.info("stopped", metadata: ["consumed": "\(stats.value("consumed"))", "enriched": "\(stats.value("enriched"))",
                                          "dlq": "\(stats.value("dlq"))"])
        if let failure { throw failure }
    }
}
