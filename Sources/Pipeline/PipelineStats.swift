import Synchronization
import Telemetry

/// Live counters for progress lines and tests.
public final class PipelineStats: Sendable {
    private let counters = Mutex<[String: Int]>([:])
    /// Processing latency per record, from receipt to delivery confirmation, in µs.
    public let latency = LatencyHistogram()

    /// Creates zeroed counters.
    public init() {}

    /// Adds to a counter such as `enriched`, `dlq` or `consumed`.
    public func add(_ name: String, _ amount: Int = 1) {
        counters.withLock { $0[name, default: 0] += amount }
    }

    /// The current value of a counter.
    public func value(_ name: String) -> Int {
        counters.withLock { $0[name] ?? 0 }
    }
}
