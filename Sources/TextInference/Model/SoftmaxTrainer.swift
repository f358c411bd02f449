import Foundation

/// Trains a multinomial logistic-regression model over hashed features with seeded SGD.
///
/// The SGD loop is ``LinearSGD``'s; this type holds the options, the parameters, quantisation
/// and temperature fitting shared by the trainers.
struct SoftmaxTrainer {
    /// Hyper-parameters for one training run.
    struct Options: Sendable {
        /// Passes over the data. Default 6.
        var epochs = 6
        /// Initial learning rate, decayed linearly to 5 % of itself. Default 0.5.
        var learningRate: Float = 0.5
        /// L2 penalty per sample step. Default 1e-7.
        var l2: Float = 1e-7
        /// Shuffle seed. Default 42.
        var seed: UInt64 = 42
        /// log2 of the bucket count. Default 16.
        var bucketBits = 16
        /// Averaged SGD: return the mean of the weights after each step of the last this many epochs
        /// instead of the last weights (0 = off, `epochs` = every step). Default 0.
        var averageEpochs = 0
    }

    /// Float weights (bucket-major) and biases after training.
    struct Parameters: Sendable {
        /// Weights, `weights[bucket * classes + class]`.
        var weights: [Float]
        /// Per-class biases.
        var biases: [Float]
    }

    /// Runs SGD with the cross-entropy loss and returns the learned parameters.
    static func train(_ data: HashedDataset, classCount: Int, options: Options) -> Parameters {
        LinearSGD.train(data, classCount: classCount, options: options, loss: SoftmaxLoss())
    }

    /// Quantizes weights to Int8 with one scale per class, clipping the top 0.01 % of magnitudes.
    static func quantize(_ weights: [Float], classCount: Int) -> (weights: [Int8], scales: [Float]) {
        let buckets = weights.count / classCount
        var scales = [Float](repeating: 1, count: classCount)
        for label in 0..<classCount {
            var magnitudes: [Float] = []
            magnitudes.reserveCapacity(buckets)
            for bucket in 0..<buckets {
                let value = abs(weights[bucket * classCount + label])
                if value > 0 { magnitudes.append(value) }
            }
            guard !magnitudes.isEmpty else { continue }
            magnitudes.sort()
            let clip = magnitudes[min(magnitudes.count - 1, Int(Double(magnitudes.count) * 0.9999))]
            scales[label] = max(clip, 1e-9) / 127
        }
        var quantized = [Int8](repeating: 0, count: weights.count)
        for index in weights.indices {
            let label = index % classCount
            let level = (weights[index] / scales[label]).rounded()
            quantized[index] = Int8(max(-127, min(127, level)))
        }
        return (quantized, scales)
    }

    /// Finds the softmax temperature minimising held-out negative log-likelihood by golden-section search.
    static func fitTemperature(logits: [[Double]], labels: [Int], allowed: [[Bool]]? = nil) -> Double {
        minimise(low: 0.05, high: 10) { temperature in
            var total = 0.0
            for (row, values) in logits.enumerated() {
                var scaled = values.map { $0 / temperature }
                HashedLinearModel.referenceSoftmax(&scaled, allowed: allowed?[row])
                total -= log(max(scaled[labels[row]], 1e-12))
            }
            return total
        }
    }

    /// Minimises a unimodal function on `low...high` by 40 steps of golden-section search.
    static func minimise(low: Double, high: Double, _ loss: (Double) -> Double) -> Double {
        var low = low
        var high = high
        let ratio = (5.0.squareRoot() - 1) / 2
        var left = high - ratio * (high - low)
        var right = low + ratio * (high - low)
        var leftLoss = loss(left)
        var rightLoss = loss(right)
        for _ in 0..<40 {
            if leftLoss < rightLoss {
                high = right
                right = left
                rightLoss = leftLoss
                left = high - ratio * (high - low)
                leftLoss = loss(left)
            } else {
                low = left
                left = right
                leftLoss = rightLoss
                right = low + ratio * (high - low)
                rightLoss = loss(right)
            }
        }
        return (low + high) / 2
    }
}
