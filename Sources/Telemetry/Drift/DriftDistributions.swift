/// Category counts per drift feature over a set of events (a window or a reference).
public struct DriftDistributions: Sendable, Equatable, Codable {
    /// Events counted.
    public private(set) var events = 0
    /// Counts per feature (raw value) and category.
    public private(set) var counts: [String: [String: Int]] = [:]

    /// Creates empty distributions.
    public init() {}

    /// Adds one event.
    public mutating func add(_ observation: DriftObservation) {
        events += 1
        for feature in DriftFeature.allCases {
            for category in observation.categories(feature) {
                counts[feature.rawValue, default: [:]][category, default: 0] += 1
            }
        }
    }

    /// The counts of one feature.
    public func counts(_ feature: DriftFeature) -> [String: Int] {
        counts[feature.rawValue] ?? [:]
    }

    /// The shares (0...1) of one feature's categories.
    public func shares(_ feature: DriftFeature) -> [String: Double] {
        let values = counts(feature)
        let total = Double(max(1, values.values.reduce(0, +)))
        return values.mapValues { Double($0) / total }
    }
}
