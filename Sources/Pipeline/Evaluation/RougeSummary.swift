import TextInference

/// Mean ROUGE-1, ROUGE-2 and ROUGE-L F1, each in 0…1.
public struct RougeSummary: Sendable, Equatable {
    /// Mean ROUGE-1 F1.
    public var rouge1: Double
    /// Mean ROUGE-2 F1.
    public var rouge2: Double
    /// Mean ROUGE-L F1.
    public var rougeL: Double

    /// Creates a summary of scores.
    public init(rouge1: Double = 0, rouge2: Double = 0, rougeL: Double = 0) {
        self.rouge1 = rouge1
        self.rouge2 = rouge2
        self.rougeL = rougeL
    }

    /// F1 of `candidate` against each reference, averaged over the references.
    public static func score(candidate: String, references: [String], stem: Bool) -> RougeSummary {
        guard !references.isEmpty else { return RougeSummary() }
        var total = RougeSummary()
        for reference in references {
            let (r1, r2, rl) = Rouge.scores(candidate: candidate, reference: reference, stem: stem)
            total.rouge1 += r1.f1
            total.rouge2 += r2.f1
            total.rougeL += rl.f1
        }
        return total.scaled(by: 1 / Double(references.count))
    }

    /// The mean of `scores` (zeros when empty).
    public static func mean(_ scores: [RougeSummary]) -> RougeSummary {
        guard !scores.isEmpty else { return RougeSummary() }
        var total = RougeSummary()
        for score in scores {
            total.rouge1 += score.rouge1
            total.rouge2 += score.rouge2
            total.rougeL += score.rougeL
        }
        return total.scaled(by: 1 / Double(scores.count))
    }

    func scaled(by factor: Double) -> RougeSummary {
        RougeSummary(rouge1: rouge1 * factor, rouge2: rouge2 * factor, rougeL: rougeL * factor)
    }

    /// `R-1 a  R-2 b  R-L c` in points (×100) with one decimal.
    public var formatted: String {
        "R-1 \(Self.points(rouge1))  R-2 \(Self.points(rouge2))  R-L \(Self.points(rougeL))"
    }

    /// A 0…1 score as points with one decimal, e.g. `35.9`.
    public static func points(_ value: Double) -> String {
        let tenths = Int((value * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
