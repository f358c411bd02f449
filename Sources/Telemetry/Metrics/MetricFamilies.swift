/// The registry's state: every family with its series. Not thread-safe; ``MetricsRegistry`` locks it.
struct MetricFamilies: Sendable {
    struct Family: Sendable {
        var kind: MetricKind?
        var help = ""
        var buckets = HistogramBuckets.latencySeconds
        var scalars: [MetricLabels: Double] = [:]
        var histograms: [MetricLabels: HistogramSeries] = [:]
    }

    struct HistogramSeries: Sendable {
        var bucketCounts: [UInt64]
        var count: UInt64 = 0
        var sum: Double = 0

        /// Counts `value` in bucket `bucket` (none above the last bound); buckets are stored
        /// non-cumulatively, rendering accumulates.
        mutating func record(_ value: Double, bucket: Int?) {
            if let bucket { bucketCounts[bucket] += 1 }
            count += 1
            sum += value
        }
    }

    private var families: [String: Family] = [:]

    mutating func declare(_ name: String, kind: MetricKind, help: String, buckets: [Double]) {
        families[name, default: Family()].kind = kind
        families[name, default: Family()].help = help
        families[name, default: Family()].buckets = buckets.sorted()
    }

    mutating func add(_ name: String, labels: MetricLabels, amount: Double) {
        families[name, default: Family(kind: .counter)].scalars[labels, default: 0] += amount
    }

    mutating func set(_ name: String, labels: MetricLabels, value: Double) {
        families[name, default: Family(kind: .gauge)].scalars[labels] = value
    }

    mutating func clear(_ name: String) {
        families[name]?.scalars = [:]
    }

    mutating func observe(_ name: String, labels: MetricLabels, value: Double) {
        if families[name] == nil { families[name] = Family(kind: .histogram) }
        // Updated in place: copying the family out and back would copy its series on every observation.
        let buckets = families[name]!.buckets
        let index = buckets.firstIndex(where: { value <= $0 })
        families[name]!.histograms[labels, default: HistogramSeries(bucketCounts: [UInt64](repeating: 0, count: buckets.count))]
            .record(value, bucket: index)
    }

    func scalar(_ name: String, labels: MetricLabels) -> Double {
        families[name]?.scalars[labels] ?? 0
    }

    func histogramCount(_ name: String, labels: MetricLabels) -> UInt64 {
        families[name]?.histograms[labels]?.count ?? 0
    }

    func render() -> String {
        var out = ""
        for name in families.keys.sorted() {
            let family = families[name]!
            if !family.help.isEmpty { out += "# HELP \(name) \(family.help)\n" }
            out += "# TYPE \(name) \((family.kind ?? .gauge).rawValue)\n"
            for labels in family.scalars.keys.sorted() {
                out += "\(name)\(labels.rendered) \(Self.format(family.scalars[labels]!))\n"
            }
            for labels in family.histograms.keys.sorted() {
                let series = family.histograms[labels]!
                var cumulative: UInt64 = 0
                for (bound, count) in zip(family.buckets, series.bucketCounts) {
                    cumulative += count
                    out += "\(name)_bucket\(labels.adding("le", Self.format(bound)).rendered) \(cumulative)\n"
                }
                out += "\(name)_bucket\(labels.adding("le", "+Inf").rendered) \(series.count)\n"
                out += "\(name)_sum\(labels.rendered) \(Self.format(series.sum))\n"
                out += "\(name)_count\(labels.rendered) \(series.count)\n"
            }
        }
        return out
    }

    /// A sample value as Prometheus expects it (`+Inf`, `NaN`, integers without a fraction).
    static func format(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "+Inf" : "-Inf" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
