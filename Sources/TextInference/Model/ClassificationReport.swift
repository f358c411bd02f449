/// Held-out evaluation of a classifier: accuracy, per-class F1, confusions and calibration.
public struct ClassificationReport: Sendable, Equatable {
    /// Precision, recall and F1 of one class.
    public struct ClassMetrics: Sendable, Equatable {
        /// The class label.
        public let label: String
        /// Number of gold samples of this class.
        public let support: Int
        /// Fraction of predictions of this class that were right.
        public let precision: Double
        /// Fraction of gold samples of this class predicted correctly (per-class accuracy).
        public let recall: Double
        /// Harmonic mean of precision and recall.
        public let f1: Double
    }

    /// A frequent confusion between two classes.
    public struct Confusion: Sendable, Equatable {
        /// The gold class.
        public let gold: String
        /// The predicted class.
        public let predicted: String
        /// How often it happened.
        public let count: Int
    }

    /// One bin of a reliability diagram.
    public struct ReliabilityBin: Sendable, Equatable {
        /// Lower confidence bound (inclusive).
        public let lower: Double
        /// Upper confidence bound (exclusive, except the last bin).
        public let upper: Double
        /// Samples whose confidence fell in the bin.
        public let count: Int
        /// Mean confidence in the bin.
        public let meanConfidence: Double
        /// Accuracy in the bin.
        public let accuracy: Double
    }

    /// Name of the evaluated set, e.g. "corpus dev (10 %)".
    public let name: String
    /// Number of samples.
    public let count: Int
    /// Overall accuracy.
    public let accuracy: Double
    /// Unweighted mean of per-class F1 over classes with support.
    public let macroF1: Double
    /// Per-class metrics in label order.
    public let classes: [ClassMetrics]
    /// The most frequent confusions, largest first.
    public let topConfusions: [Confusion]
    /// Ten equal-width confidence bins.
    public let reliability: [ReliabilityBin]
    /// Expected calibration error over the bins.
    public let expectedCalibrationError: Double

    /// Computes a report from gold and predicted class indices and the predicted confidence.
    public init(name: String, labels: [String], gold: [Int], predicted: [Int], confidence: [Double]) {
        self.name = name
        count = gold.count
        let classCount = labels.count
        var truePositives = [Int](repeating: 0, count: classCount)
        var goldCounts = [Int](repeating: 0, count: classCount)
        var predictedCounts = [Int](repeating: 0, count: classCount)
        var pairs: [Int: Int] = [:]
        for index in gold.indices {
            goldCounts[gold[index]] += 1
            predictedCounts[predicted[index]] += 1
            if gold[index] == predicted[index] {
                truePositives[gold[index]] += 1
            } else {
                pairs[gold[index] * classCount + predicted[index], default: 0] += 1
            }
        }
        var metrics: [ClassMetrics] = []
        var f1Sum = 0.0
        var f1Classes = 0
        for label in 0..<classCount {
            let precision = predictedCounts[label] == 0 ? 0 : Double(truePositives[label]) / Double(predictedCounts[label])
            let recall = goldCounts[label] == 0 ? 0 : Double(truePositives[label]) / Double(goldCounts[label])
            let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
            metrics.append(ClassMetrics(label: labels[label], support: goldCounts[label], precision: precision, recall: recall, f1: f1))
            if goldCounts[label] > 0 {
                f1Sum += f1
                f1Classes += 1
            }
        }
        classes = metrics
        macroF1 = f1Classes == 0 ? 0 : f1Sum / Double(f1Classes)
        accuracy = gold.isEmpty ? 0 : Double(truePositives.reduce(0, +)) / Double(gold.count)
        topConfusions = pairs.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(15)
            .map { Confusion(gold: labels[$0.key / classCount], predicted: labels[$0.key % classCount], count: $0.value) }
        var bins: [ReliabilityBin] = []
        var calibrationError = 0.0
        for bin in 0..<10 {
            let lower = Double(bin) / 10
            let upper = Double(bin + 1) / 10
            var binCount = 0
            var confidenceSum = 0.0
            var correct = 0
            for index in gold.indices {
                let value = confidence[index]
                guard value >= lower, value < upper || (bin == 9 && value <= 1.000_001) else { continue }
                binCount += 1
                confidenceSum += value
                if gold[index] == predicted[index] { correct += 1 }
            }
            let meanConfidence = binCount == 0 ? 0 : confidenceSum / Double(binCount)
            let binAccuracy = binCount == 0 ? 0 : Double(correct) / Double(binCount)
            bins.append(ReliabilityBin(lower: lower, upper: upper, count: binCount, meanConfidence: meanConfidence, accuracy: binAccuracy))
            if !gold.isEmpty { calibrationError += Double(binCount) / Double(gold.count) * abs(meanConfidence - binAccuracy) }
        }
        reliability = bins
        expectedCalibrationError = calibrationError
    }

    /// Renders the report as a Markdown section.
    public func markdown() -> String {
        var lines: [String] = []
        lines.append("### \(name)")
        lines.append("")
        lines.append("Samples: \(count) · accuracy **\(Self.percent(accuracy))** · macro-F1 **\(Self.percent(macroF1))** · ECE \(Self.fixed(expectedCalibrationError, 3))")
        lines.append("")
        lines.append("| class | support | precision | recall (accuracy) | F1 |")
        lines.append("| --- | ---: | ---: | ---: | ---: |")
        for metric in classes where metric.support > 0 {
            lines.append("| \(metric.label) | \(metric.support) | \(Self.percent(metric.precision)) | \(Self.percent(metric.recall)) | \(Self.percent(metric.f1)) |")
        }
        lines.append("")
        if !topConfusions.isEmpty {
            lines.append("Most frequent confusions (gold → predicted): "
                + topConfusions.prefix(10).map { "\($0.gold)→\($0.predicted) (\($0.count))" }.joined(separator: ", "))
            lines.append("")
        }
        lines.append("Reliability (confidence bin: count, mean confidence, accuracy):")
        lines.append("")
        lines.append("| bin | count | mean confidence | accuracy |")
        lines.append("| --- | ---: | ---: | ---: |")
        for bin in reliability where bin.count > 0 {
            lines.append("| \(Self.fixed(bin.lower, 1))–\(Self.fixed(bin.upper, 1)) | \(bin.count) | \(Self.fixed(bin.meanConfidence, 3)) | \(Self.fixed(bin.accuracy, 3)) |")
        }
        lines.append("")
        return lines.joined(separator: "\n")
    }

    /// Formats a fraction as a percentage with two decimals.
    static func percent(_ value: Double) -> String { fixed(value * 100, 2) }

    /// Formats a number with a fixed number of decimals without Foundation.
    static func fixed(_ value: Double, _ decimals: Int) -> String {
        var factor = 1.0
        for _ in 0..<decimals { factor *= 10 }
        let scaled = (abs(value) * factor).rounded()
        let whole = Int(scaled / factor)
        let fraction = Int(scaled - Double(whole) * factor)
        let sign = value < 0 && scaled > 0 ? "-" : ""
        guard decimals > 0 else { return "\(sign)\(whole)" }
        let digits = String(fraction)
        return "\(sign)\(whole).\(String(repeating: "0", count: max(0, decimals - digits.count)))\(digits)"
    }
}
