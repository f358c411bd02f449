import Foundation

/// Trains a ``HashedEmbeddingModel`` (fastText-style) with seeded single-thread SGD on the
/// cross-entropy loss, so the same data and options give the same parameters bit for bit.
///
/// Each sample's hashed features are averaged into one embedding; an optional ReLU hidden layer and
/// a softmax output follow. The learning rate decays linearly to 5 % of itself over all steps;
/// embeddings get the gradient of the mean (divided by the feature count), as in fastText.
enum HashedEmbeddingTrainer {
    /// Hyper-parameters of one training run.
    struct Options: Sendable, Equatable {
        /// log2 of the number of embedding rows. Default 17.
        var bucketBits = 17
        /// Embedding width, a multiple of 16. Default 64.
        var dimension = 64
        /// ReLU hidden units (0 = plain fastText: the mean embedding feeds the softmax). Default 0.
        var hidden = 0
        /// Passes over the data. Default 20.
        var epochs = 20
        /// Initial learning rate. Default 0.5.
        var learningRate: Float = 0.5
        /// Seed of the initial weights and the shuffles. Default 42.
        var seed: UInt64 = 42
        /// Averaged SGD: the output layer is the mean of its values after each step of the last this many
        /// epochs (0 = the last values). The hidden layer is never averaged. Default 0.
        var averageEpochs = 0
        /// Whether ``averageEpochs`` also averages the embedding rows (lazily, ``LazyAverage``). Default false.
        var averageTable = false
    }

    /// Float parameters after training (embedding rows never seen in training are zero).
    struct Parameters: Sendable {
        /// Embeddings, `[bucket * dimension + d]`.
        var embeddings: [Float]
        /// Hidden weights, `[unit * dimension + d]`.
        var hiddenWeights: [Float]
        /// Hidden biases.
        var hiddenBiases: [Float]
        /// Output weights, `[class * width + j]`.
        var outputWeights: [Float]
        /// Output biases.
        var outputBiases: [Float]
    }

    /// Runs `options.epochs` shuffled passes over `data`.
    static func train(_ data: HashedDataset, classCount: Int, options: Options) -> Parameters {
        let dimension = options.dimension
        let hidden = options.hidden
        let width = hidden > 0 ? hidden : dimension
        let classes = classCount
        let bits = options.bucketBits
        let rows = 1 << bits
        var generator = SplitMix64(seed: options.seed)
        func uniform(_ bound: Float) -> Float {
            (Float(generator.next() >> 40) / Float(1 << 24) * 2 - 1) * bound
        }
        var embeddingArray = [Float](repeating: 0, count: rows * dimension)
        let embeddingBound = 1 / Float(dimension)
        for index in embeddingArray.indices { embeddingArray[index] = uniform(embeddingBound) }
        var hiddenWeightArray = [Float](repeating: 0, count: hidden * dimension)
        let hiddenBound = (6 / Float(hidden + dimension)).squareRoot()
        for index in hiddenWeightArray.indices { hiddenWeightArray[index] = uniform(hiddenBound) }
        var hiddenBiasArray = [Float](repeating: 0, count: hidden)
        var outputWeightArray = [Float](repeating: 0, count: classes * width)
        var outputBiasArray = [Float](repeating: 0, count: classes)
        var seen = [Bool](repeating: false, count: rows)
        var order = Array(0..<data.count)
        // Scratch: mean embedding, pre-activations, output-layer input, scores, and their gradients.
        let scratch = UnsafeMutablePointer<Float>.allocate(capacity: 2 * dimension + 3 * width + classes + hidden + 1)
        defer { scratch.deallocate() }
        let mean = scratch
        let meanGradient = mean + dimension
        let preActivation = meanGradient + dimension
        let input = preActivation + hidden + 1
        let inputGradient = input + width
        let scores = inputGradient + width
        var bucketsOfSample: [Int] = []
        let totalSteps = Float(max(1, options.epochs * data.count))
        var step: Float = 0
        // Parameters live in manual buffers during training (no bounds checks or copy-on-write in the loop).
        func buffer(_ values: [Float]) -> UnsafeMutablePointer<Float> {
            let pointer = UnsafeMutablePointer<Float>.allocate(capacity: max(values.count, 1))
            pointer.initialize(repeating: 0, count: max(values.count, 1))
            for index in values.indices { pointer[index] = values[index] }
            return pointer
        }
        let table = buffer(embeddingArray)
        let hiddenWeights = buffer(hiddenWeightArray)
        let hiddenBiases = buffer(hiddenBiasArray)
        let outputWeights = buffer(outputWeightArray)
        let outputBiases = buffer(outputBiasArray)
        defer { for pointer in [table, hiddenWeights, hiddenBiases, outputWeights, outputBiases] { pointer.deallocate() } }
        let averagedEpochs = min(max(options.averageEpochs, 0), options.epochs)
        var outputSum = [Double](repeating: 0, count: averagedEpochs > 0 ? classes * width + classes : 0)
        var averagedSteps = 0
        var tableAverage = LazyAverage(count: averagedEpochs > 0 && options.averageTable ? rows * dimension : 0, classes: 0)
        for epoch in 0..<options.epochs {
            order.shuffle(using: &generator)
            let averaging = averagedEpochs > 0 && epoch >= options.epochs - averagedEpochs
            for sampleIndex in order {
                let range = data.range(of: sampleIndex)
                let rate = options.learningRate * (1 - 0.95 * step / totalSteps)
                step += 1
                defer {
                    if averaging {
                        for index in 0..<(classes * width) { outputSum[index] += Double(outputWeights[index]) }
                        for label in 0..<classes { outputSum[classes * width + label] += Double(outputBiases[label]) }
                        if options.averageTable { tableAverage.endStep(scale: 1, biases: []) }
                        averagedSteps += 1
                    }
                }
                guard !range.isEmpty else { continue }
                let gold = Int(data.labels[sampleIndex])
                let sampleWeight = data.weights[sampleIndex]
                let inverse = 1 / Float(range.count)
                bucketsOfSample.removeAll(keepingCapacity: true)
                for position in range {
                    bucketsOfSample.append(HashedEmbeddingModel.bucket(data.features[position], bits: bits) &* dimension)
                }
                // Forward: mean embedding, hidden layer, scores.
                for index in 0..<dimension { mean[index] = 0 }
                for row in bucketsOfSample {
                    let source = table + row
                    for index in 0..<dimension { mean[index] += source[index] }
                }
                for index in 0..<dimension { mean[index] *= inverse }
                if hidden > 0 {
                    for unit in 0..<hidden {
                        var sum = hiddenBiases[unit]
                        let weights = hiddenWeights + unit &* dimension
                        for index in 0..<dimension { sum += weights[index] * mean[index] }
                        preActivation[unit] = sum
                        input[unit] = max(sum, 0)
                    }
                } else {
                    for index in 0..<dimension { input[index] = mean[index] }
                }
                var maximum = -Float.infinity
                for label in 0..<classes {
                    var sum = outputBiases[label]
                    let weights = outputWeights + label &* width
                    for index in 0..<width { sum += weights[index] * input[index] }
                    scores[label] = sum
                    maximum = max(maximum, sum)
                }
                var total: Float = 0
                for label in 0..<classes {
                    scores[label] = exp(scores[label] - maximum)
                    total += scores[label]
                }
                // Backward: scores become the loss gradient times the step size.
                let factor = sampleWeight * rate
                for label in 0..<classes { scores[label] = scores[label] / total * factor }
                scores[gold] -= factor
                denseBackward(rows: classes, width: width, weights: outputWeights, biases: outputBiases,
                              input: input, rowGradients: scores, inputGradient: inputGradient) { _ in true }
                if hidden > 0 {
                    denseBackward(rows: hidden, width: dimension, weights: hiddenWeights, biases: hiddenBiases,
                                  input: mean, rowGradients: inputGradient, inputGradient: meanGradient) { preActivation[$0] > 0 }
                } else {
                    for index in 0..<dimension { meanGradient[index] = inputGradient[index] }
                }
                for index in 0..<dimension { meanGradient[index] *= inverse }
                for row in bucketsOfSample {
                    let target = table + row
                    if averaging && options.averageTable {
                        for index in 0..<dimension {
                            target[index] -= meanGradient[index]
                            tableAverage.noteChange(at: row + index, by: -meanGradient[index])
                        }
                    } else {
                        for index in 0..<dimension { target[index] -= meanGradient[index] }
                    }
                }
                for row in bucketsOfSample { seen[row / dimension] = true }
            }
        }
        if averagedSteps > 0 {
            let inverse = 1 / Double(averagedSteps)
            for index in 0..<(classes * width) { outputWeights[index] = Float(outputSum[index] * inverse) }
            for label in 0..<classes { outputBiases[label] = Float(outputSum[classes * width + label] * inverse) }
            if options.averageTable {
                var unused: [Float] = []
                tableAverage.mean(UnsafeMutableBufferPointer(start: table, count: rows * dimension), into: &unused)
            }
        }
        func array(_ pointer: UnsafeMutablePointer<Float>, _ count: Int) -> [Float] {
            Array(UnsafeBufferPointer(start: pointer, count: count))
        }
        embeddingArray = array(table, embeddingArray.count)
        hiddenWeightArray = array(hiddenWeights, hiddenWeightArray.count)
        hiddenBiasArray = array(hiddenBiases, hiddenBiasArray.count)
        outputWeightArray = array(outputWeights, outputWeightArray.count)
        outputBiasArray = array(outputBiases, outputBiasArray.count)
        for bucket in 0..<rows where !seen[bucket] {
            for index in 0..<dimension { embeddingArray[bucket * dimension + index] = 0 }
        }
        return Parameters(
            embeddings: embeddingArray, hiddenWeights: hiddenWeightArray, hiddenBiases: hiddenBiasArray,
            outputWeights: outputWeightArray, outputBiases: outputBiasArray)
    }

    /// One dense layer's backward SGD step: sets `inputGradient` to the sum of each active row's weights times
    /// its gradient, then moves that row's weights (against `input`) and bias down the gradient.
    @inline(__always)
    private static func denseBackward(
        rows: Int, width: Int, weights: UnsafeMutablePointer<Float>, biases: UnsafeMutablePointer<Float>,
        input: UnsafeMutablePointer<Float>, rowGradients: UnsafeMutablePointer<Float>,
        inputGradient: UnsafeMutablePointer<Float>, isActive: (Int) -> Bool
    ) {
        for index in 0..<width { inputGradient[index] = 0 }
        for row in 0..<rows where isActive(row) {
            let gradient = rowGradients[row]
            let rowWeights = weights + row &* width
            for index in 0..<width {
                inputGradient[index] += rowWeights[index] * gradient
                rowWeights[index] -= gradient * input[index]
            }
            biases[row] -= gradient
        }
    }
}
