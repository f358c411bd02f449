@testable import TextInference
import Testing

/// The fastText-style embedding member of triage 1.3: training, artifact round trip and blending.
@Suite("Triage embedding member")
struct TriageEmbeddingTests {
    /// A toy data set of three separable classes.
    private static let toyData: HashedDataset = {
        var data = HashedDataset()
        for copy in 0..<20 {
            data.append(features: [1, 2, UInt32(100 + copy)], label: 0, weight: 1)
            data.append(features: [3, 4, UInt32(200 + copy)], label: 1, weight: 1)
            data.append(features: [5, 6, UInt32(300 + copy)], label: 2, weight: 1)
        }
        return data
    }()

    /// Toy training options: small table, 16 dimensions.
    private static func options(hidden: Int = 0) -> HashedEmbeddingTrainer.Options {
        var options = HashedEmbeddingTrainer.Options()
        options.bucketBits = 10
        options.dimension = 16
        options.hidden = hidden
        options.epochs = 10
        options.learningRate = 0.5
        return options
    }

    /// A tiny three-class linear triage model with fixed weights.
    private static func linearModel() throws -> HashedLinearModel {
        let classes = 3
        return try HashedLinearModel(
            kind: "triage", version: "triage-test", labels: (0..<classes).map { "c\($0)" }, bucketBits: 4, temperature: 2,
            parameters: ["minOrder": 2, "maxOrder": 5], biases: [0.1, 0, -0.1],
            scales: [Float](repeating: 0.01, count: classes), weights: (0..<(classes << 4)).map { Int8($0 % 7 - 3) })
    }

    /// A quantized model of trained parameters.
    private static func model(
        _ trained: HashedEmbeddingTrainer.Parameters, hidden: Int, blendWeight: Float = 1, featureMask: UInt8 = 0
    ) throws -> HashedEmbeddingModel {
        let table = SoftmaxTrainer.quantize(trained.embeddings, classCount: 16)
        return try HashedEmbeddingModel(
            bucketBits: 10, dimension: 16, hidden: hidden, classCount: 3, featureMask: featureMask, blendWeight: blendWeight,
            scales: table.scales,
            embeddings: table.weights, hiddenWeights: trained.hiddenWeights, hiddenBiases: trained.hiddenBiases,
            outputWeights: trained.outputWeights, outputBiases: trained.outputBiases)
    }

    @Test("Training is deterministic for a seed and separates a toy problem, with and without a hidden layer", arguments: [0, 16])
    func trainsToy(hidden: Int) throws {
        let first = HashedEmbeddingTrainer.train(Self.toyData, classCount: 3, options: Self.options(hidden: hidden))
        let second = HashedEmbeddingTrainer.train(Self.toyData, classCount: 3, options: Self.options(hidden: hidden))
        #expect(first.embeddings == second.embeddings && first.outputWeights == second.outputWeights)
        #expect(first.hiddenWeights == second.hiddenWeights)
        let model = try Self.model(first, hidden: hidden)
        for (sample, label) in [([UInt32(1), 2], 0), ([3, 4], 1), ([5, 6], 2)] {
            var scores = [Double](repeating: 0, count: 3)
            model.addScores(features: sample, to: &scores)
            #expect(scores.indices.max { scores[$0] < scores[$1] } == label, "\(scores)")
        }
        var empty = [Double](repeating: 0, count: 3)
        model.addScores(features: [], to: &empty)
        #expect(empty == [0, 0, 0])
    }

    @Test("The member mask selects words, bigrams and character n-grams of chosen orders, each once")
    func memberFeatureMask() {
        var extractor = TriageFeatureExtractor(minOrder: 2, maxOrder: 5)
        extractor.wordWeight = 2
        var scratch = TriageFeatureExtractor.Scratch()
        extractor.extract("block my card", into: &scratch)
        #expect(scratch.memberFeatures.isEmpty && extractor.memberFeatures(scratch) == scratch.features)
        extractor.memberMask = 0b11
        extractor.extract("block my card", into: &scratch)
        #expect(scratch.memberFeatures.count == 3 + 4)
        #expect(Set(scratch.memberFeatures).isSubset(of: Set(scratch.features)))
        extractor.memberMask = 0b1011
        extractor.extract("block my card", into: &scratch)
        // Character 3-grams of " block ", " my ", " card ": 5 + 2 + 4.
        #expect(scratch.memberFeatures.count == 7 + 11)
        #expect(extractor.memberFeatures(scratch) == scratch.memberFeatures)
    }

    @Test("A member with a feature mask round-trips (format 2) and reads only its features")
    func maskedRoundTrip() throws {
        let mask: UInt8 = 0b11
        let linear = try Self.linearModel()
        let trained = HashedEmbeddingTrainer.train(Self.toyData, classCount: 3, options: Self.options())
        let classifier = try TriageClassifier(model: linear, embedding: Self.model(trained, hidden: 0, featureMask: mask))
        let bytes = classifier.serialized()
        let decoded = try TriageClassifier(modelBytes: bytes)
        #expect(decoded.serialized() == bytes && decoded.embedding?.featureMask == mask)
        #expect(decoded.extractor.memberMask == mask)
        var scratch = TriageFeatureExtractor.Scratch()
        #expect(decoded.probabilities("block my card", scratch: &scratch) == classifier.probabilities("block my card", scratch: &scratch))
    }

    @Test("A linear + embedding artifact round-trips byte for byte and scores as before; trailing bytes are rejected")
    func artifactRoundTrip() throws {
        let linear = try Self.linearModel()
        let trained = HashedEmbeddingTrainer.train(Self.toyData, classCount: 3, options: Self.options())
        let classifier = try TriageClassifier(model: linear, embedding: Self.model(trained, hidden: 0, blendWeight: 0.5))
        let bytes = classifier.serialized()
        #expect(bytes.count > linear.serialized().count)
        let decoded = try TriageClassifier(modelBytes: bytes)
        #expect(decoded.serialized() == bytes)
        #expect(decoded.embedding?.blendWeight == 0.5)
        var scratch = TriageFeatureExtractor.Scratch()
        let text = "block my card"
        #expect(decoded.probabilities(text, scratch: &scratch) == classifier.probabilities(text, scratch: &scratch))
        let linearOnly = try TriageClassifier(model: linear)
        #expect(linearOnly.probabilities(text, scratch: &scratch) != classifier.probabilities(text, scratch: &scratch))
        #expect(throws: ModelError.self) { try TriageClassifier(modelBytes: bytes + [0]) }
        #expect(throws: ModelError.self) { try TriageClassifier(modelBytes: Array(bytes.dropLast())) }
    }

    @Test("The bundled model carries a plain fastText member over words, bigrams and character 4-grams")
    func bundledMember() throws {
        let classifier = try TriageClassifier.loadDefault()
        let member = try #require(classifier.embedding)
        #expect(member.hidden == 0 && member.classCount == 77 && member.dimension % 16 == 0)
        #expect(member.featureMask == 0b1_0011 && classifier.extractor.memberMask == member.featureMask)
    }
}
