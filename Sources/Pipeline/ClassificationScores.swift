/// Accuracy and macro-F1 of predictions against true labels.
public struct ClassificationScores: Sendable, Equatable {
    /// Pairs scored.
    public var count: Int
    /// Share of exact matches.
    public var accuracy: Double
    /// Unweighted mean of per-class F1 over every class that occurs as a true or predicted label.
    public var macroF1: Double

    /// Creates scores.
    public init(count: Int, accuracy: Double, macroF1: Double) {
        self.count = count
        self.accuracy = accuracy
        self.macroF1 = macroF1
    }

    /// Scores `(truth, prediction)` pairs; per class F1 = 2·TP / (2·TP + FP + FN).
    public static func score(_ pairs: [(truth: String, predicted: String)]) -> ClassificationScores {
        guard !pairs.isEmpty else { return ClassificationScores(count: 0, accuracy: 0, macroF1: 0) }
        var truePositives: [String: Int] = [:], falsePositives: [String: Int] = [:], falseNegatives: [String: Int] = [:]
        var classes = Set<String>()
        for (truth, predicted) in pairs {
            classes.insert(truth)
            classes.insert(predicted)
            if truth == predicted {
                truePositives[truth, default: 0] += 1
            } else {
                falsePositives[predicted, default: 0] += 1
                falseNegatives[truth, default: 0] += 1
            }
        }
        let correct = truePositives.values.reduce(0, +)
        let f1s = classes.sorted().map { label -> Double in
            let tp = Double(truePositives[label] ?? 0)
            let denominator = 2 * tp + Double(falsePositives[label] ?? 0) + Double(falseNegatives[label] ?? 0)
            return denominator > 0 ? 2 * tp / denominator : 0
        }
        return ClassificationScores(count: pairs.count, accuracy: Double(correct) / Double(pairs.count),
                                    macroF1: f1s.reduce(0, +) / Double(f1s.count))
    }
}
