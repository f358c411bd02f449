import Foundation

/// Trains the triage classifier from labelled messages; pure, deterministic for a given seed.
public enum TriageTrainer {
    /// Fewest messages a temperature is fitted on; fewer would let it drift and flatten every probability.
    public static let minimumCalibrationMessages = 20

    /// Trains on `train`, fits the temperature on a split of `train` and evaluates on `dev`.
    ///
    /// The temperature comes from a calibration run: the members are trained on `train` minus the share
    /// `options.calibrationFraction` held out by a stable hash of the text (tag `options.calibrationTag`),
    /// and the temperature minimising the held-out negative log-likelihood is applied to the members
    /// trained on all of `train`. `dev` is only evaluated. With a fraction of 0 the temperature is fitted
    /// on `dev` (the pre-1.4 recipe).
    ///
    /// - Parameters:
    ///   - train: training messages; labels outside `labels` are ignored.
    ///   - dev: held-out messages for evaluation.
    ///   - labels: the intent label set, in artifact order.
    ///   - options: hyper-parameters.
    public static func train(
        train: [TriageSample], dev: [TriageSample], labels: [String], options: TriageTrainingOptions = .init()
    ) throws -> TriageTrainingOutput {
        let index = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let known = dev.filter { index[$0.intent] != nil }
        var scratch = TriageFeatureExtractor.Scratch()
        let calibration: [TriageSample]
        let calibrationMembers: Members
        if options.calibrationFraction > 0 {
            let (fit, heldOut) = split(train, labels: labels, fraction: options.calibrationFraction, tag: options.calibrationTag)
            calibration = heldOut
            calibrationMembers = try fitMembers(train: fit, labels: labels, options: options)
        } else {
            calibration = known
            calibrationMembers = try fitMembers(train: train, labels: labels, options: options)
        }
        guard calibration.count >= minimumCalibrationMessages else {
            throw TriageOptionsError.tooFewCalibrationMessages(count: calibration.count, needed: minimumCalibrationMessages)
        }
        let uncalibrated = try calibrationMembers.classifier(temperature: 1, embeddings: calibrationMembers.embeddings)
        let temperature = SoftmaxTrainer.fitTemperature(
            logits: calibration.map { uncalibrated.logits($0.text, scratch: &scratch) },
            labels: calibration.map { index[$0.intent]! })
        let members = options.calibrationFraction > 0
            ? try fitMembers(train: train, labels: labels, options: options) : calibrationMembers
        let model = try members.linear(temperature: Float(temperature))
        let embeddings = try members.embeddings.map { try $0.reweighted($0.blendWeight / Float(temperature)) }
        let classifier = try TriageClassifier(model: model, embeddings: embeddings, termWeights: members.termWeights)
        var languageReports: [String: ClassificationReport] = [:]
        for language in Set(known.map(\.language)).sorted() {
            languageReports[language] = evaluate(
                classifier, on: known.filter { $0.language == language }, name: "Dev set, language \(language)")
        }
        var answered = 0
        var answeredCorrect = 0
        for sample in known {
            let result = classifier.classify(sample.text, language: sample.language)
            if result.intent != TriageClassifier.unknownIntent {
                answered += 1
                if result.intent == sample.intent { answeredCorrect += 1 }
            }
        }
        return TriageTrainingOutput(
            modelBytes: classifier.serialized(), temperature: temperature,
            devReport: evaluate(classifier, on: known, name: "Dev set, all languages (\(known.count) messages)"),
            languageReports: languageReports,
            coverageAtDefaultThreshold: (
                known.isEmpty ? 0 : Double(answered) / Double(known.count),
                answered == 0 ? 0 : Double(answeredCorrect) / Double(answered)
            ))
    }

    /// The trained members of the ensemble, before calibration.
    struct Members {
        /// Float biases of the linear model.
        let biases: [Float]
        /// Int8 weights and per-intent scales of the linear model.
        let quantized: (weights: [Int8], scales: [Float])
        /// Feature settings stored with the linear model.
        let settings: [String: Double]
        /// The label set.
        let labels: [String]
        /// The options used.
        let options: TriageTrainingOptions
        /// The embedding members (seeds `options.seed`, `+ 1`, …), each with blend weight
        /// `options.embeddingWeight / options.embeddingMembers` (none when the weight is 0).
        let embeddings: [HashedEmbeddingModel]
        /// The bucket idf table when the linear members read TF-IDF values (`options.idf`).
        var idf: TriageIDF? = nil
        /// The run-time TF-IDF record (`options.idf` `.tfidf`: idf folded into the weights).
        var termWeights: TriageTermWeights? {
            guard let idf, options.idf == .tfidf else { return nil }
            return try? TriageTermWeights(bucketBits: options.bucketBits, idf: idf.quantized)
        }

        /// The classifier of the linear member and `embeddings`.
        func classifier(temperature: Float, embeddings: [HashedEmbeddingModel]) throws -> TriageClassifier {
            try TriageClassifier(model: linear(temperature: temperature), embeddings: embeddings, termWeights: termWeights)
        }

        /// The linear member's logits (temperature 1) for the linear features of a message, weighted
        /// as in training by the experimental `options.idf` modes (`raw`, `sublinear`, `sublinear-no-idf`:
        /// Float values on the quantised weights; no artifact stores them).
        func linearLogits(_ features: [UInt32]) -> [Double] {
            let classes = labels.count
            let mask = UInt32((1 << options.bucketBits) - 1)
            let weighed = idf.map { $0.weigh(features, mode: options.idf) }
                ?? (features, [Float](repeating: features.isEmpty ? 0 : 1 / Float(features.count).squareRoot(), count: features.count))
            var sums = [Double](repeating: 0, count: classes)
            for (feature, value) in zip(weighed.0, weighed.1) {
                let row = Int(feature & mask) * classes
                for label in 0..<classes { sums[label] += Double(value) * Double(quantized.weights[row + label]) }
            }
            return (0..<classes).map { Double(biases[$0]) + Double(quantized.scales[$0]) * sums[$0] }
        }

        /// The linear member with a softmax temperature.
        func linear(temperature: Float) throws -> HashedLinearModel {
            try HashedLinearModel(
                kind: "triage", version: options.version, labels: labels, bucketBits: options.bucketBits,
                temperature: temperature, parameters: settings, biases: biases, scales: quantized.scales,
                weights: quantized.weights)
        }
    }

    /// Extracts features of `train` and trains the linear member and, when `options.embeddingWeight`
    /// is not 0, the embedding member on the same features.
    static func fitMembers(train: [TriageSample], labels: [String], options: TriageTrainingOptions) throws -> Members {
        try options.validate()
        let index = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        var extractor = TriageFeatureExtractor(minOrder: options.minOrder, maxOrder: options.maxOrder)
        extractor.wordWeight = options.wordWeight
        extractor.skipBigrams = options.skipBigrams
        extractor.memberMask = options.embeddingFeatureMask
        var scratch = TriageFeatureExtractor.Scratch()
        var counts: [String: Int] = [:]
        for sample in train where index[sample.intent] != nil { counts[sample.language + "\u{0}" + sample.intent, default: 0] += 1 }
        let meanCount = counts.isEmpty ? 1 : Double(counts.values.reduce(0, +)) / Double(counts.count)
        var data = HashedDataset()
        var memberData = HashedDataset()
        var bags: [(bag: [UInt32], label: Int, weight: Float)] = []
        for sample in train {
            guard let label = index[sample.intent] else { continue }
            extractor.extract(sample.text, into: &scratch)
            let count = Double(counts[sample.language + "\u{0}" + sample.intent] ?? 1)
            let weight = options.balance == 0 ? 1 : Float(pow(meanCount / count, options.balance))
            if options.idf == .none {
                data.append(features: scratch.features, label: label, weight: weight)
            } else {
                bags.append((scratch.features, label, weight))
            }
            if options.embeddingFeatureMask != 0 {
                memberData.append(features: scratch.memberFeatures, label: label, weight: weight)
            }
        }
        var idf: TriageIDF?
        if options.idf != .none {
            let table = TriageIDF(bags: bags.map(\.bag), bucketBits: options.bucketBits)
            for (bag, label, weight) in bags {
                let weighed = table.weigh(bag, mode: options.idf)
                data.append(features: weighed.features, values: weighed.values, label: label, weight: weight)
            }
            idf = table
        }
        var trainerOptions = SoftmaxTrainer.Options()
        trainerOptions.epochs = options.epochs
        trainerOptions.learningRate = Float(options.learningRate)
        trainerOptions.l2 = Float(options.l2)
        trainerOptions.seed = options.seed
        trainerOptions.bucketBits = options.bucketBits
        trainerOptions.averageEpochs = options.averageEpochs
        var parameters = SoftmaxTrainer.train(data, classCount: labels.count, options: trainerOptions)
        for member in 1..<options.ensemble {
            trainerOptions.seed = options.seed &+ UInt64(member)
            let more = SoftmaxTrainer.train(data, classCount: labels.count, options: trainerOptions)
            for position in parameters.weights.indices { parameters.weights[position] += more.weights[position] }
            for position in parameters.biases.indices { parameters.biases[position] += more.biases[position] }
        }
        if options.ensemble > 1 {
            let scale = 1 / Float(options.ensemble)
            for position in parameters.weights.indices { parameters.weights[position] *= scale }
            for position in parameters.biases.indices { parameters.biases[position] *= scale }
        }
        if options.hingeWeight > 0 {
            var hingeOptions = trainerOptions
            hingeOptions.seed = options.seed
            hingeOptions.learningRate = Float(options.hingeLearningRate)
            hingeOptions.l2 = Float(options.hingeL2)
            hingeOptions.averageEpochs = options.hingeAverageEpochs
            let hinge = HingeTrainer.train(data, classCount: labels.count, options: hingeOptions)
            let weight = Float(options.hingeWeight)
            for position in parameters.weights.indices { parameters.weights[position] += weight * hinge.weights[position] }
            for position in parameters.biases.indices { parameters.biases[position] += weight * hinge.biases[position] }
        }
        if let idf, options.idf == .tfidf {
            // Fold the idf into the weights: inference sums each distinct row once in integers (TriageTermWeights).
            for bucket in 0..<(1 << options.bucketBits) {
                let factor = Float(idf.quantized[bucket]) / 16
                for label in 0..<labels.count { parameters.weights[bucket * labels.count + label] *= factor }
            }
        }
        let quantized = SoftmaxTrainer.quantize(parameters.weights, classCount: labels.count)
        var settings: [String: Double] = ["minOrder": Double(options.minOrder), "maxOrder": Double(options.maxOrder)]
        if options.wordWeight != 1 { settings["wordWeight"] = Double(options.wordWeight) }
        if options.skipBigrams { settings["skipBigrams"] = 1 }
        if options.idf == .tfidf { settings["tfidf"] = 1 }
        var embeddings: [HashedEmbeddingModel] = []
        for member in 0..<(options.embeddingWeight != 0 ? options.embeddingMembers : 0) {
            var embeddingOptions = HashedEmbeddingTrainer.Options()
            embeddingOptions.bucketBits = options.embeddingBits
            embeddingOptions.dimension = options.embeddingDimension
            embeddingOptions.hidden = options.embeddingHidden
            embeddingOptions.epochs = options.embeddingEpochs
            embeddingOptions.learningRate = Float(options.embeddingLearningRate)
            embeddingOptions.seed = options.seed &+ UInt64(member)
            embeddingOptions.averageEpochs = options.embeddingAverageEpochs
            embeddingOptions.averageTable = options.embeddingAverageTable
            let trained = HashedEmbeddingTrainer.train(
                options.embeddingFeatureMask == 0 ? data : memberData, classCount: labels.count, options: embeddingOptions)
            let table = SoftmaxTrainer.quantize(trained.embeddings, classCount: options.embeddingDimension)
            embeddings.append(try HashedEmbeddingModel(
                bucketBits: options.embeddingBits, dimension: options.embeddingDimension, hidden: options.embeddingHidden,
                classCount: labels.count, featureMask: options.embeddingFeatureMask,
                blendWeight: Float(options.embeddingWeight / Double(options.embeddingMembers)), scales: table.scales,
                embeddings: table.weights, hiddenWeights: trained.hiddenWeights, hiddenBiases: trained.hiddenBiases,
                outputWeights: trained.outputWeights, outputBiases: trained.outputBiases))
        }
        return Members(
            biases: parameters.biases, quantized: quantized, settings: settings, labels: labels, options: options,
            embeddings: embeddings, idf: idf)
    }

    /// Model selection without the dev set: trains on `train` minus a held-out share chosen by a stable
    /// hash of the text (`LanguageIDTrainer.isHeldOut` with `fraction` and `tag`) and returns report
    /// lines with the held-out macro-F1 (argmax) of the linear member, the embedding member and their
    /// blend at each of `blendWeights`.
    public static func select(
        train: [TriageSample], labels: [String], options: TriageTrainingOptions, fraction: Double, tag: UInt32,
        blendWeights: [Double]
    ) throws -> [String] {
        let (fit, heldOut) = split(train, labels: labels, fraction: fraction, tag: tag)
        let index = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        var memberOptions = options
        if memberOptions.embeddingWeight == 0 { memberOptions.embeddingWeight = 1 }
        let members = try fitMembers(train: fit, labels: labels, options: memberOptions)
        let linear = try members.classifier(temperature: 1, embeddings: [])
        let embeddings = try members.embeddings.map { try $0.reweighted(1 / Float(members.embeddings.count)) }
        var memberExtractor = TriageFeatureExtractor(minOrder: options.minOrder, maxOrder: options.maxOrder)
        memberExtractor.wordWeight = options.wordWeight
        memberExtractor.skipBigrams = options.skipBigrams
        memberExtractor.memberMask = options.embeddingFeatureMask
        var scratch = TriageFeatureExtractor.Scratch()
        var linearLogits: [[Double]] = []
        var embeddingScores: [[Double]] = []
        for sample in heldOut {
            let custom = options.idf != .none && options.idf != .tfidf
            if !custom { linearLogits.append(linear.logits(sample.text, scratch: &scratch)) }
            var scores = [Double](repeating: 0, count: labels.count)
            memberExtractor.extract(sample.text, into: &scratch)
            if custom { linearLogits.append(members.linearLogits(scratch.features)) }
            for embedding in embeddings { embedding.addScores(features: memberExtractor.memberFeatures(scratch), to: &scores) }
            embeddingScores.append(scores)
        }
        let gold = heldOut.map { index[$0.intent]! }
        func line(_ name: String, _ linearWeight: Double, _ embeddingWeight: Double) -> String {
            var predicted: [Int] = []
            for row in heldOut.indices {
                var best = 0
                var bestScore = -Double.infinity
                for label in 0..<labels.count {
                    let score = linearWeight * linearLogits[row][label] + embeddingWeight * embeddingScores[row][label]
                    if score > bestScore {
                        best = label
                        bestScore = score
                    }
                }
                predicted.append(best)
            }
            var text = name
            for language in ["all", "en", "ar"] {
                let rows = heldOut.indices.filter { language == "all" || heldOut[$0].language == language }
                let report = ClassificationReport(
                    name: language, labels: labels, gold: rows.map { gold[$0] }, predicted: rows.map { predicted[$0] },
                    confidence: rows.map { _ in 1 })
                text += "  \(language) " + String(format: "%.2f", report.macroF1 * 100)
            }
            return text
        }
        var lines = ["selection: \(fit.count) trained, \(heldOut.count) held out (fraction \(fraction), tag \(tag))"]
        lines.append(line("linear only         ", 1, 0))
        lines.append(line("embedding only      ", 0, 1))
        for weight in blendWeights { lines.append(line(String(format: "blend weight %7.3f", weight), 1, weight)) }
        return lines
    }

    /// Splits the samples with a label in `labels` into a training part and the share `fraction` held out
    /// by a stable hash of the text (`LanguageIDTrainer.isHeldOut` with `tag`).
    static func split(
        _ samples: [TriageSample], labels: [String], fraction: Double, tag: UInt32
    ) -> (fit: [TriageSample], heldOut: [TriageSample]) {
        let known = Set(labels)
        var fit: [TriageSample] = []
        var heldOut: [TriageSample] = []
        for sample in samples where known.contains(sample.intent) {
            if LanguageIDTrainer.isHeldOut(sample.text, fraction: fraction, tag: tag) {
                heldOut.append(sample)
            } else {
                fit.append(sample)
            }
        }
        return (fit, heldOut)
    }

    /// Evaluates the argmax intent (ignoring the threshold) of a classifier on labelled samples.
    public static func evaluate(_ classifier: TriageClassifier, on samples: [TriageSample], name: String) -> ClassificationReport {
        let labels = classifier.intents
        let index = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        var gold: [Int] = []
        var predicted: [Int] = []
        var confidence: [Double] = []
        var scratch = TriageFeatureExtractor.Scratch()
        for sample in samples {
            guard let goldIndex = index[sample.intent] else { continue }
            let probabilities = classifier.probabilities(sample.text, scratch: &scratch)
            var best = 0
            for position in probabilities.indices where probabilities[position] > probabilities[best] { best = position }
            gold.append(goldIndex)
            predicted.append(best)
            confidence.append(probabilities[best])
        }
        return ClassificationReport(name: name, labels: labels, gold: gold, predicted: predicted, confidence: confidence)
    }
}
