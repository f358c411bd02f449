import Foundation
import Pipeline

/// Prints live progress to standard error: events/s, p99 latency and DLQ count.
struct ProgressReporter: Sendable {
    let stats: PipelineStats
    var interval: Duration = .seconds(2)

    /// Prints a line every `interval` until the task is cancelled.
    func report() async {
        var last = stats.value("enriched") + stats.value("dlq")
        var lastTime = ContinuousClock.now
        let terminal = stderrIsTerminal
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            let now = ContinuousClock.now
            let done = stats.value("enriched") + stats.value("dlq")
            let elapsed = Double((now - lastTime).components.seconds) + Double((now - lastTime).components.attoseconds) / 1e18
            let rate = elapsed > 0 ? Double(done - last) / elapsed : 0
            // Latency over this interval only, so a slow start does not hide the current state.
            let p50 = Double(stats.latency.quantile(0.50)) / 1000
            let p99 = Double(stats.latency.quantile(0.99)) / 1000
            stats.latency.reset()
            let line = String(format: "events/s %.0f | enriched %d | dlq %d | latency p50 %.1f ms p99 %.1f ms",
                              rate, stats.value("enriched"), stats.value("dlq"), p50, p99)
            FileHandle.standardError.write(Data((terminal ? "\r\u{1B}[K" + line : line + "\n").utf8))
            last = done
            lastTime = now
        }
        if terminal { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
