import Foundation
import Telemetry

/// The ``StreamObserver`` that feeds Prometheus metrics and drift windows.
///
/// Metric names (base units, bounded labels):
/// - `supportstream_stage_latency_seconds{stage}`: decode, langid, redaction, triage, summary, state, publish
/// - `supportstream_end_to_end_latency_seconds`: Kafka record timestamp → delivery confirmation
/// - `supportstream_events_total{topic,outcome}`, `supportstream_dlq_total{topic,reason}`
/// - `supportstream_drift_psi{topic,feature}`, `supportstream_drift_js{topic,feature}`, `supportstream_drift_alert{topic,feature}`
public final class ServiceTelemetry: StreamObserver {
    /// The metrics registry served on /metrics.
    public let registry: MetricsRegistry
    /// The drift monitor (nil disables drift).
    public let drift: DriftMonitor?
    /// Quantiles and counts for the SQLite sink's current window.
    public let window = LatencyWindow()
    private let onDriftReport: @Sendable (DriftReport) -> Void
    private let knownTopics: Set<String>

    /// Stages reported by the enricher's `latency_us` that become `stage` label values.
    static let enricherStages: Set<String> = ["langid", "redaction", "triage", "summary", "state"]

    /// Creates the observer. `inputTopics` bounds the `topic` label; other topics are reported as `other`.
    public init(registry: MetricsRegistry = MetricsRegistry(), drift: DriftMonitor?, inputTopics: [String],
                onDriftReport: @escaping @Sendable (DriftReport) -> Void = { _ in }) {
        self.registry = registry
        self.drift = drift
        self.onDriftReport = onDriftReport
        self.knownTopics = Set(inputTopics)
        Self.describe(registry)
    }

    /// Sets `supportstream_build_info` from the model versions (the values are versions, not text).
    public func setBuildInfo(models: [String: String]) {
        var labels: [String: String] = [:]
        for (stage, model) in models { labels[Self.labelName(stage)] = model }
        registry.set("supportstream_build_info", labels: labels, to: 1)
    }

    public func decoded(topic: String, microseconds: Int64) {
        stage("decode", microseconds)
    }

    public func enriched(_ events: [EnrichedEvent], topic: String) {
        let topicLabel = label(topic)
        for event in events {
            for (stage, micros) in event.latencyUs where Self.enricherStages.contains(stage) {
                self.stage(stage, micros)
            }
            guard let drift, let observation = DriftObservation(event) else { continue }
            if let report = drift.observe(observation, topic: topicLabel) { publish(report) }
        }
    }

    public func completed(topic: String, partition: Int32, outcome: String, dlqReason: String?,
                          publishMicroseconds: Int64, endToEndMicroseconds: Int64?) {
        let topicLabel = label(topic)
        registry.increment("supportstream_events_total", labels: ["topic": topicLabel, "outcome": outcome])
        if let dlqReason { registry.increment("supportstream_dlq_total", labels: ["topic": topicLabel, "reason": dlqReason]) }
        window.count(outcome: outcome)
        stage("publish", publishMicroseconds)
        if let endToEndMicroseconds {
            registry.observe("supportstream_end_to_end_latency_seconds", Self.seconds(endToEndMicroseconds))
            window.record(stage: "end_to_end", microseconds: endToEndMicroseconds)
        }
    }

    /// Closes due time windows (call periodically when a time window is configured).
    public func tick(now: Date = Date()) {
        drift?.closeDueWindows(now: now).forEach(publish)
    }

    /// Replaces the consumer-lag gauges with a fresh snapshot.
    public func updateLag(_ lags: [PartitionLag]) {
        registry.replaceGauge("supportstream_consumer_lag", series: lags.map {
            (["topic": label($0.topic), "partition": String($0.partition)], Double($0.lag))
        })
    }

    private func stage(_ name: String, _ microseconds: Int64) {
        registry.observe("supportstream_stage_latency_seconds", labels: ["stage": name], Self.seconds(microseconds))
        window.record(stage: name, microseconds: microseconds)
    }

    private func publish(_ report: DriftReport) {
        for (feature, score) in report.features {
            let labels = ["topic": report.topic, "feature": feature]
            registry.set("supportstream_drift_psi", labels: labels, to: score.psi)
            registry.set("supportstream_drift_js", labels: labels, to: score.js)
            registry.set("supportstream_drift_alert", labels: labels, to: score.alert ? 1 : 0)
        }
        registry.increment("supportstream_drift_windows_total", labels: ["topic": report.topic])
        onDriftReport(report)
    }

    private func label(_ topic: String) -> String {
        knownTopics.contains(topic) ? topic : "other"
    }

    static func seconds(_ microseconds: Int64) -> Double {
        Double(max(0, microseconds)) / 1_000_000
    }

    /// A Prometheus-safe label name: letters, digits and `_`.
    static func labelName(_ raw: String) -> String {
        String(raw.map { $0.isLetter || $0.isNumber ? $0 : "_" })
    }

    static func describe(_ registry: MetricsRegistry) {
        registry.describe("supportstream_stage_latency_seconds", kind: .histogram, help: "Time per processing stage per event.")
        registry.describe("supportstream_end_to_end_latency_seconds", kind: .histogram,
                          help: "From the Kafka record timestamp to the broker's confirmation of the last output.")
        registry.describe("supportstream_events_total", kind: .counter, help: "Input records finished, by outcome.")
        registry.describe("supportstream_dlq_total", kind: .counter, help: "Dead letters by reason code.")
        registry.describe("supportstream_consumer_lag", kind: .gauge, help: "High watermark minus committed offset.")
        registry.describe("supportstream_build_info", kind: .gauge, help: "Build and model versions (always 1).")
        registry.describe("supportstream_drift_psi", kind: .gauge, help: "PSI of the last drift window against the reference.")
        registry.describe("supportstream_drift_js", kind: .gauge, help: "Jensen-Shannon distance of the last drift window.")
        registry.describe("supportstream_drift_alert", kind: .gauge, help: "1 while the drift alert of a feature is raised.")
        registry.describe("supportstream_drift_windows_total", kind: .counter, help: "Drift windows closed.")
        registry.describe("supportstream_worker_stalled", kind: .gauge,
                          help: "Workers with records waiting and no progress for stall_restart_ms (0 when healthy).")
    }
}
