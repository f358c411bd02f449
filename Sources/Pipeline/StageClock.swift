/// Measures consecutive stages of one event's processing in microseconds.
struct StageClock {
    private let start = ContinuousClock.now
    private var last = ContinuousClock.now
    private var laps: [String: Int64] = [:]

    /// Records the time since the previous lap under `stage` (added to any earlier time for it).
    mutating func lap(_ stage: String) {
        let now = ContinuousClock.now
        laps[stage, default: 0] += Self.microseconds(now - last)
        last = now
    }

    /// The laps plus `total`.
    func finish() -> [String: Int64] {
        var result = laps
        result["total"] = Self.microseconds(ContinuousClock.now - start)
        return result
    }

    static func microseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1_000_000 + attoseconds / 1_000_000_000_000
    }
}
