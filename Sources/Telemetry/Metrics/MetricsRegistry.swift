import Synchronization

/// A small thread-safe Prometheus registry: counters, gauges and fixed-bucket histograms.
///
/// Label values must come from bounded sets (stage, topic, partition, outcome, feature); callers
/// never pass text from events. ``render()`` produces the text exposition format 0.0.4.
public final class MetricsRegistry: Sendable {
    private let state = Mutex<MetricFamilies>(MetricFamilies())

    /// Creates an empty registry.
    public init() {}

    /// Registers the help text and type of a metric family (optional; undeclared families render as untyped).
    public func describe(_ name: String, kind: MetricKind, help: String, buckets: [Double] = HistogramBuckets.latencySeconds) {
        state.withLock { $0.declare(name, kind: kind, help: help, buckets: buckets) }
    }

    /// Adds `amount` to a counter.
    public func increment(_ name: String, labels: [String: String] = [:], by amount: Double = 1) {
        state.withLock { $0.add(name, labels: MetricLabels(labels), amount: amount) }
    }

    /// Sets a gauge.
    public func set(_ name: String, labels: [String: String] = [:], to value: Double) {
        state.withLock { $0.set(name, labels: MetricLabels(labels), value: value) }
    }

    /// Replaces every series of a gauge family at once (for snapshots such as consumer lag).
    public func replaceGauge(_ name: String, series: [([String: String], Double)]) {
        state.withLock { families in
            families.clear(name)
            for (labels, value) in series { families.set(name, labels: MetricLabels(labels), value: value) }
        }
    }

    /// Records one observation (in base units, e.g. seconds) into a histogram.
    public func observe(_ name: String, labels: [String: String] = [:], _ value: Double) {
        state.withLock { $0.observe(name, labels: MetricLabels(labels), value: value) }
    }

    /// The current value of a counter or gauge series (0 if absent), for progress lines and tests.
    public func value(_ name: String, labels: [String: String] = [:]) -> Double {
        state.withLock { $0.scalar(name, labels: MetricLabels(labels)) }
    }

    /// The number of observations in a histogram series.
    public func observationCount(_ name: String, labels: [String: String] = [:]) -> UInt64 {
        state.withLock { $0.histogramCount(name, labels: MetricLabels(labels)) }
    }

    /// The text exposition of every family, sorted by name and labels.
    public func render() -> String {
        state.withLock { $0.render() }
    }
}
