@testable import TextInference
import Testing

/// The word weighting, skip-bigram and squared-hinge pieces of triage 1.1.
@Suite("Triage ensemble features")
struct TriageEnsembleTests {
    /// Features of `text` with the given word weight and skip-bigram setting.
    private func features(_ text: String, wordWeight: Int, skipBigrams: Bool = false) -> [UInt32] {
        var extractor = TriageFeatureExtractor(minOrder: 2, maxOrder: 5)
        extractor.wordWeight = wordWeight
        extractor.skipBigrams = skipBigrams
        var scratch = TriageFeatureExtractor.Scratch()
        extractor.extract(text, into: &scratch)
        return scratch.features
    }

    @Test("Word weight repeats exactly the word uni/bi-gram features; skip-bigrams add one per word")
    func wordWeight() {
        let text = "block my card now"
        let single = features(text, wordWeight: 1)
        let double = features(text, wordWeight: 2)
        // Four words: four unigrams, four bigrams and the closing bigram are repeated once more.
        #expect(double.count == single.count + 9)
        #expect(Set(double) == Set(single))
        #expect(features(text, wordWeight: 1, skipBigrams: true).count == single.count + 4)
    }

    @Test("A model without word-weight parameters reads features as triage 1.0 did")
    func backwardCompatibleParameters() throws {
        let classes = 77
        let model = try HashedLinearModel(
            kind: "triage", version: "triage-1.0.0", labels: (0..<classes).map { "c\($0)" }, bucketBits: 4, temperature: 1,
            parameters: ["minOrder": 2, "maxOrder": 5], biases: [Float](repeating: 0, count: classes),
            scales: [Float](repeating: 1, count: classes), weights: [Int8](repeating: 1, count: classes << 4))
        let classifier = try TriageClassifier(model: model)
        #expect(classifier.extractor.wordWeight == 1)
        #expect(!classifier.extractor.skipBigrams)
    }

    @Test("The squared-hinge trainer separates a toy problem and is deterministic for a seed")
    func hingeTrainer() {
        var data = HashedDataset()
        for copy in 0..<20 {
            data.append(features: [1, 2, UInt32(100 + copy)], label: 0, weight: 1)
            data.append(features: [3, 4, UInt32(200 + copy)], label: 1, weight: 1)
            data.append(features: [5, 6, UInt32(300 + copy)], label: 2, weight: 1)
        }
        var options = SoftmaxTrainer.Options()
        options.bucketBits = 10
        options.epochs = 5
        options.learningRate = 0.2
        let first = HingeTrainer.train(data, classCount: 3, options: options)
        let second = HingeTrainer.train(data, classCount: 3, options: options)
        #expect(first.weights == second.weights && first.biases == second.biases)
        for (sample, label) in [([UInt32(1), 2], 0), ([3, 4], 1), ([5, 6], 2)] {
            var scores = first.biases
            for feature in sample {
                for index in 0..<3 { scores[index] += first.weights[Int(feature) * 3 + index] / Float(2).squareRoot() }
            }
            #expect(scores.indices.max { scores[$0] < scores[$1] } == label, "\(scores)")
        }
    }
}
