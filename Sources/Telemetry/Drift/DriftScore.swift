import Foundation

/// The distance of one feature's window distribution from its reference.
public struct DriftScore: Sendable, Equatable, Codable {
    /// Population Stability Index (raw).
    public var psi: Double
    /// Jensen–Shannon distance, base 2 (raw).
    public var js: Double
    /// PSI expected from sampling alone when nothing drifted: (K − 1)(1/n + 1/m).
    public var psiNoise: Double
    /// Jensen–Shannon distance with the sampling-noise divergence removed.
    public var jsCorrected: Double
    /// Whether this window exceeds a threshold after noise correction.
    public var drifted: Bool
    /// Whether the feature's alert is raised after this window.
    public var alert: Bool

    enum CodingKeys: String, CodingKey {
        case psi, js, drifted, alert
        case psiNoise = "psi_noise"
        case jsCorrected = "js_corrected"
    }

    /// Scores `current` against `reference` with small-sample correction.
    ///
    /// Two samples of sizes n and m from one distribution over K categories have an expected PSI of
    /// about (K − 1)(1/n + 1/m) and an expected JS divergence (bits) of about that divided by 4 ln 2
    /// (both are chi-square-like). With 77 intents and 1000-event windows that noise alone is a PSI of
    /// ~0.15 and a JS distance of ~0.17, so thresholds are applied to the excess over this floor.
    public static func compare(reference: [String: Int], current: [String: Int], thresholds: DriftThresholds) -> DriftScore {
        // A feature one side never observed (e.g. a baseline recorded without it) is not scored.
        guard reference.values.contains(where: { $0 > 0 }), current.values.contains(where: { $0 > 0 }) else {
            return DriftScore(psi: 0, js: 0, psiNoise: 0, jsCorrected: 0, drifted: false, alert: false)
        }
        let psi = DistributionDistance.psi(reference: reference, current: current)
        let js = DistributionDistance.jensenShannon(reference: reference, current: current)
        let n = Double(current.values.reduce(0, +)), m = Double(reference.values.reduce(0, +))
        let categories = Double(max(1, Set(reference.keys).union(current.keys).count))
        let inverse = (n > 0 ? 1 / n : 1) + (m > 0 ? 1 / m : 1)
        let psiNoise = (categories - 1) * inverse
        let jsNoise = psiNoise / (4 * log(2))
        let jsCorrected = sqrt(max(0, js * js - jsNoise))
        let drifted = (psi - psiNoise) > thresholds.psi || jsCorrected > thresholds.js
        return DriftScore(psi: psi, js: js, psiNoise: psiNoise, jsCorrected: jsCorrected, drifted: drifted, alert: false)
    }
}
