import Storage
import Telemetry

/// The comparison of two replays (baseline and candidate) of the same input, with optional labels.
///
/// Agreement, confusion, distribution shifts and entity differences use the events present and
/// accepted (`status = ok`) in both stores, so differences come from the models alone. Latency
/// uses every accepted row of each side. Everything is ordered deterministically.
public struct BacktestComparison: Sendable {
    /// Agreement on one field over the joined events.
    public struct Agreement: Sendable, Equatable {
        public var field: String
        public var agree: Int
        public var total: Int
        /// `agree / total` (0 when there are no joined events).
        public var rate: Double { total > 0 ? Double(agree) / Double(total) : 0 }
    }

    /// How often the baseline said `baseline` where the candidate said `candidate`.
    public struct ConfusionCell: Sendable, Equatable {
        public var baseline: String
        public var candidate: String
        public var count: Int
    }

    /// A distribution shift from baseline (reference) to candidate.
    public struct Shift: Sendable, Equatable {
        public var name: String
        public var psi: Double
        public var jensenShannon: Double
        public var baseline: [String: Int]
        public var candidate: [String: Int]
    }

    /// Entities of one PII type on each side.
    public struct EntityDifference: Sendable, Equatable {
        public var type: String
        public var baseline: Int
        public var candidate: Int
        /// Joined events whose count of this type differs.
        public var eventsDiffering: Int
    }

    /// Latency of one side.
    public struct Latency: Sendable, Equatable {
        public var count: Int
        public var p50: Int64
        public var p95: Int64
        public var p99: Int64
        /// Counts per ``BacktestComparison/latencyBinEdges`` bin.
        public var histogram: [Int]
    }

    /// Label scores of one field for both sides.
    public struct LabelScores: Sendable, Equatable {
        public var field: String
        public var baseline: ClassificationScores
        public var candidate: ClassificationScores
    }

    /// Lower edges of the latency histogram bins in µs: 0, 64, 128, … 2²⁰ (the last bin is open).
    public static let latencyBinEdges: [Int64] = [0] + (6...20).map { Int64(1) << $0 }

    /// Accepted rows per side.
    public var baselineCount = 0, candidateCount = 0
    /// Rejected rows per side.
    public var baselineRejected = 0, candidateRejected = 0
    /// Events accepted on both sides.
    public var joined = 0
    /// Accepted events found on only one side.
    public var onlyBaseline = 0, onlyCandidate = 0
    /// Model versions per side (from the first row).
    public var baselineModels: [String: String] = [:], candidateModels: [String: String] = [:]
    /// Agreement on language, intent, queue and priority.
    public var agreements: [Agreement] = []
    /// Every (baseline intent, candidate intent) pair, by count descending, then names.
    public var intentConfusion: [ConfusionCell] = []
    /// Shifts of language, intent, intent confidence and language confidence (confidences in 0.1 bins).
    public var shifts: [Shift] = []
    /// Entity counts per PII type, by type.
    public var entities: [EntityDifference] = []
    /// Latency per side.
    public var baselineLatency = Latency(count: 0, p50: 0, p95: 0, p99: 0, histogram: [])
    public var candidateLatency = Latency(count: 0, p50: 0, p95: 0, p99: 0, histogram: [])
    /// Accuracy and macro-F1 per labelled field (language, intent), when labels were given.
    public var labelScores: [LabelScores] = []
    /// Joined events with a label.
    public var labelled = 0

    /// The pairs where the runs disagree, most frequent first.
    public var disagreements: [ConfusionCell] { intentConfusion.filter { $0.baseline != $0.candidate } }

    /// Compares two stores' rows.
    public init(baseline: [BacktestRow], candidate: [BacktestRow], labels: [BacktestLabel]? = nil) {
        let base = baseline.filter { $0.status == "ok" }, cand = candidate.filter { $0.status == "ok" }
        baselineCount = base.count
        candidateCount = cand.count
        baselineRejected = baseline.count - base.count
        candidateRejected = candidate.count - cand.count
        baselineModels = base.first?.models ?? [:]
        candidateModels = cand.first?.models ?? [:]
        let candidateByID = Dictionary(cand.map { ($0.eventID, $0) }, uniquingKeysWith: { _, last in last })
        let baseIDs = Set(base.map(\.eventID))
        let pairs = base.sorted { $0.eventID < $1.eventID }.compactMap { row in candidateByID[row.eventID].map { (row, $0) } }
        joined = pairs.count
        onlyBaseline = baseIDs.count - pairs.count
        onlyCandidate = Set(cand.map(\.eventID)).subtracting(baseIDs).count

        let fields: [(String, (BacktestRow) -> String)] = [("language", \.language), ("intent", \.intent),
                                                           ("queue", \.queue), ("priority", \.priority)]
        agreements = fields.map { name, value in
            Agreement(field: name, agree: pairs.filter { value($0.0) == value($0.1) }.count, total: pairs.count)
        }

        var confusion: [String: [String: Int]] = [:]
        for (b, c) in pairs { confusion[b.intent, default: [:]][c.intent, default: 0] += 1 }
        intentConfusion = confusion.flatMap { b, row in row.map { ConfusionCell(baseline: b, candidate: $0.key, count: $0.value) } }
            .sorted { ($1.count, $0.baseline, $0.candidate) < ($0.count, $1.baseline, $1.candidate) }

        func counts(_ rows: [BacktestRow], _ key: (BacktestRow) -> String) -> [String: Int] {
            rows.reduce(into: [:]) { $0[key($1), default: 0] += 1 }
        }
        let joinedBase = pairs.map(\.0), joinedCand = pairs.map(\.1)
        let distributions: [(String, (BacktestRow) -> String)] = [
            ("language", \.language), ("intent", \.intent),
            ("intent_confidence", { Self.bin($0.intentConfidence) }), ("language_confidence", { Self.bin($0.languageConfidence) }),
        ]
        shifts = distributions.map { name, key in
            let b = counts(joinedBase, key), c = counts(joinedCand, key)
            return Shift(name: name, psi: DistributionDistance.psi(reference: b, current: c),
                         jensenShannon: DistributionDistance.jensenShannon(reference: b, current: c), baseline: b, candidate: c)
        }

        let types = Set(pairs.flatMap { Array($0.0.entityCounts.keys) + Array($0.1.entityCounts.keys) }).sorted()
        entities = types.map { type in
            EntityDifference(type: type, baseline: joinedBase.reduce(0) { $0 + ($1.entityCounts[type] ?? 0) },
                             candidate: joinedCand.reduce(0) { $0 + ($1.entityCounts[type] ?? 0) },
                             eventsDiffering: pairs.filter { ($0.0.entityCounts[type] ?? 0) != ($0.1.entityCounts[type] ?? 0) }.count)
        }

        baselineLatency = Self.latency(base.map(\.latencyUs))
        candidateLatency = Self.latency(cand.map(\.latencyUs))

        if let labels {
            let byID = Dictionary(labels.map { ($0.eventID, $0) }, uniquingKeysWith: { _, last in last })
            let labelledPairs = pairs.compactMap { pair in byID[pair.0.eventID].map { (pair.0, pair.1, $0) } }
            labelled = labelledPairs.count
            let labelFields: [(String, (BacktestLabel) -> String?, (BacktestRow) -> String)] = [
                ("language", \.language, \.language), ("intent", \.intent, \.intent),
            ]
            labelScores = labelFields.map { name, truth, predicted in
                let scored = labelledPairs.compactMap { b, c, label in truth(label).map { ($0, b, c) } }
                return LabelScores(field: name,
                                   baseline: .score(scored.map { (truth: $0.0, predicted: predicted($0.1)) }),
                                   candidate: .score(scored.map { (truth: $0.0, predicted: predicted($0.2)) }))
            }
        }
    }

    /// `0.0-0.1` … `0.9-1.0`.
    static func bin(_ confidence: Double) -> String {
        let index = min(9, max(0, Int((confidence * 10).rounded(.down))))
        return "0.\(index)-" + (index == 9 ? "1.0" : "0.\(index + 1)")
    }

    /// Nearest-rank quantiles and the histogram of latencies.
    static func latency(_ values: [Int64]) -> Latency {
        let sorted = values.sorted()
        func quantile(_ q: Double) -> Int64 {
            guard !sorted.isEmpty else { return 0 }
            let rank = Int((q * Double(sorted.count)).rounded(.up))
            return sorted[min(sorted.count, max(1, rank)) - 1]
        }
        var histogram = [Int](repeating: 0, count: latencyBinEdges.count)
        for value in sorted {
            let index = (latencyBinEdges.lastIndex { $0 <= value }) ?? 0
            histogram[index] += 1
        }
        return Latency(count: sorted.count, p50: quantile(0.5), p95: quantile(0.95), p99: quantile(0.99), histogram: histogram)
    }
}
