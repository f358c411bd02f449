import Foundation

/// Trains the language identifier from labelled samples; pure, deterministic for a given seed.
public enum LanguageIDTrainer {
    /// Whether a corpus sentence belongs to the held-out dev split (stable hash of its UTF-8 bytes).
    ///
    /// `tag` 7 is the dev split; another tag gives an independent split (13: model selection).
    public static func isHeldOut(_ text: String, fraction: Double, tag: UInt32 = 7) -> Bool {
        var state: UInt32 = FeatureHash.basis
        for byte in text.utf8 { state = FeatureHash.step(state, UInt32(byte)) }
        return Double(FeatureHash.finish(state, tag: tag) % 10_000) < fraction * 10_000
    }

    /// Trains, calibrates and evaluates a model.
    ///
    /// - Parameters:
    ///   - corpus: sentences and phrases; full-weight ones are split into train/dev by `isHeldOut`.
    ///   - clean: an extra, never-trained evaluation set (e.g. UDHR sentences).
    ///   - profiles: per language, character 1–3-gram counts used for `options.profileBags` synthetic bags.
    ///   - options: hyper-parameters.
    public static func train(
        corpus: [LanguageIDSample], clean: [LanguageIDSample] = [], profiles: [String: [String: Double]] = [:],
        options: LanguageIDTrainingOptions = .init()
    ) throws -> LanguageIDTrainingOutput {
        let labels = LanguageIdentifier.supportedLanguages
        let index = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        var training: [LanguageIDSample] = []
        var heldOut: [LanguageIDSample] = []
        for sample in corpus where index[sample.language] != nil {
            let isDev = sample.weight >= 1 && isHeldOut(sample.text, fraction: options.devFraction)
            if options.selectionFraction > 0 {
                // Selection mode: dev is neither trained on nor reported; a second split stands in.
                if isDev { continue }
                if sample.weight >= 1 && isHeldOut(sample.text, fraction: options.selectionFraction, tag: 13) {
                    heldOut.append(sample)
                    continue
                }
            }
            if isDev {
                heldOut.append(sample)
            } else {
                training.append(sample)
            }
        }
        // Class balancing: classes with less data get (ratio)^balancePower more weight.
        var totals = [Double](repeating: 0, count: labels.count)
        for sample in training { totals[index[sample.language]!] += sample.weight }
        let largest = totals.max() ?? 1
        let balance = totals.map { $0 > 0 ? pow(largest / $0, options.balancePower) : 1 }

        let extractor = LanguageIDFeatureExtractor(maxOrder: options.maxOrder, maxWordLength: 24, wordBigrams: options.wordBigrams)
        var scratch = LanguageIDFeatureExtractor.Scratch()
        var data = HashedDataset()
        var generator = SplitMix64(seed: options.seed ^ 0x5EED)
        for sample in training {
            let label = index[sample.language]!
            let weight = Float(sample.weight * balance[label])
            extractor.extract(sample.text, into: &scratch)
            data.append(features: scratch.features, label: label, weight: weight)
            if sample.weight >= 1, Double(generator.next() % 10_000) < options.fragmentRate * 10_000,
                let fragment = fragment(of: sample.text, using: &generator)
            {
                extractor.extract(fragment, into: &scratch)
                data.append(features: scratch.features, label: label, weight: weight * 0.5)
            }
            if sample.weight >= 1, Double(generator.next() % 10_000) < options.pairRate * 10_000,
                let pair = wordPair(of: sample.text, using: &generator)
            {
                extractor.extract(pair, into: &scratch)
                data.append(features: scratch.features, label: label, weight: weight * Float(options.pairWeight))
            }
        }
        if options.profileBags > 0 {
            for (language, profile) in profiles.sorted(by: { $0.key < $1.key }) {
                guard let label = index[language] else { continue }
                let sampler = LanguageIDProfileSampler(profile: profile)
                guard sampler.isUsable else { continue }
                for _ in 0..<options.profileBags {
                    let length = 4 + Int(generator.next() % 37)
                    data.append(features: sampler.bag(length: length, using: &generator), label: label, weight: Float(options.profileWeight))
                }
            }
        }
        var trainerOptions = SoftmaxTrainer.Options()
        trainerOptions.epochs = options.epochs
        trainerOptions.learningRate = Float(options.learningRate)
        trainerOptions.seed = options.seed
        trainerOptions.bucketBits = options.bucketBits
        let parameters = SoftmaxTrainer.train(data, classCount: labels.count, options: trainerOptions)
        let quantized = SoftmaxTrainer.quantize(parameters.weights, classCount: labels.count)
        var settings: [String: Double] = ["maxOrder": Double(options.maxOrder), "maxWordLength": 24]
        if options.wordBigrams { settings["wordBigrams"] = 1 }
        func makeModel(temperature: Float) throws -> HashedLinearModel {
            try HashedLinearModel(
                kind: "langid", version: options.version, labels: labels, bucketBits: options.bucketBits,
                temperature: temperature, parameters: settings, biases: parameters.biases, scales: quantized.scales,
                weights: quantized.weights)
        }
        // Fit the temperature on the dev split for model-scored (non fast-path) scripts.
        let uncalibrated = try LanguageIdentifier(model: makeModel(temperature: 1))
        var devLogits: [[Double]] = []
        var devGold: [Int] = []
        var devAllowed: [[Bool]] = []
        for sample in heldOut {
            guard let analysis = uncalibrated.analyse(sample.text, scratch: &scratch), analysis.fastPath == nil,
                let gold = index[sample.language], analysis.allowed[gold]
            else { continue }
            devLogits.append(analysis.logits)
            devGold.append(gold)
            devAllowed.append(analysis.allowed)
        }
        let temperature = SoftmaxTrainer.fitTemperature(logits: devLogits, labels: devGold, allowed: devAllowed)
        let model = try makeModel(temperature: Float(temperature))
        let identifier = try LanguageIdentifier(model: model)
        let shortDev = heldOut.map {
            LanguageIDSample(text: $0.text.split(separator: " ").prefix(2).joined(separator: " "), language: $0.language)
        }
        let pairDev = wordPairDev(heldOut)
        return LanguageIDTrainingOutput(
            modelBytes: model.serialized(), temperature: temperature,
            devReport: evaluate(identifier, on: heldOut, name: "Corpus dev split (\(heldOut.count) held-out sentences)"),
            shortDevReport: evaluate(identifier, on: shortDev, name: "Short text: first two words of each dev sentence"),
            pairDevReport: evaluate(
                identifier, on: pairDev, name: "Word pairs: two adjacent words of 10–20 letters from each dev sentence (\(pairDev.count))"),
            cleanReport: clean.isEmpty ? nil : evaluate(identifier, on: clean, name: "UDHR clean dev set (\(clean.count) lines)"),
            heldOut: heldOut)
    }

    /// Evaluates an identifier; an `"und"` answer counts as a miss.
    public static func evaluate(_ identifier: LanguageIdentifier, on samples: [LanguageIDSample], name: String) -> ClassificationReport {
        let labels = LanguageIdentifier.supportedLanguages + ["und"]
        let index = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        var gold: [Int] = []
        var predicted: [Int] = []
        var confidence: [Double] = []
        var scratch = LanguageIDFeatureExtractor.Scratch()
        for sample in samples {
            guard let goldIndex = index[sample.language] else { continue }
            let result = identifier.identify(sample.text, localeHint: nil, scratch: &scratch)
            gold.append(goldIndex)
            predicted.append(index[result.code] ?? labels.count - 1)
            confidence.append(result.confidence)
        }
        return ClassificationReport(name: name, labels: labels, gold: gold, predicted: predicted, confidence: confidence)
    }

    /// The word-pair dev set: one deterministic 10–20-letter word pair (or CJK run) per held-out sentence.
    public static func wordPairDev(_ heldOut: [LanguageIDSample]) -> [LanguageIDSample] {
        var result: [LanguageIDSample] = []
        for sample in heldOut {
            var state = FeatureHash.basis
            for byte in sample.text.utf8 { state = FeatureHash.step(state, UInt32(byte)) }
            var generator = SplitMix64(seed: UInt64(FeatureHash.finish(state, tag: 11)))
            if let pair = wordPair(of: sample.text, using: &generator) {
                result.append(LanguageIDSample(text: pair, language: sample.language))
            }
        }
        return result
    }

    /// Letters of a word (punctuation stripped), for the pair length rule.
    private static func letterCount(_ word: Substring) -> Int {
        var count = 0
        for scalar in word.unicodeScalars where TextScalars.isWordScalar(scalar.value) { count += 1 }
        return count
    }

    /// A random pair of adjacent words whose letters and the space between them count 10–20, with
    /// the words' punctuation stripped and, half the time, lowercased; for unspaced text a 4–10-scalar run.
    static func wordPair(of text: String, using generator: inout SplitMix64) -> String? {
        let words = text.split(separator: " ")
        if words.count >= 2 {
            var candidates: [Int] = []
            for index in 0..<(words.count - 1) {
                let length = letterCount(words[index]) + letterCount(words[index + 1]) + 1
                if length >= 10 && length <= 20 && letterCount(words[index]) > 0 && letterCount(words[index + 1]) > 0 {
                    candidates.append(index)
                }
            }
            guard !candidates.isEmpty else { return nil }
            let start = candidates[Int(generator.next() % UInt64(candidates.count))]
            let lower = generator.next() % 2 == 0
            func clean(_ word: Substring) -> String {
                var out = ""
                for scalar in word.unicodeScalars where TextScalars.isWordScalar(scalar.value) || scalar == "'" || scalar == "-" {
                    out.unicodeScalars.append(lower ? (Unicode.Scalar(TextScalars.lowercase(scalar.value)) ?? scalar) : scalar)
                }
                return out
            }
            return clean(words[start]) + " " + clean(words[start + 1])
        }
        let scalars = Array(text.unicodeScalars).filter { TextScalars.isWordScalar($0.value) }
        guard words.count == 1, scalars.count >= 8 else { return nil }
        let length = min(scalars.count, 4 + Int(generator.next() % 7))
        let start = Int(generator.next() % UInt64(scalars.count - length + 1))
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars[start..<(start + length)])
        return result
    }

    /// A random 1–3-word window of a sentence, or 2–6 scalars of unspaced text.
    private static func fragment(of text: String, using generator: inout SplitMix64) -> String? {
        let words = text.split(separator: " ")
        if words.count >= 3 {
            let length = 1 + Int(generator.next() % 3)
            let start = Int(generator.next() % UInt64(words.count - length + 1))
            return words[start..<(start + length)].joined(separator: " ")
        }
        let scalars = Array(text.unicodeScalars)
        guard words.count == 1, scalars.count >= 6 else { return nil }
        let length = 2 + Int(generator.next() % 5)
        let start = Int(generator.next() % UInt64(scalars.count - length + 1))
        var result = ""
        result.unicodeScalars.append(contentsOf: scalars[start..<(start + length)])
        return result
    }
}
