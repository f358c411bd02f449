/// Settings of a triage training run.
public struct TriageTrainingOptions: Sendable, Equatable {
    /// Version string stored in the artifact. Default `"triage-1.3.1"`.
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

    /// Creates options; every parameter has the documented default.
    public init(
        version: String = "triage-1.3.1", seed: UInt64 = 42, epochs: Int = 12, learningRate: Double = 2.0,
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
