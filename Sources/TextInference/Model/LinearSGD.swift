import Foundation

/// Seeded SGD over hashed features for a linear model with one score per class, for any ``LinearLoss``.
///
/// Each feature occurrence has value `1 / sqrt(bag size)`, matching `HashedLinearModel`, unless the
/// dataset carries per-occurrence values (``HashedDataset/values``). The learning rate decays linearly
/// to 5 % of itself; biases learn at a tenth of it. L2 regularisation uses a global scale factor, so each
/// step touches only the rows of the sample's features. With `options.averageEpochs` above 0 the result
/// is the mean of the weights after every step of the last that many epochs (averaged SGD), kept
/// lazily (see ``LazyAverage``) so a step still touches only its own rows.
enum LinearSGD {
    /// Runs `options.epochs` shuffled passes and returns the learned (or averaged) weights and biases.
    static func train<Loss: LinearLoss>(_ data: HashedDataset, classCount: Int, options: SoftmaxTrainer.Options,
                                        loss: Loss) -> SoftmaxTrainer.Parameters {
        let classes = classCount
        let mask = UInt32((1 << options.bucketBits) - 1)
        var weights = [Float](repeating: 0, count: classes << options.bucketBits)
        var biases = [Float](repeating: 0, count: classes)
        var order = Array(0..<data.count)
        var generator = SplitMix64(seed: options.seed)
        var scores = [Float](repeating: 0, count: classes)
        let totalSteps = Float(max(1, options.epochs * data.count))
        var step: Float = 0
        var globalScale: Float = 1
        let averagedEpochs = min(max(options.averageEpochs, 0), options.epochs)
        var average = LazyAverage(count: averagedEpochs > 0 ? weights.count : 0, classes: classes)
        let hasValues = !data.values.isEmpty
        weights.withUnsafeMutableBufferPointer { table in
            for epoch in 0..<options.epochs {
                order.shuffle(using: &generator)
                let averaging = averagedEpochs > 0 && epoch >= options.epochs - averagedEpochs
                for sampleIndex in order {
                    let range = data.range(of: sampleIndex)
                    let rate = options.learningRate * (1 - 0.95 * step / totalSteps)
                    step += 1
                    let featureValue: Float = range.isEmpty ? 0 : 1 / Float(range.count).squareRoot()
                    for index in 0..<classes { scores[index] = 0 }
                    if hasValues {
                        for position in range {
                            let row = Int(data.features[position] & mask) * classes
                            let value = data.values[position]
                            for index in 0..<classes { scores[index] += table[row + index] * value }
                        }
                        for index in 0..<classes { scores[index] = biases[index] + scores[index] * globalScale }
                    } else {
                        for position in range {
                            let row = Int(data.features[position] & mask) * classes
                            for index in 0..<classes { scores[index] += table[row + index] }
                        }
                        for index in 0..<classes {
                            scores[index] = biases[index] + scores[index] * globalScale * featureValue
                        }
                    }
                    let active = loss.gradients(&scores, label: Int(data.labels[sampleIndex]))
                    let sampleWeight = data.weights[sampleIndex]
                    if active {
                        for index in 0..<classes {
                            scores[index] = scores[index] * sampleWeight * rate
                            biases[index] -= scores[index] * 0.1
                        }
                    }
                    globalScale *= 1 - rate * options.l2
                    if active {
                        let update = featureValue / globalScale
                        for position in range {
                            let row = Int(data.features[position] & mask) * classes
                            let rowUpdate = hasValues ? data.values[position] / globalScale : update
                            if averaging {
                                for index in 0..<classes {
                                    let delta = -scores[index] * rowUpdate
                                    table[row + index] += delta
                                    average.noteChange(at: row + index, by: delta)
                                }
                            } else {
                                for index in 0..<classes { table[row + index] -= scores[index] * rowUpdate }
                            }
                        }
                    }
                    if averaging { average.endStep(scale: globalScale, biases: biases) }
                    if globalScale < 1e-3 {
                        if averaging { average.fold(table) }
                        for index in 0..<table.count { table[index] *= globalScale }
                        globalScale = 1
                    }
                }
            }
            if averagedEpochs > 0 {
                average.mean(table, into: &biases)
            } else {
                for index in 0..<table.count { table[index] *= globalScale }
            }
        }
        return SoftmaxTrainer.Parameters(weights: weights, biases: biases)
    }
}
