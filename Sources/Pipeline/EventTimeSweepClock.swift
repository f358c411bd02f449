/// When to sweep idle conversations, in event time (stream time, as in Kafka Streams).
///
/// The clock is the newest `occurred_at` seen on one partition. Whenever it has moved by a sweep step
/// (a tenth of the timeout, at least one second) since the last sweep, a sweep is due and its cutoff is
/// the clock minus the timeout: conversations with no turn since then are summarized and dropped. The
/// stream service (``ChatStateKeeper``) and replays (``ReplayEngine``) share this rule, so a replay of a
/// partition expires the same conversations at the same records as the service did.
struct EventTimeSweepClock: Sendable {
    /// Inactivity timeout in milliseconds of event time.
    let timeoutMs: Int64
    /// The newest event time seen.
    private(set) var newest: Int64?
    /// The clock at the last sweep.
    private var lastSweep: Int64?

    /// Creates a clock that has seen no event.
    init(timeoutMs: Int64) {
        self.timeoutMs = timeoutMs
    }

    /// Notes an event time; returns the idle cutoff when a sweep is due, nil otherwise.
    mutating func observe(eventTime: Int64) -> Int64? {
        let clock = max(newest ?? eventTime, eventTime)
        newest = clock
        if let lastSweep, clock - lastSweep < max(1_000, timeoutMs / 10) { return nil }
        lastSweep = clock
        return clock - timeoutMs
    }
}
