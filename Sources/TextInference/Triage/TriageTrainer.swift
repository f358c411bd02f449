import Foundation

/// Trains the triage classifier from labelled messages; pure, deterministic for a given seed.
public enum TriageTrainer {
    /// Trains on `train`, fits the temperature on `dev` and evaluates on `dev`.
    ///
    /// - Parameters:
    ///   - train: training messages; labels outside `labels` are ignored.
    ///   - dev: held-out messages for calibration and evaluation.
    ///   - labels: the intent label set, in artifact order.
    ///   - options: hyper-parameters.
    public static func train(
        train: [TriageSample], dev: [TriageSample], labels: [String], options: TriageTrainingOptions = .init()
    ) throws -> TriageTrainingOutput {
        let index = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        var extractor = TriageFeatureExtractor(minOrder: options.minOrder, maxOrder: options.maxOrder)
        extractor.wordWeight = options.wordWeight
        extractor.skipBigrams = options.skipBigrams
        var scratch = TriageFeatureExtractor.Scratch()
        var counts: [String: Int] = [:]
        for sample in train where index[sample.intent] != nil { counts[sample.language + "\u{0}" + sample.intent, default: 0] += 1 }
        let meanCount = counts.isEmpty ? 1 : Double(counts.values.reduce(0, +)) / Double(counts.count)
        var data = HashedDataset()
        for sample in train {
            guard let label = index[sample.intent] else { continue }
            extractor.extract(sample.text, into: &scratch)
            let count = Double(counts[sample.language + "\u{0}" + sample.intent] ?? 1)
            let weight = options.balance == 0 ? 1 : Float(pow(meanCount / count, options.balance))
            data.append(features: scratch.features, label: label, weight: weight)
        }
        var trainerOptions = SoftmaxTrainer.Options()
        trainerOptions.epochs = options.epochs
        trainerOptions.learningRate = Float(options.learningRate)
        trainerOptions.l2 = Float(options.l2)
        trainerOptions.seed = options.seed
        trainerOptions.bucketBits = options.bucketBits
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
            let hinge = HingeTrainer.train(data, classCount: labels.count, options: hingeOptions)
            let weight = Float(options.hingeWeight)
            for position in parameters.weights.indices { parameters.weights[position] += weight * hinge.weights[position] }
            for position in parameters.biases.indices { parameters.biases[position] += weight * hinge.biases[position] }
        }
        let quantized = SoftmaxTrainer.quantize(parameters.weights, classCount: labels.count)
        var settings: [String: Double] = ["minOrder": Double(options.minOrder), "maxOrder": Double(options.maxOrder)]
        if options.wordWeight != 1 { settings["wordWeight"] = Double(options.wordWeight) }
        if options.skipBigrams { settings["skipBigrams"] = 1 }
        func makeModel(temperature: Float) throws -> HashedLinearModel {
            try HashedLinearModel(
                kind: "triage", version: options.version, labels: labels, bucketBits: options.bucketBits,
                temperature: temperature, parameters: settings, biases: parameters.biases, scales: quantized.scales,
                weights: quantized.weights)
        }
        let uncalibrated = try TriageClassifier(model: makeModel(temperature: 1))
        let known = dev.filter { index[$0.intent] != nil }
        let devLogits = known.map { uncalibrated.logits($0.text, scratch: &scratch) }
        let devGold = known.map { index[$0.intent]! }
        let temperature = SoftmaxTrainer.fitTemperature(logits: devLogits, labels: devGold)
        let model = try makeModel(temperature: Float(temperature))
        let classifier = try TriageClassifier(model: model)
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
            modelBytes: model.serialized(), temperature: temperature,
            devReport: evaluate(classifier, on: known, name: "Dev set, all languages (\(known.count) messages)"),
            languageReports: languageReports,
            coverageAtDefaultThreshold: (
                known.isEmpty ? 0 : Double(answered) / Double(known.count),
                answered == 0 ? 0 : Double(answeredCorrect) / Double(answered)
            ))
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
