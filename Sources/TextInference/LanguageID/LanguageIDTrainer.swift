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
    ///   - stageOne: for experiments with the second stage only, an artifact trained on the same data with the
    ///     same options whose main model is reused instead of training and calibrating the first stage again.
    public static func train(
        corpus: [LanguageIDSample], clean: [LanguageIDSample] = [], profiles: [String: [String: Double]] = [:],
        options: LanguageIDTrainingOptions = .init(), stageOne: [UInt8]? = nil
    ) throws -> LanguageIDTrainingOutput {
        let labels = LanguageIdentifier.supportedLanguages
        let index = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        var training: [LanguageIDSample] = []
        var heldOut: [LanguageIDSample] = []
        for sample in corpus where index[sample.language] != nil {
            let isDev = !sample.trainOnly && sample.weight >= 1 && isHeldOut(sample.text, fraction: options.devFraction)
            if options.selectionFraction > 0 {
                // Selection mode: dev is neither trained on nor reported; a second split stands in.
                if isDev { continue }
                if !sample.trainOnly && sample.weight >= 1 && isHeldOut(sample.text, fraction: options.selectionFraction, tag: options.selectionTag) {
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
        var scratch = LanguageIDFeatureExtractor.Scratch()
        let model: HashedLinearModel
        if let stageOne {
            var reader = ModelBinaryReader(bytes: stageOne)
            model = try HashedLinearModel(reader: &reader, expectedKind: "langid")
        } else {
            model = try trainStageOne(training: training, heldOut: heldOut, profiles: profiles, options: options, scratch: &scratch)
        }
        let temperature = Double(model.temperature)
        let (pairs, pairSummaries) = try trainPairModels(training: training, heldOut: heldOut, main: model, options: options)
        let identifier = try LanguageIdentifier(model: model, pairs: pairs)
        let shortDev = heldOut.map {
            LanguageIDSample(text: $0.text.split(separator: " ").prefix(2).joined(separator: " "), language: $0.language)
        }
        let pairDev = wordPairDev(heldOut)
        return LanguageIDTrainingOutput(
            modelBytes: model.serialized() + pairs.flatMap { $0.serialized() }, temperature: temperature,
            devReport: evaluate(identifier, on: heldOut, name: "Corpus dev split (\(heldOut.count) held-out sentences)"),
            shortDevReport: evaluate(identifier, on: shortDev, name: "Short text: first two words of each dev sentence"),
            pairDevReport: evaluate(
                identifier, on: pairDev, name: "Word pairs: two adjacent words of 10–20 letters from each dev sentence (\(pairDev.count))"),
            cleanReport: clean.isEmpty ? nil : evaluate(identifier, on: clean, name: "UDHR clean dev set (\(clean.count) lines)"),
            cleanPairReport: clean.isEmpty ? nil : evaluate(
                identifier, on: wordPairDev(clean), name: "UDHR word pairs: two adjacent words of 10–20 letters from each UDHR line"),
            pairSummaries: pairSummaries, heldOut: heldOut)
    }

    /// Trains the first stage (all classes) and fits its temperature on the held-out split.
    private static func trainStageOne(
        training: [LanguageIDSample], heldOut: [LanguageIDSample], profiles: [String: [String: Double]],
        options: LanguageIDTrainingOptions, scratch: inout LanguageIDFeatureExtractor.Scratch
    ) throws -> HashedLinearModel {
        let labels = LanguageIdentifier.supportedLanguages
        let index = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        // Class balancing: classes with less data get (ratio)^balancePower more weight.
        var totals = [Double](repeating: 0, count: labels.count)
        for sample in training { totals[index[sample.language]!] += sample.weight }
        let largest = totals.max() ?? 1
        let balance = totals.map { $0 > 0 ? pow(largest / $0, options.balancePower) : 1 }

        let extractor = LanguageIDFeatureExtractor(maxOrder: options.maxOrder, maxWordLength: 24, wordBigrams: options.wordBigrams)
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
        trainerOptions.averageEpochs = options.averageEpochs
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
        return try makeModel(temperature: Float(temperature))
    }

    /// Trains and calibrates the second-stage pair models named in `options.pairModels`.
    ///
    /// A pair model runs only when the first stage ranks the pair first and second with a logit
    /// difference below `options.pairMaxMargin` (where it can still change the order), which keeps
    /// its extra feature pass off most texts.
    ///
    /// Each is a binarised multinomial naive Bayes log-count ratio over its own hashed features: per
    /// bucket, log((count in a + α) / total of a) − log((count in b + α) / total of b), where a feature
    /// counts once per text, weighted by the text's weight and the pair's class balance, over the two
    /// languages' training sentences with the first stage's fragment and word-pair augmentation. Naive
    /// Bayes gives a word seen only in one language's text its full log-odds where the first stage's
    /// SGD under-weights such rare markers. Its temperature is then fitted, like the first stage's, on
    /// the held-out sentences and their word pairs for which the first stage ranks the pair first and second;
    /// with `options.pairBalancedOffset`, jointly with an offset of the combined difference, each language's
    /// rows weighted as if both had as many held-out texts (equal priors instead of the corpus's).
    static func trainPairModels(
        training: [LanguageIDSample], heldOut: [LanguageIDSample], main: HashedLinearModel, options: LanguageIDTrainingOptions
    ) throws -> (models: [HashedLinearModel], summaries: [LanguageIDPairSummary]) {
        guard !options.pairModels.isEmpty else { return ([], []) }
        let extractor = LanguageIDFeatureExtractor(maxOrder: options.pairMaxOrder, maxWordLength: 24, wordBigrams: options.pairWordBigrams)
        var scratch = LanguageIDFeatureExtractor.Scratch()
        var settings: [String: Double] = [
            "maxOrder": Double(extractor.maxOrder), "maxWordLength": 24, "stageOneWeight": options.pairStageOneWeight,
            "maxStageOneMargin": options.pairMaxMargin,
        ]
        if options.pairWordBigrams { settings["wordBigrams"] = 1 }
        let buckets = 1 << options.pairBucketBits
        let mask = UInt32(buckets - 1)
        var raw: [(label: String, codes: [String], scale: Float, weights: [Int8])] = []
        for (number, name) in options.pairModels.enumerated() {
            let codes = name.split(separator: "-").map(String.init)
            guard codes.count == 2, codes[0] != codes[1], LanguageIdentifier.supportedLanguages.contains(codes[0]),
                LanguageIdentifier.supportedLanguages.contains(codes[1])
            else { throw ModelError.invalidContent(reason: "pair model \(name) must be two supported codes as a-b") }
            var totals = [0.0, 0.0]
            for sample in training {
                if let side = codes.firstIndex(of: sample.language) { totals[side] += sample.weight }
            }
            let largest = max(totals[0], totals[1])
            let balance = totals.map { $0 > 0 ? largest / $0 : 1 }
            var counts = [[Double]](repeating: [Double](repeating: 0, count: buckets), count: 2)
            var bag: [UInt32] = []
            func count(_ text: String, side: Int, weight: Double) {
                extractor.extract(text, into: &scratch)
                bag.removeAll(keepingCapacity: true)
                for feature in scratch.featureStorage[0..<scratch.featureCount] { bag.append(feature & mask) }
                bag.sort()
                var previous: UInt32?
                for bucket in bag where bucket != previous {
                    counts[side][Int(bucket)] += weight
                    previous = bucket
                }
            }
            var generator = SplitMix64(seed: options.seed ^ 0x9A12 ^ UInt64(number) << 32)
            for sample in training {
                guard let side = codes.firstIndex(of: sample.language) else { continue }
                let weight = sample.weight * balance[side]
                count(sample.text, side: side, weight: weight)
                if sample.weight >= 1, Double(generator.next() % 10_000) < options.fragmentRate * 10_000,
                    let fragment = fragment(of: sample.text, using: &generator)
                {
                    count(fragment, side: side, weight: weight * 0.5)
                }
                if sample.weight >= 1, Double(generator.next() % 10_000) < options.pairRate * 10_000,
                    let pair = wordPair(of: sample.text, using: &generator)
                {
                    count(pair, side: side, weight: weight * options.pairWeight)
                }
            }
            let alpha = options.pairSmoothing
            let denominators = counts.map { $0.reduce(0, +) + alpha * Double(buckets) }
            var weights = [Float](repeating: 0, count: buckets)
            for bucket in 0..<buckets {
                weights[bucket] = Float(
                    log((counts[0][bucket] + alpha) / denominators[0]) - log((counts[1][bucket] + alpha) / denominators[1]))
            }
            let quantized = SoftmaxTrainer.quantize(weights, classCount: 1)
            raw.append((LanguageIDPairModel.label(codes[0], codes[1]), codes, quantized.scales[0], quantized.weights))
        }
        /// The records; a pair's offset (added to the combined difference) is stored as its bias × T.
        func makePairs(temperatures: [Double], offsets: [Double]? = nil) throws -> [HashedLinearModel] {
            try raw.enumerated().map { number, pair in
                try HashedLinearModel(
                    kind: LanguageIDPairModel.kind, version: options.version, labels: [pair.label], bucketBits: options.pairBucketBits,
                    temperature: Float(temperatures[number]), parameters: settings,
                    biases: [Float((offsets?[number] ?? 0) * temperatures[number])], scales: [pair.scale], weights: pair.weights)
            }
        }
        // Calibration: per pair, the temperature minimising the held-out log-loss of the combined difference.
        let uncalibrated = try LanguageIdentifier(model: main, pairs: makePairs(temperatures: raw.map { _ in 1 }))
        var inputs = [[(stageOne: Double, stageTwo: Double, positive: Bool)]](repeating: [], count: raw.count)
        let calibration = heldOut + wordPairDev(heldOut)
        for sample in calibration {
            guard let found = uncalibrated.pairInputs(sample.text, scratch: &scratch),
                let side = raw[found.pair].codes.firstIndex(of: sample.language)
            else { continue }
            inputs[found.pair].append((found.stageOne, found.stageTwo, side == 0))
        }
        let weight = options.pairStageOneWeight
        // Balanced prior: each row weighs 1 / (held-out texts of its language), as if every language had as
        // many texts (the corpus has 2.5 times more Danish than Bokmål; an evaluation set may have equal counts).
        var perLanguage: [String: Double] = [:]
        for sample in calibration { perLanguage[sample.language, default: 0] += 1 }
        let fits = inputs.enumerated().map { number, rows -> (temperature: Double, offset: Double) in
            guard rows.count >= 10 else { return (1, 0) }
            let codes = raw[number].codes
            let rowWeights = options.pairBalancedOffset
                ? [1 / max(perLanguage[codes[0]] ?? 1, 1), 1 / max(perLanguage[codes[1]] ?? 1, 1)] : [1.0, 1.0]
            func loss(temperature: Double, offset: Double) -> Double {
                var loss = 0.0
                for row in rows {
                    let difference = weight * row.stageOne + row.stageTwo / temperature + offset
                    let margin = row.positive ? difference : -difference
                    let rowLoss = margin > 30 ? 0 : (margin < -30 ? -margin : log(1 + exp(-margin)))
                    loss += rowWeights[row.positive ? 0 : 1] * rowLoss
                }
                return loss
            }
            var temperature = SoftmaxTrainer.minimise(low: 0.05, high: 20) { loss(temperature: $0, offset: 0) }
            var offset = 0.0
            if options.pairBalancedOffset {
                for _ in 0..<4 {
                    offset = SoftmaxTrainer.minimise(low: -6, high: 6) { loss(temperature: temperature, offset: $0) }
                    temperature = SoftmaxTrainer.minimise(low: 0.05, high: 20) { loss(temperature: $0, offset: offset) }
                }
            }
            return (temperature, offset)
        }
        let summaries = inputs.enumerated().map { number, rows in
            LanguageIDPairSummary(
                pair: raw[number].label, heldOutTexts: rows.count,
                stageOneCorrect: rows.filter { ($0.stageOne > 0) == $0.positive }.count,
                combinedCorrect: rows.filter {
                    (weight * $0.stageOne + $0.stageTwo / fits[number].temperature + fits[number].offset > 0) == $0.positive
                }.count,
                temperature: fits[number].temperature, offset: fits[number].offset)
        }
        return (try makePairs(temperatures: fits.map(\.temperature), offsets: fits.map(\.offset)), summaries)
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
