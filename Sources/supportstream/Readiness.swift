import Synchronization

/// What /ready reports, updated by the refresher task and read by the HTTP thread.
final class Readiness: Sendable {
    /// Partitions assigned across the workers.
    let assigned = Atomic<Int>(0)
    /// Whether the last watermark queries succeeded.
    let lagHealthy = Atomic<Bool>(true)
}
