import ArgumentParser
import Foundation
import KafkaClient
import Logging
import Pipeline

/// `supportstream run`: the streaming service.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Consume support.tickets and support.chat, enrich, and publish to support.enriched.",
        discussion: """
            At-least-once: a source offset is committed only after its enriched event is confirmed.
            With --embedded it starts the embedded broker in-process and feeds the samples in a loop.
            SIGINT/SIGTERM drain in-flight work, commit, close and exit 0.
            """)

    @Option(name: .long, help: "Bootstrap servers of a Kafka cluster.")
    var brokers: String?

    @Flag(name: .long, help: "Start the embedded broker in-process and feed it the sample events.")
    var embedded = false

    @Option(name: .long, help: "Consumer workers (default: one per core).")
    var workers: Int?

    @Option(name: .long, help: "Configuration file (JSON); environment variables override it.")
    var config: String?

    @Option(name: .long, help: "Stop by itself after this many seconds (default: run until SIGINT/SIGTERM).")
    var duration: Double?

    @Option(name: .long, help: "Embedded mode: sample events fed per second (0 = as fast as possible).")
    var feedRate: Double?

    @Option(name: .long, help: "Directory of topic definitions.")
    var topicsDir: String = "Topics"

    @Option(name: .long, help: "Directory of sample events for embedded mode.")
    var samplesDir: String = "Topics/samples"

    @Option(name: .customLong("shadow-models"), help: "Also run this model directory (or bundled version) on live traffic, publishing to support.enriched.shadow.")
    var shadowModels: String?

    @Option(name: .long, help: "Log level: trace, debug, info, notice, warning, error.")
    var logLevel: String?

    @Option(name: .long, help: "Serve /metrics, /health and /ready on this port (config metrics.port; bound to metrics.bind_address, default 127.0.0.1).")
    var metricsPort: Int?

    @Option(name: .long, help: "Drift window in events per input topic (config drift.window_events, default 1000).")
    var driftWindow: Int?

    func validate() throws {
        if let workers, !(1...256).contains(workers) { throw ValidationError("--workers must be between 1 and 256") }
        if let duration, duration <= 0 { throw ValidationError("--duration must be positive") }
        if let feedRate, feedRate < 0 { throw ValidationError("--feed-rate must not be negative") }
        if brokers != nil && embedded { throw ValidationError("use either --brokers or --embedded, not both") }
        _ = try LoggingBootstrap.parse(logLevel)
    }

    mutating func run() async throws {
        let logger = LoggingBootstrap.start(level: logLevel)
        var configuration: ServiceConfiguration
        do {
            configuration = try ServiceConfiguration.load(path: config, environment: ProcessInfo.processInfo.environment)
        } catch {
            throw fail("\(error)")
        }
        if let workers { configuration.workers = workers }
        if let feedRate { configuration.feedRate = feedRate }
        var telemetryConfiguration: TelemetryConfiguration
        do {
            telemetryConfiguration = try TelemetryConfiguration.load(path: config, environment: ProcessInfo.processInfo.environment)
            if let metricsPort { telemetryConfiguration.metricsPort = metricsPort }
            if let driftWindow { telemetryConfiguration.drift.windowEvents = driftWindow }
            try telemetryConfiguration.validate()
        } catch {
            throw fail("\(error)")
        }
        let environment = ProcessInfo.processInfo.environment
        if !embedded && brokers == nil && config == nil && environment["SUPPORTSTREAM_BOOTSTRAP_SERVERS"] == nil {
            throw fail("run: pass --brokers HOST:PORT, --config FILE, or --embedded")
        }
        let signals = SignalWatcher()

        var broker: EmbeddedBroker?
        var bootstrap = brokers ?? configuration.bootstrapServers
        if embedded {
            do {
                let started = try EmbeddedBroker(brokers: configuration.embeddedBrokers, logger: logger)
                try EmbeddedTopics.create(on: started, directory: topicsDir, partitions: nil)
                broker = started
                bootstrap = started.bootstrapServers
            } catch {
                throw fail("run: embedded broker: \(error)")
            }
            configuration.statePath = NSTemporaryDirectory() + "supportstream-embedded-\(getpid()).sqlite"
            telemetryConfiguration.sqlitePath = configuration.statePath + ".metrics"
            logger.info("embedded broker ready", metadata: ["bootstrap": "\(bootstrap)"])
        }
        defer {
            if embedded {
                for suffix in ["", "-wal", "-shm", ".metrics", ".metrics-wal", ".metrics-shm"] {
                    try? FileManager.default.removeItem(atPath: configuration.statePath + suffix)
                }
            }
            broker?.shutdown()
        }

        let service: StreamService
        let telemetry: TelemetryRuntime
        do {
            let core = try CoreLoader.load(configuration: configuration)
            telemetry = try TelemetryRuntime(
                configuration: telemetryConfiguration, topics: configuration.topics, models: core.modelVersions, logger: logger,
                connection: KafkaConfiguration(bootstrapServers: bootstrap, clientID: "supportstream-telemetry",
                                               properties: configuration.kafkaProperties))
            service = try StreamService(configuration: configuration, bootstrapServers: bootstrap,
                                        enricher: Enricher(core: core), observer: telemetry.observer, logger: logger)
            try telemetry.start(service: service)
        } catch {
            throw fail("run: \(error)")
        }

        var shadow: ShadowRunner?
        do {
            shadow = try shadowModels.map { try ShadowRunner.start(models: $0, production: configuration, bootstrap: bootstrap,
                                                                   broker: broker, topicsDir: topicsDir, logger: logger) }
        } catch {
            throw fail("run: shadow: \(error)")
        }
        var background: [Task<Void, Never>] = []
        if embedded {
            let feeder: SampleFeeder
            do {
                feeder = try SampleFeeder.load(directory: samplesDir, topics: configuration.topics, rate: configuration.feedRate)
            } catch {
                throw fail("run: cannot read samples in \(samplesDir)")
            }
            let producer = try KafkaProducer(configuration: KafkaProducerConfiguration(connection: KafkaConfiguration(bootstrapServers: bootstrap, clientID: "supportstream-feeder")), logger: logger)
            background.append(Task {
                await feeder.feed(producer: producer, logger: logger)
                producer.close()
            })
        }
        let stats = service.stats
        background.append(Task { await ProgressReporter(stats: stats).report() })
        do {
            let duration = self.duration
            try await service.run(until: {
                await signals.wait(orSeconds: duration)
                await telemetry.stopBackground()  // no lag queries once consumers start closing
            }, drainTimeout: .milliseconds(configuration.shutdownTimeoutMs))
        } catch {
            for task in background { task.cancel() }
            await shadow?.stop()
            await telemetry.close()
            throw fail("run: \(error)", code: 1)
        }
        await shadow?.stop()
        await telemetry.close()
        for task in background { task.cancel() }
        for task in background { await task.value }
    }
}
