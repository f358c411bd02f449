/// Alert state with hysteresis: raised after k consecutive drifted windows, cleared after k calm ones.
public struct DriftAlertState: Sendable, Equatable {
    /// Whether the alert is currently raised.
    public private(set) var active = false
    private var streak = 0
    private let k: Int

    /// Creates a cleared state that needs `consecutive` windows to change.
    public init(consecutive: Int) {
        k = max(1, consecutive)
    }

    /// Feeds one window's verdict and returns the new state.
    @discardableResult
    public mutating func update(drifted: Bool) -> Bool {
        // While cleared, count drifted windows; while raised, count calm ones.
        if drifted != active {
            streak += 1
            if streak >= k {
                active = drifted
                streak = 0
            }
        } else {
            streak = 0
        }
        return active
    }
}
