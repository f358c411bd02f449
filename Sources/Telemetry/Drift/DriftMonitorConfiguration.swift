/// How drift windows are cut and judged.
public struct DriftMonitorConfiguration: Sendable, Equatable {
    /// Events per window and topic. Default: 1000.
    public var windowEvents = 1000
    /// Also close a window after this many seconds when it has at least one event. Default: `nil` (count only).
    public var windowSeconds: Double?
    /// Alert thresholds. Defaults: PSI 0.25, JS 0.1, k = 3.
    public var thresholds = DriftThresholds()

    /// The defaults.
    public init() {}

    /// Custom window size.
    public init(windowEvents: Int, windowSeconds: Double? = nil, thresholds: DriftThresholds = DriftThresholds()) {
        self.windowEvents = windowEvents
        self.windowSeconds = windowSeconds
        self.thresholds = thresholds
    }
}
