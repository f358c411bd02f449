import Foundation
import KafkaClient
import Logging
import Pipeline
import Storage
import Synchronization
import Telemetry

/// Wires metrics and drift into `supportstream run`: the observer, the HTTP endpoint, the consumer-lag
/// refresher, the SQLite sink and the `support.drift` publisher.
final class TelemetryRuntime: Sendable {
    /// The observer to hand to ``StreamService``.
    let observer: ServiceTelemetry
    private let configuration: TelemetryConfiguration
    private let store: MetricsStore?
    private let driftProducer: KafkaProducer?
    private let driftStream: AsyncStream<DriftReport>.Continuation
    private let driftTask: Task<Void, Never>
    private let server = Mutex<MetricsHTTPServer?>(nil)
    private let background = Mutex<[Task<Void, Never>]>([])
    private let readiness = Readiness()
    private let logger: Logger

    /// Builds the observer and sinks; nothing is served until ``start(service:)``.
    init(configuration: TelemetryConfiguration, topics: TopicNames, models: [String: String], logger: Logger,
         connection: KafkaConfiguration) throws {
        self.configuration = configuration
        self.logger = logger
        let store = try configuration.sqlitePath.map { path throws(StorageError) in
            try MetricsStore(path: path, retention: configuration.sqliteRetention)
        }
        self.store = store
        var baselines: [String: DriftDistributions] = [:]
        for (topic, body) in (try store?.baselines()) ?? [:] {
            if let decoded = try? JSONDecoder().decode(DriftDistributions.self, from: Data(body.utf8)) { baselines[topic] = decoded }
        }
        if configuration.driftEnabled {
            logger.info("drift reference", metadata: [
                "baseline_topics": "\(baselines.keys.sorted())",
                "others": "first window after start"])
        }
        let producer = configuration.driftEnabled
            ? try KafkaProducer(configuration: KafkaProducerConfiguration(connection: connection), logger: logger) : nil
        self.driftProducer = producer
        let (stream, continuation) = AsyncStream<DriftReport>.makeStream(bufferingPolicy: .bufferingNewest(1_000))
        self.driftStream = continuation
        let driftTopic = topics.drift
        driftTask = Task {
            for await report in stream {
                let line = report.jsonLine()
                try? store?.appendWindow(kind: "drift", topic: report.topic,
                                         closedAtMs: Int64(Date().timeIntervalSince1970 * 1000), body: String(decoding: line, as: UTF8.self))
                guard let producer else { continue }
                let message = KafkaProducerMessage(topic: driftTopic, key: Array(report.topic.utf8), value: line,
                                                   headers: [KafkaHeader(key: "schema", string: report.schema)])
                do {
                    try await producer.send(message) { result in
                        if case let .failure(error) = result { logger.warning("drift record not delivered", metadata: ["error": "\(error)"]) }
                    }
                } catch {
                    logger.warning("drift record not sent", metadata: ["error": "\(error)"])
                }
            }
        }
        let drift = configuration.driftEnabled ? DriftMonitor(configuration: configuration.drift, baselines: baselines) : nil
        observer = ServiceTelemetry(drift: drift, inputTopics: [topics.tickets, topics.chat]) { report in
            continuation.yield(report)
        }
        observer.setBuildInfo(models: models)
    }

    /// Starts the HTTP endpoint (if a port is configured) and the periodic refreshers.
    func start(service: StreamService) throws {
        if let port = configuration.metricsPort {
            let registry = observer.registry, readiness = self.readiness, watchdog = service.watchdog
            let started = try MetricsHTTPServer(address: configuration.bindAddress, port: port) { path in
                Self.respond(path: path, registry: registry, assigned: readiness.assigned.load(ordering: .relaxed),
                             lagHealthy: readiness.lagHealthy.load(ordering: .relaxed), stalled: watchdog.stalledWorkers)
            }
            server.withLock { $0 = started }
            logger.notice("metrics endpoint listening", metadata: ["address": "\(configuration.bindAddress):\(started.port)"])
        }
        let observer = self.observer, configuration = self.configuration, store = self.store
        let readiness = self.readiness
        let refresher = Task {
            var lastLag = ContinuousClock.now
            var haveLag = false
            var lastWindow = ContinuousClock.now
            while !Task.isCancelled {
                let count = await service.assignedPartitionCount()
                readiness.assigned.store(count, ordering: .relaxed)
                // Every second until the first assignment shows up, then every lagRefreshSeconds.
                if !haveLag || ContinuousClock.now - lastLag >= .seconds(configuration.lagRefreshSeconds) {
                    lastLag = ContinuousClock.now
                    let lags = await service.consumerLag()
                    haveLag = !lags.isEmpty
                    observer.updateLag(lags)
                    readiness.lagHealthy.store(count == 0 || !lags.isEmpty, ordering: .relaxed)
                }
                observer.tick()
                observer.registry.set("supportstream_worker_stalled", to: Double(service.watchdog.stalledWorkers))
                if ContinuousClock.now - lastWindow >= .seconds(configuration.sqliteWindowSeconds) {
                    lastWindow = ContinuousClock.now
                    let body = observer.window.close()
                    try? store?.appendWindow(kind: "latency", topic: "all", closedAtMs: Int64(Date().timeIntervalSince1970 * 1000), body: body)
                }
                try? await Task.sleep(for: .seconds(1))
            }
        }
        background.withLock { $0.append(refresher) }
    }

    /// Stops the refreshers; call before the workers close their consumers.
    func stopBackground() async {
        let tasks = background.withLock { tasks in
            defer { tasks = [] }
            return tasks
        }
        for task in tasks { task.cancel() }
        for task in tasks { await task.value }
        readiness.assigned.store(0, ordering: .relaxed)
    }

    /// Writes the last latency window, delivers pending drift records and stops the endpoint.
    func close() async {
        await stopBackground()
        try? store?.appendWindow(kind: "latency", topic: "all", closedAtMs: Int64(Date().timeIntervalSince1970 * 1000),
                                 body: observer.window.close())
        driftStream.finish()
        await driftTask.value
        if let driftProducer {
            _ = await driftProducer.flush(timeoutMs: 5_000)
            driftProducer.close()
        }
        server.withLock { $0?.stop() }
    }

    /// Routes /metrics, /health and /ready.
    static func respond(path: String, registry: MetricsRegistry, assigned: Int, lagHealthy: Bool, stalled: Int = 0) -> MetricsHTTPResponse {
        switch path {
        case "/metrics":
            return MetricsHTTPResponse(status: 200, contentType: MetricsHTTPResponse.prometheusContentType, body: registry.render())
        case "/health":
            if stalled > 0 {
                return MetricsHTTPResponse(status: 503, body: "unhealthy: \(stalled) workers stalled past stall_restart_ms with records waiting; restart the process\n")
            }
            return MetricsHTTPResponse(status: 200, body: "ok\n")
        case "/ready":
            if stalled > 0 {
                return MetricsHTTPResponse(status: 503, body: "degraded: \(stalled) workers stalled past stall_restart_ms\n")
            }
            if assigned == 0 {
                return MetricsHTTPResponse(status: 503, body: "degraded: no partitions assigned yet (joining the group or broker unreachable)\n")
            }
            if !lagHealthy {
                return MetricsHTTPResponse(status: 200, body: "ready, degraded: \(assigned) partitions assigned, broker watermark queries failing\n")
            }
            return MetricsHTTPResponse(status: 200, body: "ready: \(assigned) partitions assigned\n")
        default:
            return MetricsHTTPResponse(status: 404, body: "try /metrics, /health or /ready\n")
        }
    }
}
