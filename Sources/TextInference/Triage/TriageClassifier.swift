/// Classifies a customer-support message into one of 77 banking intents (English and Arabic).
///
/// A quantized multinomial logistic-regression model over hashed word uni/bi-grams and
/// character 2–5-grams, optionally plus a fastText-style embedding member over the same features
/// (``HashedEmbeddingModel``, stored after the linear record in the artifact) whose weighted scores are
/// added to the logits; probabilities are temperature-calibrated on held-out data.
public struct TriageClassifier: Sendable {
    /// The label returned below the confidence threshold.
    public static let unknownIntent = "unknown"
    /// Languages the model was trained on.
    public static let trainedLanguages: Set<String> = ["en", "ar"]

    /// Model version published with results, e.g. `"triage-1.0.0"`.
    public let version: String
    /// The settings in force.
    public let configuration: TriageConfiguration
    /// The intent labels the model can return (besides `"unknown"`).
    public var intents: [String] { model.labels }

    /// The trained weights.
    let model: HashedLinearModel
    /// The embedding members, in artifact order (none, one, or several trained with consecutive seeds).
    let embeddings: [HashedEmbeddingModel]
    /// The TF-IDF table of the linear member (`nil`: every feature occurrence weighs `1 / sqrt(n)`).
    let termWeights: TriageTermWeights?
    /// The first embedding member, when the artifact has one.
    var embedding: HashedEmbeddingModel? { embeddings.first }
    /// Feature extraction matching the training run.
    let extractor: TriageFeatureExtractor
    /// The training words, for ``outOfVocabularyRate(_:language:)`` (`nil` when none was loaded).
    public let vocabulary: TriageVocabulary?

    /// Loads the bundled model, verifying its size and SHA-256 against `Resources/models.json`.
    public static func loadDefault(configuration: TriageConfiguration = .init()) throws -> TriageClassifier {
        let vocabulary = try ModelManifest.loadBundled().models[TriageVocabulary.modelName] == nil
            ? nil : try TriageVocabulary(bytes: ModelResources.verifiedModelBytes(named: TriageVocabulary.modelName))
        return try TriageClassifier(modelBytes: ModelResources.verifiedModelBytes(named: "triage"), configuration: configuration,
                                    vocabulary: vocabulary)
    }

    /// Decodes a model artifact written by `TriageTrainer`, with the vocabulary of its training words if given.
    public init(modelBytes: [UInt8], configuration: TriageConfiguration = .init(), vocabulary: TriageVocabulary? = nil) throws {
        var reader = ModelBinaryReader(bytes: modelBytes)
        let model = try HashedLinearModel(reader: &reader, expectedKind: "triage")
        let termWeights = reader.peek(count: 4) == TriageTermWeights.magic ? try TriageTermWeights(reader: &reader) : nil
        var embeddings: [HashedEmbeddingModel] = []
        while !reader.isAtEnd {
            guard embeddings.count < Self.maximumEmbeddingMembers else {
                throw ModelError.invalidContent(reason: "\(reader.remaining) unexpected trailing bytes")
            }
            embeddings.append(try HashedEmbeddingModel(reader: &reader))
        }
        try self.init(
            model: model, embeddings: embeddings, termWeights: termWeights, configuration: configuration, vocabulary: vocabulary)
    }

    /// Most embedding records an artifact may hold.
    static let maximumEmbeddingMembers = 4

    /// Wraps in-memory members: a linear model and at most one embedding member.
    init(
        model: HashedLinearModel, embedding: HashedEmbeddingModel? = nil, configuration: TriageConfiguration = .init(),
        vocabulary: TriageVocabulary? = nil
    ) throws {
        try self.init(model: model, embeddings: embedding.map { [$0] } ?? [], configuration: configuration, vocabulary: vocabulary)
    }

    /// Wraps in-memory members: a linear model (with its TF-IDF table when it was trained on TF-IDF
    /// features) and embedding members that all read the same features.
    init(
        model: HashedLinearModel, embeddings: [HashedEmbeddingModel], termWeights: TriageTermWeights? = nil,
        configuration: TriageConfiguration = .init(), vocabulary: TriageVocabulary? = nil
    ) throws {
        guard (model.parameters["tfidf"] == 1) == (termWeights != nil),
              termWeights.map({ $0.bucketBits == model.bucketBits }) ?? true
        else {
            throw ModelError.invalidContent(reason: "the linear record's 'tfidf' setting and the term-weight record disagree")
        }
        guard !model.labels.contains(Self.unknownIntent) else {
            throw ModelError.invalidContent(reason: "'unknown' is reserved and cannot be a trained intent")
        }
        for embedding in embeddings where embedding.classCount != model.classCount {
            throw ModelError.invalidContent(reason: "the embedding member has \(embedding.classCount) classes, not \(model.classCount)")
        }
        guard embeddings.count <= Self.maximumEmbeddingMembers,
              embeddings.allSatisfy({ $0.featureMask == embeddings[0].featureMask })
        else {
            throw ModelError.invalidContent(reason: "embedding members must be at most \(Self.maximumEmbeddingMembers) and read the same features")
        }
        let settings = try TriageFeatureSettings(parameters: model.parameters, memberMask: embeddings.first?.featureMask ?? 0)
        self.model = model
        self.embeddings = embeddings
        self.termWeights = termWeights
        self.version = model.version
        self.configuration = configuration
        self.vocabulary = vocabulary
        var extractor = TriageFeatureExtractor(minOrder: settings.minOrder, maxOrder: settings.maxOrder)
        extractor.maximumScalars = max(1, configuration.maximumScalars)
        extractor.wordWeight = settings.wordWeight
        extractor.skipBigrams = settings.skipBigrams
        extractor.memberMask = settings.memberMask
        self.extractor = extractor
    }

    /// Classifies `text`; `language` is the language-ID code (models are trained on `en` and `ar`).
    public func classify(_ text: String, language: String) -> TriageResult {
        var scratch = TriageFeatureExtractor.Scratch()
        return classify(text, language: language, scratch: &scratch)
    }

    /// Classifies `text` and, when a vocabulary is loaded, also returns its
    /// ``outOfVocabularyRate(_:language:)``, computed from the same normalised words (one pass, not two).
    public func classifyMeasuringVocabulary(_ text: String, language: String) -> (result: TriageResult, oovRate: Double?) {
        var scratch = TriageFeatureExtractor.Scratch()
        let result = classify(text, language: language, scratch: &scratch)
        guard let vocabulary else { return (result, nil) }
        return (result, Self.outOfVocabularyRate(normalized: scratch.stream, vocabulary: vocabulary))
    }

    /// ``classify(_:language:)`` reusing `workspace`'s buffers (same result, without its per-call allocations).
    public func classify(_ text: String, language: String, workspace: inout TriageWorkspace) -> TriageResult {
        classify(text, language: language, scratch: &workspace.scratch)
    }

    /// ``classifyMeasuringVocabulary(_:language:)`` reusing `workspace`'s buffers.
    public func classifyMeasuringVocabulary(
        _ text: String, language: String, workspace: inout TriageWorkspace
    ) -> (result: TriageResult, oovRate: Double?) {
        let result = classify(text, language: language, scratch: &workspace.scratch)
        guard let vocabulary else { return (result, nil) }
        return (result, Self.outOfVocabularyRate(normalized: workspace.scratch.stream, vocabulary: vocabulary))
    }

    /// ``classify(_:language:)`` with caller-owned buffers; `scratch.stream` keeps the normalised text.
    func classify(_ text: String, language: String, scratch: inout TriageFeatureExtractor.Scratch) -> TriageResult {
        computeProbabilities(text, scratch: &scratch)
        return result(probabilities: scratch.logits, hasFeatures: !scratch.features.isEmpty, language: language)
    }

    /// The result for calibrated `probabilities` of a text in `language` (`unknown` without features).
    func result(probabilities: [Double], hasFeatures: Bool, language: String) -> TriageResult {
        // The three best, highest probability first and the lower index on ties (a partial selection).
        var first = -1, second = -1, third = -1
        probabilities.withUnsafeBufferPointer { p in
            for index in 0..<p.count {
                let value = p[index]
                if first < 0 || value > p[first] {
                    third = second
                    second = first
                    first = index
                } else if second < 0 || value > p[second] {
                    third = second
                    second = index
                } else if third < 0 || value > p[third] {
                    third = index
                }
            }
        }
        var top: [IntentScore] = []
        top.reserveCapacity(3)
        if first >= 0 { top.append(IntentScore(intent: model.labels[first], probability: probabilities[first])) }
        if second >= 0 { top.append(IntentScore(intent: model.labels[second], probability: probabilities[second])) }
        if third >= 0 { top.append(IntentScore(intent: model.labels[third], probability: probabilities[third])) }
        let confidence = top.first?.probability ?? 0
        let threshold = Self.trainedLanguages.contains(language) || language == "und"
            ? configuration.minimumConfidence : configuration.unsupportedLanguageMinimumConfidence
        let intent = !hasFeatures || confidence < threshold ? Self.unknownIntent : top[0].intent
        return TriageResult(intent: intent, confidence: confidence, top: top)
    }

    /// The share (0...1) of the normalised word tokens the classifier reads (the first
    /// `maximumScalars` scalars of `text`) that never occurred in the training data;
    /// 0 when the text has no word tokens or no vocabulary is loaded. `language` is accepted for symmetry
    /// with ``classify(_:language:)``: tokenisation is the model's, whatever the language.
    public func outOfVocabularyRate(_ text: String, language: String) -> Double {
        guard let vocabulary else { return 0 }
        var stream: [UInt32] = []
        TriageFeatureExtractor.normalize(text, into: &stream, maximumScalars: extractor.maximumScalars)
        return Self.outOfVocabularyRate(normalized: stream, vocabulary: vocabulary)
    }

    /// The share of the words of a normalised stream whose hash is not in `vocabulary` (0 without words).
    static func outOfVocabularyRate(normalized stream: [UInt32], vocabulary: TriageVocabulary) -> Double {
        var words = 0
        var unknown = 0
        TriageFeatureExtractor.forEachWordHash(normalized: stream) { hash in
            words += 1
            if !vocabulary.contains(hash) { unknown += 1 }
        }
        return words == 0 ? 0 : Double(unknown) / Double(words)
    }

    /// Calibrated probabilities over all intents (a copy of `scratch.logits` after ``computeProbabilities(_:scratch:)``).
    func probabilities(_ text: String, scratch: inout TriageFeatureExtractor.Scratch) -> [Double] {
        computeProbabilities(text, scratch: &scratch)
        return scratch.logits
    }

    /// Leaves the calibrated probabilities over all intents in `scratch.logits`, reusing the scratch's buffers.
    func computeProbabilities(_ text: String, scratch: inout TriageFeatureExtractor.Scratch) {
        extractor.extract(text, into: &scratch)
        var logits = scratch.logits
        scratch.logits = []
        linearLogits(scratch: &scratch, into: &logits)
        addMemberScores(scratch, to: &logits)
        HashedLinearModel.softmax(&logits)
        scratch.logits = logits
    }

    /// The linear member's temperature-scaled logits for a feature bag.
    func linearLogits(_ features: [UInt32], into logits: inout [Double]) {
        var scratch = TriageFeatureExtractor.Scratch()
        scratch.features = features
        linearLogits(scratch: &scratch, into: &logits)
    }

    /// The linear member's temperature-scaled logits for `scratch.features`, using the scratch's buffers.
    @inline(__always)
    func linearLogits(scratch: inout TriageFeatureExtractor.Scratch, into logits: inout [Double]) {
        guard let termWeights else {
            model.logits(features: scratch.features, sums: &scratch.sums, into: &logits)
            return
        }
        let featureWeight = termWeights.split(
            scratch.features, distinct: &scratch.distinct, repeated: &scratch.repeated, extra: &scratch.extra)
        model.logits(features: scratch.distinct, sums: &scratch.sums, into: &logits)
        model.extraSums(repeated: scratch.repeated, extra: scratch.extra, into: &scratch.extraTotals)
        model.logits(sums: scratch.sums, extraSums: scratch.extraTotals, featureWeight: featureWeight, into: &logits)
    }

    /// The artifact bytes: the linear record, then the embedding record when there is one.
    func serialized() -> [UInt8] {
        var bytes = model.serialized()
        if let termWeights {
            var writer = ModelBinaryWriter()
            termWeights.serialize(into: &writer)
            bytes += writer.bytes
        }
        for embedding in embeddings {
            var writer = ModelBinaryWriter()
            embedding.serialize(into: &writer)
            bytes += writer.bytes
        }
        return bytes
    }

    /// Uncalibrated (temperature 1 relative) logits, for fitting the temperature.
    func logits(_ text: String, scratch: inout TriageFeatureExtractor.Scratch) -> [Double] {
        var logits: [Double] = []
        extractor.extract(text, into: &scratch)
        linearLogits(scratch.features, into: &logits)
        addMemberScores(scratch, to: &logits)
        return logits
    }

    /// Adds every embedding member's weighted scores for the last extraction in `scratch` to `logits`.
    @inline(__always)
    func addMemberScores(_ scratch: TriageFeatureExtractor.Scratch, to logits: inout [Double]) {
        guard !embeddings.isEmpty else { return }
        let features = extractor.memberFeatures(scratch)
        for embedding in embeddings { embedding.addScores(features: features, to: &logits) }
    }
}
