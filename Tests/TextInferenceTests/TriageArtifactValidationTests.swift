@testable import TextInference
import Testing

/// Hostile or corrupt triage artifacts and out-of-range training options fail with typed errors, not traps.
@Suite("Triage artifact and option validation")
struct TriageArtifactValidationTests {
    /// A three-class linear triage record with the given feature parameters.
    private static func linear(_ parameters: [String: Double] = ["minOrder": 2, "maxOrder": 5]) throws -> HashedLinearModel {
        try HashedLinearModel(
            kind: "triage", version: "triage-test", labels: ["a", "b", "c"], bucketBits: 4, temperature: 1,
            parameters: parameters, biases: [0, 0, 0], scales: [0.01, 0.01, 0.01], weights: (0..<(3 << 4)).map { Int8($0 % 5 - 2) })
    }

    /// A tiny embedding record (2^4 rows × 16) reading the features in `mask`.
    private static func member(mask: UInt8) throws -> HashedEmbeddingModel {
        try HashedEmbeddingModel(
            bucketBits: 4, dimension: 16, hidden: 0, classCount: 3, featureMask: mask, blendWeight: 1,
            scales: [Float](repeating: 0.01, count: 16), embeddings: (0..<(16 << 4)).map { Int8($0 % 9 - 4) },
            hiddenWeights: [], hiddenBiases: [], outputWeights: (0..<48).map { Float($0 % 7) / 10 }, outputBiases: [0, 0, 0])
    }

    /// The artifact bytes of a linear record followed by an embedding record.
    private static func artifact(linear: HashedLinearModel, member: HashedEmbeddingModel) -> [UInt8] {
        var writer = ModelBinaryWriter()
        member.serialize(into: &writer)
        return linear.serialized() + writer.bytes
    }

    @Test("A feature mask naming only extracted features loads and classifies")
    func validMaskLoads() throws {
        // Words, bigrams and character 4-grams: orders inside 2...5.
        let classifier = try TriageClassifier(modelBytes: Self.artifact(linear: Self.linear(), member: Self.member(mask: 19)))
        #expect(classifier.extractor.memberMask == 19)
        #expect(classifier.intents.contains(classifier.classify("block my card", language: "en").top[0].intent))
    }

    @Test("A feature mask selecting character orders the linear record does not extract is a typed load error",
          arguments: [UInt8(0b1000_0011), 0b0100_0000, 0b1111_1111])
    func maskOutsideOrdersRejected(mask: UInt8) throws {
        let bytes = Self.artifact(linear: try Self.linear(), member: try Self.member(mask: mask))
        #expect {
            try TriageClassifier(modelBytes: bytes)
        } throws: { error in
            guard case ModelError.invalidContent(let reason) = error else { return false }
            return reason.contains("feature mask")
        }
    }

    @Test("A mask for order 2 is rejected when the linear record extracts only orders 3...5")
    func maskBelowMinOrderRejected() throws {
        let linear = try Self.linear(["minOrder": 3, "maxOrder": 5])
        #expect(throws: ModelError.self) { try TriageClassifier(modelBytes: Self.artifact(linear: linear, member: Self.member(mask: 0b111))) }
        #expect(try TriageClassifier(modelBytes: Self.artifact(linear: linear, member: Self.member(mask: 0b1011))).extractor.minOrder == 3)
    }

    @Test("Several embedding records round-trip and each adds its scores; mixed masks and a fifth record are typed errors")
    func severalMembers() throws {
        let linear = try Self.linear()
        let member = try Self.member(mask: 19)
        let one = try TriageClassifier(model: linear, embeddings: [member])
        let two = try TriageClassifier(model: linear, embeddings: [member, member])
        let bytes = two.serialized()
        let decoded = try TriageClassifier(modelBytes: bytes)
        #expect(decoded.embeddings.count == 2 && decoded.serialized() == bytes)
        var oneScores: [Double] = []
        var twoScores: [Double] = []
        var scratch = TriageFeatureExtractor.Scratch()
        oneScores = one.logits("block my card", scratch: &scratch)
        twoScores = decoded.logits("block my card", scratch: &scratch)
        let linearScores = try TriageClassifier(model: linear).logits("block my card", scratch: &scratch)
        for label in 0..<3 {
            // The same member twice adds its contribution twice.
            let added = oneScores[label] - linearScores[label]
            #expect(abs((twoScores[label] - linearScores[label]) - 2 * added) < 1e-9)
        }
        #expect(oneScores != linearScores)
        #expect(throws: ModelError.self) { try TriageClassifier(model: linear, embeddings: [member, Self.member(mask: 0b11)]) }
        let five = try TriageClassifier(model: linear, embeddings: [member, member, member, member])
        var writer = ModelBinaryWriter()
        member.serialize(into: &writer)
        #expect(throws: ModelError.self) { try TriageClassifier(modelBytes: five.serialized() + writer.bytes) }
    }

    @Test("NaN, inverted, fractional or huge feature parameters are typed load errors, not traps",
          arguments: [
              ["minOrder": Double.nan, "maxOrder": 5], ["minOrder": 2, "maxOrder": 0], ["minOrder": 3, "maxOrder": 2],
              ["minOrder": 2, "maxOrder": 5.5], ["minOrder": 2, "maxOrder": 1e300], ["minOrder": 2, "maxOrder": 5, "wordWeight": 1e20],
              ["minOrder": 2, "maxOrder": 5, "skipBigrams": 2],
          ])
    func hostileParametersRejected(parameters: [String: Double]) throws {
        let linear = try Self.linear(parameters)
        #expect(throws: ModelError.self) { try TriageClassifier(modelBytes: linear.serialized()) }
    }

    @Test("Training options: the defaults validate; more than 24 embedding-row bits and other out-of-range settings are typed errors")
    func optionsValidated() throws {
        try TriageTrainingOptions().validate()
        var options = TriageTrainingOptions()
        options.embeddingBits = 33
        #expect(throws: TriageOptionsError.outOfRange(option: "--embedding-bits", value: "33", allowed: "1...24")) {
            try options.validate()
        }
        options.embeddingBits = 24
        try options.validate()
        options.embeddingFeatureMask = 0b1000_0000
        #expect(throws: TriageOptionsError.self) { try options.validate() }
        options.embeddingFeatureMask = 19
        options.embeddingDimension = 20
        #expect(throws: TriageOptionsError.self) { try options.validate() }
        options.embeddingDimension = 32
        options.calibrationFraction = 1
        #expect(throws: TriageOptionsError.self) { try options.validate() }
    }

    @Test("The trainer refuses out-of-range options before training")
    func trainerValidates() {
        var options = TriageTrainingOptions()
        options.embeddingBits = 40
        let samples = [TriageSample(text: "block my card", intent: "a", language: "en")]
        #expect(throws: TriageOptionsError.self) {
            try TriageTrainer.train(train: samples, dev: samples, labels: ["a", "b"], options: options)
        }
    }

    @Test("The trainer refuses to fit a temperature on an almost empty calibration split")
    func trainerRefusesTinyCalibrationSplit() {
        var options = TriageTrainingOptions()
        options.epochs = 1
        options.embeddingEpochs = 1
        let samples = (0..<12).map { TriageSample(text: "block my card number \($0)", intent: $0 % 2 == 0 ? "a" : "b", language: "en") }
        do {
            _ = try TriageTrainer.train(train: samples, dev: samples, labels: ["a", "b"], options: options)
            Issue.record("training fitted a temperature on a split of at most a few messages")
        } catch let error as TriageOptionsError {
            guard case .tooFewCalibrationMessages(let count, let needed) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(count < needed)
            #expect(needed == TriageTrainer.minimumCalibrationMessages)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test("NaN or out-of-range float weights are typed option errors", arguments: [
        "--embedding-weight", "--hinge-weight", "--l2", "--balance", "--hinge-l2",
    ])
    func floatWeightsValidate(option: String) {
        var options = TriageTrainingOptions()
        #expect(throws: Never.self) { try options.validate() }
        switch option {
        case "--embedding-weight": options.embeddingWeight = .nan
        case "--hinge-weight": options.hingeWeight = -1
        case "--l2": options.l2 = .infinity
        case "--balance": options.balance = 2
        default: options.hingeL2 = .nan
        }
        #expect(throws: TriageOptionsError.self) { try options.validate() }
    }
}
