/// Measures consecutive stages of one event's processing in microseconds.
///
/// Laps are kept in a small array (an event has at most a handful of stages), and the dictionary
/// published as `latency_us` is built once in ``finish()``. When stages of several events are
/// interleaved (a batch run stage by stage), ``resume()`` before each stage leaves the time spent
/// on other events out of both the laps and `total`.
struct StageClock {
    private let start = ContinuousClock.now
    private var last = ContinuousClock.now
    private var skipped = Duration.zero
    private var extraMicros: Int64 = 0
    private var laps: [(stage: String, micros: Int64)] = []

    init() {
        laps.reserveCapacity(5)
    }

    /// Records the time since the previous lap, plus `extra` microseconds measured elsewhere (a
    /// share of work done for several events at once), under `stage` (added to any earlier time for it).
    mutating func lap(_ stage: String, adding extra: Int64 = 0) {
        let now = ContinuousClock.now
        extraMicros += extra
        let micros = Self.microseconds(now - last) + extra
        last = now
        if let index = laps.firstIndex(where: { $0.stage == stage }) {
            laps[index].micros += micros
        } else {
            laps.append((stage, micros))
        }
    }

    /// Starts the next lap now: the time since the previous lap belongs to other events.
    mutating func resume() {
        let now = ContinuousClock.now
        skipped += now - last
        last = now
    }

    /// The laps plus `total`.
    func finish() -> [String: Int64] {
        var result = [String: Int64](minimumCapacity: laps.count + 1)
        for lap in laps { result[lap.stage] = lap.micros }
        result["total"] = Self.microseconds(ContinuousClock.now - start - skipped) + extraMicros
        return result
    }

    static func microseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1_000_000 + attoseconds / 1_000_000_000_000
    }
}
