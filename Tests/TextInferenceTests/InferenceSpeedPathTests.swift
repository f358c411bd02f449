@testable import TextInference
import Testing

/// The session-17 speed paths give the results of the paths they replace: the vector softmax, the
/// padded-row extra sums of the TF-IDF member, and the reusable language-ID and triage workspaces.
@Suite("Inference speed paths")
struct InferenceSpeedPathTests {
    @Test("The vector softmax agrees with the reference to 4e-15 relative, with masks, wide ranges and odd lengths")
    func vectorSoftmaxMatchesReference() {
        var generator = TestRandom(state: 7)
        for trial in 0..<400 {
            let count = [2, 3, 5, 18, 27, 77][trial % 6]
            let spread = [1.0, 30.0, 900.0][trial % 3]
            let logits = (0..<count).map { _ in generator.uniform(-spread, spread) }
            let mask: [Bool]? = trial % 2 == 0 ? nil : (0..<count).map { index in index == 0 || generator.next() % 3 != 0 }
            var fast = logits, reference = logits
            HashedLinearModel.softmax(&fast, allowed: mask)
            HashedLinearModel.referenceSoftmax(&reference, allowed: mask)
            var total = 0.0
            for index in 0..<count {
                total += fast[index]
                if let mask, !mask[index] {
                    #expect(fast[index] == 0)
                } else if reference[index] > 1e-290 {
                    #expect(abs(fast[index] - reference[index]) <= 4e-15 * reference[index], "trial \(trial) class \(index)")
                } else {
                    #expect(fast[index] <= 1e-290)
                }
            }
            #expect(abs(total - 1) < 1e-12)
        }
    }

    @Test("The vector softmax: a value 800 below the maximum is 0, and a mask that allows nothing gives zeros")
    func vectorSoftmaxEdges() {
        var values = [0.0, -800, -1e300, 5]
        HashedLinearModel.softmax(&values)
        #expect(values[1] == 0 && values[2] == 0)
        #expect(abs(values[3] - 1 / (1 + VectorSoftmax.exp(SIMD4(-5, 0, 0, 0))[0])) < 1e-15)
        var none = [1.0, 2.0, 3.0]
        HashedLinearModel.softmax(&none, allowed: [false, false, false])
        #expect(none == [0, 0, 0])
        let e = VectorSoftmax.exp(SIMD4(0, -1, -0.5 * 0.693_147_180_559_945_3, -708))
        #expect(e[0] == 1)
        #expect(abs(e[1] - 0.367_879_441_171_442_33) < 2e-16)
        #expect(abs(e[2] - 0.707_106_781_186_547_5) < 2e-16)
        #expect(e[3] == 0)
    }

    @Test("Top 3: highest first, the lower index first on ties (the partial selection's contract)")
    func topThreeTies() throws {
        let classifier = try TriageClassifier.loadDefault()
        let labels = classifier.intents
        var probabilities = [Double](repeating: 0.001, count: labels.count)
        for index in [9, 40, 70] { probabilities[index] = 0.2 }
        probabilities[60] = 0.3
        let result = classifier.result(probabilities: probabilities, hasFeatures: true, language: "en")
        #expect(result.top.map(\.intent) == [labels[60], labels[9], labels[40]])
        let flat = classifier.result(probabilities: [Double](repeating: 1.0 / 77, count: labels.count), hasFeatures: true, language: "en")
        #expect(flat.top.map(\.intent) == Array(labels.prefix(3)))
    }

    @Test("The unmasked softmax (whole lanes) equals the masked kernel with every class allowed, bit for bit")
    func unmaskedSoftmaxEqualsAllowAll() {
        var generator = TestRandom(state: 31)
        for count in [1, 2, 3, 4, 5, 6, 7, 8, 9, 27, 77] {
            for spread in [1.0, 40.0, 900.0] {
                let logits = (0..<count).map { _ in generator.uniform(-spread, spread) }
                var unmasked = logits, masked = logits
                VectorSoftmax.apply(&unmasked)
                VectorSoftmax.apply(&masked, allowed: [Bool](repeating: true, count: count))
                #expect(unmasked == masked, "count \(count), spread \(spread)")
            }
        }
    }

    /// A linear model with random Int8 weights (bias 0, scale 1), and its weights.
    private static func randomModel(
        bucketBits: Int, classes: Int, generator: inout TestRandom
    ) throws -> (HashedLinearModel, [Int8]) {
        let weights = (0..<(classes << bucketBits)).map { _ in Int8(truncatingIfNeeded: Int(generator.next() % 255) - 127) }
        let model = try HashedLinearModel(
            kind: "triage", version: "triage-test", labels: (0..<classes).map { "c\($0)" }, bucketBits: bucketBits,
            temperature: 1, parameters: [:], biases: [Float](repeating: 0, count: classes),
            scales: [Float](repeating: 1, count: classes), weights: weights)
        return (model, weights)
    }

    @Test("Extra sums over the padded rows equal the Double products summed directly, bit for bit; odd factors fall back")
    func extraSumsMatchDirectSums() throws {
        var generator = TestRandom(state: 23)
        let classes = 77
        let (model, weights) = try Self.randomModel(bucketBits: 10, classes: classes, generator: &generator)
        #expect(model.rowStride == 80)
        for trial in 0..<50 {
            let count = Int(generator.next() % 400)
            let repeated = (0..<count).map { _ in UInt32(truncatingIfNeeded: generator.next()) }
            // Multiples of 1/256 (TriageIDF's term weights) or, every fifth trial, one that is not.
            var extra = (0..<count).map { _ in Float(generator.next() % 2_000) / 256 }
            if trial % 5 == 4, count > 0 { extra[count / 2] = 0.3 }
            var direct = [Double](repeating: 0, count: classes)
            for (bucket, factor) in zip(repeated, extra) {
                let row = Int(bucket & model.bucketMask) * classes
                for index in 0..<classes { direct[index] += Double(factor) * Double(weights[row + index]) }
            }
            let sums = model.extraSums(repeated: repeated, extra: extra)
            if trial % 5 == 4 {
                for index in 0..<classes { #expect(abs(sums[index] - direct[index]) < 1e-9) }
            } else {
                #expect(sums == direct, "trial \(trial)")
            }
        }
    }

    @Test("Extra sums with few distinct factors (TF-IDF's repeats) sum rows per factor group, bit for bit")
    func extraSumsFactorGroups() throws {
        var generator = TestRandom(state: 29)
        let classes = 77
        let (model, weights) = try Self.randomModel(bucketBits: 12, classes: classes, generator: &generator)
        // ln 2 … ln 7 in 1/256 (the term weights minus one), so up to six groups: four summed row-first, the
        // rest bucket by bucket; sizes cross the 256-row chunk of the row-sum kernel.
        let factors: [Float] = [177, 281, 355, 412, 458, 498].map { $0 / 256 }
        var output: [Double] = [1, 2, 3]
        for count in [1, 2, 30, 255, 256, 257, 700] {
            for groups in 1...factors.count {
                let repeated = (0..<count).map { _ in UInt32(truncatingIfNeeded: generator.next()) }
                let extra = (0..<count).map { _ in factors[Int(generator.next() % UInt64(groups))] }
                var direct = [Double](repeating: 0, count: classes)
                for (bucket, factor) in zip(repeated, extra) {
                    let row = Int(bucket & model.bucketMask) * classes
                    for index in 0..<classes { direct[index] += Double(factor) * Double(weights[row + index]) }
                }
                model.extraSums(repeated: repeated, extra: extra, into: &output)
                #expect(output == direct, "count \(count), groups \(groups)")
            }
        }
        model.extraSums(repeated: [], extra: [], into: &output)
        #expect(output == [Double](repeating: 0, count: classes))
    }

    /// Texts of every kind in an order that shrinks and grows the buffers.
    private static let texts = [
        String(repeating: "Mi tarjeta no llega y ya pasaron dos semanas desde que la pedí. ", count: 30),
        "Danke!", "", "🙂🙂", "私のカードが今朝使えませんでした。", "Hvor er han?", "https://example.com/a?b=c",
        "Здравствуйте, моя карта заблокирована", "بطاقتي لم تصل بعد", "ok",
        String(repeating: "my card was charged twice for the same purchase ", count: 12),
        "hola, no me llega la tarjeta", "I lost my card yesterday, please block it", "x",
    ]

    @Test("A reused language-ID workspace gives what fresh buffers give, text after text, both directions")
    func languageIDWorkspaceMatchesFreshBuffers() throws {
        let identifier = try LanguageIdentifier.loadDefault()
        var workspace = LanguageIDWorkspace()
        for text in Self.texts + Self.texts.reversed() {
            for hint in [nil, "es-MX"] {
                #expect(identifier.identify(text, localeHint: hint, workspace: &workspace) == identifier.identify(text, localeHint: hint))
            }
        }
    }

    @Test("A reused triage workspace gives what fresh buffers give, with and without the vocabulary rate")
    func triageWorkspaceMatchesFreshBuffers() throws {
        let classifier = try TriageClassifier.loadDefault()
        var workspace = TriageWorkspace()
        for text in Self.texts + Self.texts.reversed() {
            for language in ["en", "ar", "es"] {
                #expect(classifier.classify(text, language: language, workspace: &workspace) == classifier.classify(text, language: language))
                let reused = classifier.classifyMeasuringVocabulary(text, language: language, workspace: &workspace)
                let fresh = classifier.classifyMeasuringVocabulary(text, language: language)
                #expect(reused.result == fresh.result && reused.oovRate == fresh.oovRate)
            }
        }
    }
}
