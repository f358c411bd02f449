import Foundation

/// A progress bar with rate and ETA on a terminal; a plain line every few seconds otherwise.
final class ReplayProgress {
    private let total: Int
    private let label: String
    private let terminal = stderrIsTerminal
    private let started = ContinuousClock.now
    private var lastDraw = ContinuousClock.now
    private(set) var done = 0

    init(total: Int, label: String) {
        self.total = total
        self.label = label
    }

    /// Counts `count` more records, redrawing at most 5 times a second (every 2 s without a terminal).
    func advance(by count: Int = 1) {
        done += count
        let now = ContinuousClock.now
        if now - lastDraw >= (terminal ? .milliseconds(200) : .seconds(2)) {
            lastDraw = now
            draw(now)
        }
    }

    /// Seconds since the start.
    var elapsed: Double { Self.seconds(ContinuousClock.now - started) }

    /// Draws the final state and ends the line.
    func finish() {
        draw(ContinuousClock.now)
        if terminal { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    private func draw(_ now: ContinuousClock.Instant) {
        let seconds = Self.seconds(now - started)
        let rate = seconds > 0 ? Double(done) / seconds : 0
        let fraction = total > 0 ? min(1, Double(done) / Double(total)) : 1
        let eta = rate > 0 ? Double(max(0, total - done)) / rate : 0
        let stats = String(format: "%d/%d %3.0f%% %.0f rec/s ETA %@", done, total, fraction * 100, rate, Self.clock(eta))
        if terminal {
            let width = 30
            let filled = Int(fraction * Double(width))
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            FileHandle.standardError.write(Data("\r\u{1B}[K\(label) \(bar) \(stats)".utf8))
        } else {
            FileHandle.standardError.write(Data("\(label): \(stats)\n".utf8))
        }
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    private static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        return whole >= 3600 ? String(format: "%d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60)
            : String(format: "%d:%02d", whole / 60, whole % 60)
    }
}
