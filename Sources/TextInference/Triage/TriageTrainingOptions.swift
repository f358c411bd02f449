/// Settings of a triage training run.
public struct TriageTrainingOptions: Sendable, Equatable {
    /// Version string stored in the artifact. Default `"triage-1.7.0"`.
    public var version: String
    /// Shuffle seed. Default 42.
    public var seed: UInt64
    /// SGD passes. Default 12.
    public var epochs: Int
    /// Initial SGD learning rate. Default 2.0.
    public var learningRate: Double
    /// L2 penalty per step. Default 1e-7.
    public var l2: Double
    /// log2 of hash buckets (model size is 77 × 2^bits bytes). Default 15.
    public var bucketBits: Int
    /// Lowest character n-gram order. Default 2.
    public var minOrder: Int
    /// Highest character n-gram order. Default 5.
    public var maxOrder: Int
    /// Class balancing: each sample weighs `(mean count / count of its intent in its language)^balance`,
    /// so 0 is unweighted and 1 fully balanced. Default 0.
    public var balance: Double
    /// Models trained with seeds `seed`, `seed + 1`, … whose weights are averaged before quantization. Default 1.
    public var ensemble: Int
    /// Times each word uni/bi-gram feature is counted against the character n-grams. Default 2.
    public var wordWeight: Int
    /// Whether word skip-bigrams are features. Default false.
    public var skipBigrams: Bool
    /// Weight of a one-vs-rest squared-hinge model added to the softmax weights (0 = softmax only). Default 5.
    public var hingeWeight: Double
    /// Initial SGD learning rate of the squared-hinge model. Default 0.2.
    public var hingeLearningRate: Double = 0.2
    /// L2 penalty per step of the squared-hinge model. Default 1e-6.
    public var hingeL2: Double = 1e-6
    /// Weight of the fastText-style embedding member's scores added to the linear model's logits
    /// (0 = linear model only). Default 1.
    public var embeddingWeight: Double = 1
    /// log2 of the embedding member's rows. Default 17.
    public var embeddingBits = 17
    /// Embedding width, a multiple of 16. Default 32.
    public var embeddingDimension = 32
    /// ReLU hidden units of the embedding member (0 = plain fastText). Default 0.
    public var embeddingHidden = 0
    /// Features the embedding member reads (``TriageFeatureExtractor/memberMask``: bit 0 words, bit 1
    /// word bigrams, bit n character n-grams of order n; 0 = all of the linear model's features).
    /// Default 19: words, word bigrams and character 4-grams.
    public var embeddingFeatureMask: UInt8 = 19
    /// SGD passes of the embedding member. Default 20.
    public var embeddingEpochs = 20
    /// Initial SGD learning rate of the embedding member. Default 0.5.
    public var embeddingLearningRate: Double = 0.5
    /// Embedding members trained with seeds `seed`, `seed + 1`, …, whose scores are averaged (each is a
    /// record of its own in the artifact and costs its own lookups at run time). Default 1.
    public var embeddingMembers = 1
    /// Averaged SGD for the softmax member: its weights are the mean over every step of its last this many
    /// epochs (0 = the last weights). Default 0.
    public var averageEpochs = 0
    /// Averaged SGD for the squared-hinge member, as ``averageEpochs``. Default 0.
    public var hingeAverageEpochs = 0
    /// Averaged SGD for the embedding member's output layer (and, with ``embeddingAverageTable``, its
    /// embedding rows) over its last this many epochs (0 = off). Default 0.
    public var embeddingAverageEpochs = 0
    /// Whether ``embeddingAverageEpochs`` also averages the embedding rows. Default false.
    public var embeddingAverageTable = false
    /// Feature weighting of the linear members (``TriageIDF/Mode``). Default `.tfidf` (sublinear TF-IDF;
    /// `.none` is the pre-1.5 weighting, `1 / sqrt(n)` per occurrence).
    public var idf: TriageIDF.Mode = .tfidf

    /// Checks every setting the trainer or the artifact format bounds, before any training starts
    /// (e.g. more than 24 embedding-row bits would overflow the row hash and the record's shape check).
    public func validate() throws(TriageOptionsError) {
        func check(_ option: String, _ value: Int, _ range: ClosedRange<Int>) throws(TriageOptionsError) {
            guard range.contains(value) else {
                throw .outOfRange(option: option, value: String(value), allowed: "\(range.lowerBound)...\(range.upperBound)")
            }
        }
        func check(_ option: String, _ value: Double, above lower: Double) throws(TriageOptionsError) {
            guard value.isFinite, value > lower else {
                throw .outOfRange(option: option, value: String(value), allowed: "finite and above \(lower)")
            }
        }
        try check("--bucket-bits", bucketBits, 1...24)
        try check("--epochs", epochs, 1...1000)
        try check("--min-order", minOrder, 1...TriageFeatureSettings.highestOrder)
        try check("--max-order", maxOrder, minOrder...TriageFeatureSettings.highestOrder)
        try check("--word-weight", wordWeight, 1...TriageFeatureSettings.highestWordWeight)
        try check("--learning-rate", learningRate, above: 0)
        func check(_ option: String, _ value: Double, in range: ClosedRange<Double>) throws(TriageOptionsError) {
            guard value.isFinite, range.contains(value) else {
                throw .outOfRange(option: option, value: String(value), allowed: "\(range.lowerBound)...\(range.upperBound)")
            }
        }
        try check("--l2", l2, in: 0...1)
        try check("--balance", balance, in: 0...1)
        try check("--ensemble", ensemble, 1...16)
        try check("--hinge-weight", hingeWeight, in: 0...1_000)
        try check("--hinge-learning-rate", hingeLearningRate, above: 0)
        try check("--hinge-l2", hingeL2, in: 0...1)
        try check("--embedding-weight", embeddingWeight, in: 0...1_000)
        guard calibrationFraction >= 0, calibrationFraction < 1 else {
            throw .outOfRange(option: "--calibration-fraction", value: String(calibrationFraction), allowed: "0 or more, below 1")
        }
        try check("--embedding-bits", embeddingBits, 1...24)
        try check("--embedding-epochs", embeddingEpochs, 1...1000)
        try check("--embedding-members", embeddingMembers, 1...4)
        try check("--embedding-learning-rate", embeddingLearningRate, above: 0)
        try check("--average-epochs", averageEpochs, 0...epochs)
        try check("--hinge-average-epochs", hingeAverageEpochs, 0...epochs)
        try check("--embedding-average-epochs", embeddingAverageEpochs, 0...embeddingEpochs)
        for (option, value) in [("--embedding-dimension", embeddingDimension), ("--embedding-hidden", embeddingHidden)] {
            guard value >= 0, value <= 1024, value % 16 == 0, option == "--embedding-hidden" || value > 0 else {
                throw .outOfRange(option: option, value: String(value), allowed: "a multiple of 16 up to 1024")
            }
        }
        do {
            _ = try TriageFeatureSettings(
                parameters: ["minOrder": Double(minOrder), "maxOrder": Double(maxOrder)], memberMask: embeddingFeatureMask)
        } catch {
            throw .outOfRange(
                option: "--embedding-feature-mask", value: String(embeddingFeatureMask),
                allowed: "bits 0, 1 and the character orders \(minOrder)...\(maxOrder)")
        }
    }

    /// Share of the training data held out (by a stable hash of the text) to fit the softmax temperature
    /// on members trained on the rest; 0 fits it on the dev set instead. Default 0.1.
    public var calibrationFraction: Double = 0.1
    /// Hash tag of the calibration split. Default 7 (the selection split's default tag).
    public var calibrationTag: UInt32 = 7

    /// Creates options; every parameter has the documented default.
    public init(
        version: String = "triage-1.7.0", seed: UInt64 = 42, epochs: Int = 12, learningRate: Double = 2.0,
        l2: Double = 1e-7, bucketBits: Int = 15, minOrder: Int = 2, maxOrder: Int = 5, balance: Double = 0,
        ensemble: Int = 1, wordWeight: Int = 2, skipBigrams: Bool = false, hingeWeight: Double = 5
    ) {
        self.version = version
        self.seed = seed
        self.epochs = epochs
        self.learningRate = learningRate
        self.l2 = l2
        self.bucketBits = bucketBits
        self.minOrder = minOrder
        self.maxOrder = maxOrder
        self.balance = balance
        self.ensemble = max(1, ensemble)
        self.wordWeight = max(1, wordWeight)
        self.skipBigrams = skipBigrams
        self.hingeWeight = hingeWeight
    }
}
