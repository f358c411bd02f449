import Foundation

/// Trains ``NameLikenessModel`` by seeded SGD on a ``NameTrainingVocabulary``.
///
/// Every word goes to one split by its folded hash (``WordHash``): 10 % held out to measure how the
/// model scores names and non-names it never saw, 10 % selection (the L2 strength and the number of
/// epochs are chosen there, by class-balanced log loss), the rest training. The shipped model is the
/// one trained on the training split with the selected settings, so held-out words stay unseen. The
/// two classes weigh the same in total. Single-threaded and seeded: the same input gives the same bytes.
public enum NameLikenessTrainer {
    /// Training settings.
    public struct Options: Sendable {
        /// Log2 of the number of weight buckets.
        public var bucketBits = 15
        /// Candidate initial learning rates (each decays linearly to 5 % of itself), chosen on the selection split.
        public var learningRates: [Float] = [0.2, 0.5]
        /// Candidate L2 strengths, chosen on the selection split.
        public var l2Candidates: [Float] = [0, 1e-6, 1e-5]
        /// Candidate epoch counts, chosen on the selection split.
        public var epochCandidates = [8, 16, 32]
        /// Shuffle seed.
        public var seed: UInt64 = 0x4E41_4D45

        /// The default settings.
        public init() {}
    }

    /// Figures of one split at one logit threshold.
    public struct SplitFigures: Sendable {
        /// Names and non-names in the split.
        public let names: Int
        public let nonNames: Int
        /// Share of names scoring at or above the threshold.
        public let nameRecall: Double
        /// Share of non-names scoring below the threshold.
        public let nonNameAccuracy: Double
    }

    /// What training chose and measured.
    public struct Report: Sendable {
        /// Training-split sizes.
        public let trainNames: Int
        public let trainNonNames: Int
        /// The selected settings and their class-balanced selection log loss.
        public let l2: Float
        public let epochs: Int
        public let learningRate: Float
        public let selectionLogLoss: Double
        /// Selection-split figures at logit 0.
        public let selection: SplitFigures
        /// Held-out figures by logit threshold (0, 1, 2, 3).
        public let heldOut: [(threshold: Float, figures: SplitFigures)]
    }

    /// The split of a folded word: 0 held out, 1 selection, 2 training.
    static func split(_ word: String) -> Int {
        let folded = word.unicodeScalars.map(\.value)
        let bucket = (WordHash.of(folded, 0, folded.count) >> 17) % 10
        return bucket == 0 ? 0 : bucket == 1 ? 1 : 2
    }

    /// One word's features, flattened.
    private struct Samples {
        var features: [UInt32] = []
        var starts: [Int] = [0]
        var labels: [Bool] = []

        mutating func append(_ word: String, label: Bool) {
            let folded = word.unicodeScalars.map(\.value)
            var features = self.features
            self.features = []
            _ = folded.withUnsafeBufferPointer { buffer in
                NameLikenessFeatures.forEach(buffer, 0, folded.count) { features.append($0) }
            }
            self.features = features
            starts.append(features.count)
            labels.append(label)
        }

        var count: Int { labels.count }
    }

    /// Trains with `options` and returns the model and the report.
    public static func train(_ vocabulary: NameTrainingVocabulary, options: Options = .init()) -> (NameLikenessModel, Report) {
        var splits = [Samples(), Samples(), Samples()]
        for word in vocabulary.names { splits[split(word)].append(word, label: true) }
        for word in vocabulary.nonNames { splits[split(word)].append(word, label: false) }
        var best: (model: NameLikenessModel, loss: Double, l2: Float, epochs: Int, rate: Float)?
        for rate in options.learningRates {
            for l2 in options.l2Candidates {
                for epochs in options.epochCandidates {
                    let model = fit(splits[2], bucketBits: options.bucketBits, rate: rate, l2: l2, epochs: epochs, seed: options.seed)
                    let loss = balancedLogLoss(model, splits[1])
                    if best == nil || loss < best!.loss { best = (model, loss, l2, epochs, rate) }
                }
            }
        }
        let chosen = best!
        let report = Report(
            trainNames: splits[2].labels.filter { $0 }.count, trainNonNames: splits[2].labels.filter { !$0 }.count,
            l2: chosen.l2, epochs: chosen.epochs, learningRate: chosen.rate, selectionLogLoss: chosen.loss,
            selection: figures(chosen.model, splits[1], threshold: 0),
            heldOut: [0, 1, 2, 3].map { (Float($0), figures(chosen.model, splits[0], threshold: Float($0))) })
        return (chosen.model, report)
    }

    /// The logit of sample `k`.
    private static func logit(_ weights: [Float], _ bias: Float, _ mask: UInt32, _ data: Samples, _ k: Int) -> Float {
        var sum: Float = 0
        for p in data.starts[k]..<data.starts[k + 1] { sum += weights[Int(data.features[p] & mask)] }
        return bias + sum / Float(data.starts[k + 1] - data.starts[k]).squareRoot()
    }

    /// Logistic regression by SGD; each class weighs half of the total.
    private static func fit(_ data: Samples, bucketBits: Int, rate: Float, l2: Float, epochs: Int, seed: UInt64) -> NameLikenessModel {
        let mask = UInt32((1 << bucketBits) - 1)
        var weights = [Float](repeating: 0, count: 1 << bucketBits)
        var bias: Float = 0
        let positives = max(1, data.labels.filter { $0 }.count)
        let negatives = max(1, data.count - positives)
        let positiveWeight = Float(data.count) / Float(2 * positives)
        let negativeWeight = Float(data.count) / Float(2 * negatives)
        var generator = SplitMix64(seed: seed)
        var order = Array(0..<data.count)
        let total = Float(max(1, epochs * data.count))
        var step: Float = 0
        for _ in 0..<epochs {
            order.shuffle(using: &generator)
            for k in order {
                let current = rate * (1 - 0.95 * step / total)
                step += 1
                let z = logit(weights, bias, mask, data, k)
                let p = 1 / (1 + expf(-z))
                let label = data.labels[k]
                let g = (p - (label ? 1 : 0)) * (label ? positiveWeight : negativeWeight)
                let value = 1 / Float(data.starts[k + 1] - data.starts[k]).squareRoot()
                for q in data.starts[k]..<data.starts[k + 1] {
                    let row = Int(data.features[q] & mask)
                    weights[row] -= current * (g * value + l2 * weights[row])
                }
                bias -= current * g * 0.1
            }
        }
        return NameLikenessModel(bucketBits: bucketBits, bias: bias, weights: weights)
    }

    /// The mean log loss with each class weighing half.
    private static func balancedLogLoss(_ model: NameLikenessModel, _ data: Samples) -> Double {
        var sums = [0.0, 0.0], counts = [0, 0]
        let mask = UInt32((1 << model.bucketBits) - 1)
        for k in 0..<data.count {
            let z = Double(logit(model.weights, model.bias, mask, data, k))
            let signed = data.labels[k] ? z : -z
            let loss = signed > 0 ? log1p(exp(-signed)) : -signed + log1p(exp(signed))
            let c = data.labels[k] ? 1 : 0
            sums[c] += loss
            counts[c] += 1
        }
        return 0.5 * (sums[0] / Double(max(1, counts[0])) + sums[1] / Double(max(1, counts[1])))
    }

    /// Recall of names and accuracy on non-names at `threshold`.
    private static func figures(_ model: NameLikenessModel, _ data: Samples, threshold: Float) -> SplitFigures {
        let mask = UInt32((1 << model.bucketBits) - 1)
        var names = 0, nonNames = 0, namesAbove = 0, nonNamesBelow = 0
        for k in 0..<data.count {
            let z = logit(model.weights, model.bias, mask, data, k)
            if data.labels[k] {
                names += 1
                if z >= threshold { namesAbove += 1 }
            } else {
                nonNames += 1
                if z < threshold { nonNamesBelow += 1 }
            }
        }
        return SplitFigures(names: names, nonNames: nonNames, nameRecall: Double(namesAbove) / Double(max(1, names)),
                            nonNameAccuracy: Double(nonNamesBelow) / Double(max(1, nonNames)))
    }
}
