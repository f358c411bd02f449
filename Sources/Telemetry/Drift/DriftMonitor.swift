import Foundation
import Synchronization

/// Streaming drift detection: cuts windows per input topic and scores each against a reference.
///
/// The reference of a topic is its pinned baseline when one is given, otherwise the first window
/// after start. Thread-safe; every worker feeds the same monitor.
public final class DriftMonitor: Sendable {
    /// The window and alert settings.
    public let configuration: DriftMonitorConfiguration
    private let topics: Mutex<[String: TopicWindow]>
    private let baselines: [String: DriftDistributions]

    struct TopicWindow {
        var current = DriftDistributions()
        var start: Date
        var index = 0
        var reference: DriftDistributions?
        var alerts: [DriftFeature: DriftAlertState] = [:]
    }

    /// Creates a monitor; `baselines` maps an input topic to its pinned reference.
    public init(configuration: DriftMonitorConfiguration = DriftMonitorConfiguration(),
                baselines: [String: DriftDistributions] = [:]) {
        self.configuration = configuration
        self.baselines = baselines.filter { $0.value.events > 0 }
        topics = Mutex([:])
    }

    /// Adds one event; returns the report when this event closes its topic's window.
    public func observe(_ observation: DriftObservation, topic: String, now: Date = Date()) -> DriftReport? {
        topics.withLock { topics in
            var window = topics[topic] ?? TopicWindow(start: now, reference: baselines[topic])
            window.current.add(observation)
            var report: DriftReport?
            let elapsed = configuration.windowSeconds.map { now.timeIntervalSince(window.start) >= $0 } ?? false
            if window.current.events >= configuration.windowEvents || elapsed {
                report = close(&window, topic: topic, now: now)
            }
            topics[topic] = window
            return report
        }
    }

    /// Closes time windows that are due even though no event arrived to close them.
    public func closeDueWindows(now: Date = Date()) -> [DriftReport] {
        guard let seconds = configuration.windowSeconds else { return [] }
        return topics.withLock { topics in
            var reports: [DriftReport] = []
            for topic in topics.keys.sorted() {
                var window = topics[topic]!
                if window.current.events > 0, now.timeIntervalSince(window.start) >= seconds {
                    reports.append(close(&window, topic: topic, now: now))
                    topics[topic] = window
                }
            }
            return reports
        }
    }

    private func close(_ window: inout TopicWindow, topic: String, now: Date) -> DriftReport {
        let current = window.current
        let referenceKind = baselines[topic] != nil ? "baseline" : "first_window"
        let reference = window.reference ?? current
        var features: [String: DriftScore] = [:]
        var metrics: [String: Double] = [:]
        var distributions: [String: [String: Double]] = [:]
        for feature in DriftFeature.allCases {
            var score = DriftScore.compare(reference: reference.counts(feature), current: current.counts(feature),
                                           thresholds: configuration.thresholds)
            var state = window.alerts[feature] ?? DriftAlertState(consecutive: configuration.thresholds.consecutive)
            if window.reference != nil { state.update(drifted: score.drifted) }
            score.alert = state.active
            window.alerts[feature] = state
            features[feature.rawValue] = score
            metrics["psi." + feature.rawValue] = score.psi
            metrics["js." + feature.rawValue] = score.js
            distributions[feature.rawValue] = current.shares(feature)
        }
        let counts = ["events": current.events,
                      "language_und": current.counts(.languageUnknown)["und"] ?? 0,
                      "intent_unknown": current.counts(.intentUnknown)["unknown"] ?? 0,
                      "entities": current.counts(.entityType).filter { $0.key != "none" }.values.reduce(0, +)]
        let report = DriftReport(
            topic: topic, windowStart: DriftReport.timestamp(window.start), windowEnd: DriftReport.timestamp(now),
            windowIndex: window.index, reference: referenceKind, counts: counts, distributions: distributions,
            metrics: metrics, features: features, alert: features.values.contains { $0.alert })
        if window.reference == nil { window.reference = current }
        window.current = DriftDistributions()
        window.start = now
        window.index += 1
        return report
    }
}
