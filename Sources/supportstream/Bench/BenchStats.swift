import Foundation
import Synchronization

/// Percentiles and process facts for `supportstream bench`.
enum BenchStats {
    /// The `q` quantile (0…1) of `values` in the same unit (nearest rank).
    static func quantile(_ values: [Double], _ q: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        let rank = min(sorted.count - 1, max(0, Int((q * Double(sorted.count)).rounded(.up)) - 1))
        return sorted[rank]
    }

    /// Seconds of `duration`.
    static func seconds(_ duration: Duration) -> Double {
        let (s, atto) = duration.components
        return Double(s) + Double(atto) / 1e18
    }

    /// Microseconds of `duration`.
    static func micros(_ duration: Duration) -> Double { seconds(duration) * 1e6 }

    /// Peak resident set size in MiB (`VmHWM` from /proc/self/status; getrusage elsewhere).
    static func peakRSSMiB() -> Double {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) {
            for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
                let digits = line.split(separator: " ").compactMap { Double($0) }
                if let kib = digits.first { return kib / 1024 }
            }
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// Current resident set size in MiB (`VmRSS`), or 0 when unknown.
    static func currentRSSMiB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            if let kib = line.split(separator: " ").compactMap({ Double($0) }).first { return kib / 1024 }
        }
        return 0
    }

    /// Runs `body(worker)` on `workers` dedicated OS threads at once and waits for all of them.
    ///
    /// Dedicated `Thread`s, not `concurrentPerform`, so every worker really gets its own thread even
    /// when the dispatch pool is busy.
    static func parallel(_ workers: Int, _ body: @escaping @Sendable (Int) -> Void) {
        let done = DispatchSemaphore(value: 0)
        for worker in 0..<workers {
            let thread = Thread {
                body(worker)
                done.signal()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        for _ in 0..<workers { done.wait() }
    }
}

/// A counter shared between threads and tasks.
final class BenchCounter: Sendable {
    private let value = Atomic<Int>(0)

    /// Adds one and returns the value before.
    func next() -> Int { value.wrappingAdd(1, ordering: .relaxed).oldValue }

    /// The current value.
    var current: Int { value.load(ordering: .relaxed) }
}

/// A value shared between threads and tasks behind a lock.
final class BenchBox<Value: Sendable>: Sendable {
    private let value: Mutex<Value>

    init(_ initial: Value) { value = Mutex(initial) }

    /// Runs `body` on the value under the lock.
    func with<R: Sendable>(_ body: @Sendable (inout Value) -> R) -> R { value.withLock { body(&$0) } }
}
