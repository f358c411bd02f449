/// Trains one-vs-rest linear classifiers with the squared hinge loss (LinearSVC-style) by seeded SGD.
///
/// Features and weights use the same layout and feature value `1 / sqrt(bag size)` as
/// ``SoftmaxTrainer``, so the two weight tables can be added into one model.
struct HingeTrainer {
    /// Runs SGD and returns the learned parameters (scores near ±1 at the margin).
    static func train(_ data: HashedDataset, classCount: Int, options: SoftmaxTrainer.Options) -> SoftmaxTrainer.Parameters {
        let classes = classCount
        let mask = UInt32((1 << options.bucketBits) - 1)
        var weights = [Float](repeating: 0, count: classes << options.bucketBits)
        var biases = [Float](repeating: 0, count: classes)
        var order = Array(0..<data.count)
        var generator = SplitMix64(seed: options.seed)
        var gradient = [Float](repeating: 0, count: classes)
        let totalSteps = Float(max(1, options.epochs * data.count))
        var step: Float = 0
        var globalScale: Float = 1
        weights.withUnsafeMutableBufferPointer { table in
            for _ in 0..<options.epochs {
                order.shuffle(using: &generator)
                for sampleIndex in order {
                    let range = data.range(of: sampleIndex)
                    let rate = options.learningRate * (1 - 0.95 * step / totalSteps)
                    step += 1
                    let featureValue: Float = range.isEmpty ? 0 : 1 / Float(range.count).squareRoot()
                    for index in 0..<classes { gradient[index] = 0 }
                    for position in range {
                        let row = Int(data.features[position] & mask) * classes
                        for index in 0..<classes { gradient[index] += table[row + index] }
                    }
                    let label = Int(data.labels[sampleIndex])
                    let sampleWeight = data.weights[sampleIndex]
                    var active = false
                    for index in 0..<classes {
                        let score = biases[index] + gradient[index] * globalScale * featureValue
                        let sign: Float = index == label ? 1 : -1
                        let margin = sign * score
                        if margin < 1 {
                            gradient[index] = -2 * (1 - margin) * sign * sampleWeight * rate
                            biases[index] -= gradient[index] * 0.1
                            active = true
                        } else {
                            gradient[index] = 0
                        }
                    }
                    globalScale *= 1 - rate * options.l2
                    if active {
                        let update = featureValue / globalScale
                        for position in range {
                            let row = Int(data.features[position] & mask) * classes
                            for index in 0..<classes { table[row + index] -= gradient[index] * update }
                        }
                    }
                    if globalScale < 1e-3 {
                        for index in 0..<table.count { table[index] *= globalScale }
                        globalScale = 1
                    }
                }
            }
            for index in 0..<table.count { table[index] *= globalScale }
        }
        return SoftmaxTrainer.Parameters(weights: weights, biases: biases)
    }
}
