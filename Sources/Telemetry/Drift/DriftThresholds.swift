/// When drift raises and clears an alert.
public struct DriftThresholds: Sendable, Equatable {
    /// PSI above which a window counts as drifted (after subtracting the sampling-noise floor). Default: 0.25.
    public var psi = 0.25
    /// Jensen–Shannon distance above which a window counts as drifted (noise-corrected). Default: 0.1.
    public var js = 0.1
    /// Consecutive drifted windows that raise an alert, and consecutive calm windows that clear it. Default: 3.
    public var consecutive = 3

    /// The defaults.
    public init() {}

    /// Custom thresholds.
    public init(psi: Double, js: Double, consecutive: Int) {
        self.psi = psi
        self.js = js
        self.consecutive = consecutive
    }
}
