import Foundation

/// Distances between two categorical distributions given as counts per category.
///
/// Both measures smooth empty categories with `epsilon` so a category absent from one side gives a
/// large but finite contribution.
public enum DistributionDistance {
    /// Population Stability Index: Σ (pᵢ − qᵢ) · ln(pᵢ / qᵢ), with `reference` as q.
    ///
    /// Common reading (e.g. Evidently's opt-in thresholds): < 0.1 stable, 0.1–0.25 moderate, > 0.25 major shift.
    public static func psi(reference: [String: Int], current: [String: Int], epsilon: Double = 1e-4) -> Double {
        let (p, q) = aligned(current, reference, epsilon: epsilon)
        return zip(p, q).reduce(0) { $0 + ($1.0 - $1.1) * log($1.0 / $1.1) }
    }

    /// Jensen–Shannon distance (the square root of the divergence, base 2), in 0...1.
    public static func jensenShannon(reference: [String: Int], current: [String: Int], epsilon: Double = 1e-12) -> Double {
        let (p, q) = aligned(current, reference, epsilon: epsilon)
        var divergence = 0.0
        for (pi, qi) in zip(p, q) {
            let mi = (pi + qi) / 2
            divergence += 0.5 * pi * log2(pi / mi) + 0.5 * qi * log2(qi / mi)
        }
        return sqrt(max(0, min(1, divergence)))
    }

    /// Both distributions over the union of their categories, normalised, with smoothing.
    static func aligned(_ a: [String: Int], _ b: [String: Int], epsilon: Double) -> ([Double], [Double]) {
        let keys = Set(a.keys).union(b.keys).sorted()
        func normalised(_ counts: [String: Int]) -> [Double] {
            let total = Double(max(1, counts.values.reduce(0, +)))
            let raw = keys.map { max(Double(counts[$0] ?? 0) / total, epsilon) }
            let sum = raw.reduce(0, +)
            return raw.map { $0 / sum }
        }
        return (normalised(a), normalised(b))
    }
}
