import Foundation
import Synchronization
import Telemetry

/// Per-stage latency quantiles and outcome counts over the current SQLite window.
public final class LatencyWindow: Sendable {
    /// Stages with their own histogram (`end_to_end` included).
    public static let stages = ["decode", "langid", "redaction", "triage", "summary", "state", "publish", "end_to_end"]
    private let histograms: [String: LatencyHistogram]
    private let outcomes = Mutex<[String: Int]>([:])
    private let started = Mutex<Date>(Date())

    /// Creates an empty window.
    public init() {
        var histograms: [String: LatencyHistogram] = [:]
        for stage in Self.stages { histograms[stage] = LatencyHistogram() }
        self.histograms = histograms
    }

    /// Records a stage latency in µs (unknown stages are ignored).
    public func record(stage: String, microseconds: Int64) {
        histograms[stage]?.record(microseconds)
    }

    /// Counts one finished record by outcome.
    public func count(outcome: String) {
        outcomes.withLock { $0[outcome, default: 0] += 1 }
    }

    /// The window as one JSON object (p50/p90/p99 in µs and counts per stage, counts per outcome), then resets.
    public func close(now: Date = Date()) -> String {
        var stages: [String: [String: Int64]] = [:]
        for (stage, histogram) in histograms where histogram.count > 0 {
            stages[stage] = ["count": Int64(histogram.count), "p50_us": histogram.quantile(0.5),
                             "p90_us": histogram.quantile(0.9), "p99_us": histogram.quantile(0.99)]
            histogram.reset()
        }
        let counts = outcomes.withLock { current in
            defer { current = [:] }
            return current
        }
        let start = started.withLock { value in
            defer { value = now }
            return value
        }
        let object: [String: Any] = ["window_start_ms": Int64(start.timeIntervalSince1970 * 1000),
                                     "window_end_ms": Int64(now.timeIntervalSince1970 * 1000),
                                     "stages": stages, "outcomes": counts]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
