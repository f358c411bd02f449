/// Measures consecutive stages of one event's processing in microseconds.
///
/// Laps are kept in a small array (an event has at most a handful of stages), and the dictionary
/// published as `latency_us` is built once in ``finish()``.
struct StageClock {
    private let start = ContinuousClock.now
    private var last = ContinuousClock.now
    private var laps: [(stage: String, micros: Int64)] = []

    init() {
        laps.reserveCapacity(5)
    }

    /// Records the time since the previous lap under `stage` (added to any earlier time for it).
    mutating func lap(_ stage: String) {
        let now = ContinuousClock.now
        let micros = Self.microseconds(now - last)
        last = now
        if let index = laps.firstIndex(where: { $0.stage == stage }) {
            laps[index].micros += micros
        } else {
            laps.append((stage, micros))
        }
    }

    /// The laps plus `total`.
    func finish() -> [String: Int64] {
        var result = [String: Int64](minimumCapacity: laps.count + 1)
        for lap in laps { result[lap.stage] = lap.micros }
        result["total"] = Self.microseconds(ContinuousClock.now - start)
        return result
    }

    static func microseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1_000_000 + attoseconds / 1_000_000_000_000
    }
}
