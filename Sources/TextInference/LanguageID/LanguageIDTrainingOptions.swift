/// Settings of a language-identifier training run.
public struct LanguageIDTrainingOptions: Sendable, Equatable {
    /// Version string stored in the artifact. Default `"langid-1.0.0"`.
    public var version: String
    /// Seed for shuffling and augmentation. Default 42.
    public var seed: UInt64
    /// SGD passes. Default 5.
    public var epochs: Int
    /// Initial SGD learning rate. Default 0.5.
    public var learningRate: Double
    /// log2 of hash buckets (model size is 27 × 2^bits bytes). Default 16.
    public var bucketBits: Int
    /// Highest character n-gram order. Default 4.
    public var maxOrder: Int
    /// Share of full-weight corpus sentences held out for dev, chosen by a hash of the text. Default 0.1.
    public var devFraction: Double
    /// Probability of adding a 1–3-word fragment of a training sentence. Default 0.3.
    public var fragmentRate: Double

    /// Creates options; every parameter has the documented default.
    public init(
        version: String = "langid-1.0.0", seed: UInt64 = 42, epochs: Int = 5, learningRate: Double = 0.5,
        bucketBits: Int = 16, maxOrder: Int = 4, devFraction: Double = 0.1, fragmentRate: Double = 0.3
    ) {
        self.version = version
        self.seed = seed
        self.epochs = epochs
        self.learningRate = learningRate
        self.bucketBits = bucketBits
        self.maxOrder = maxOrder
        self.devFraction = devFraction
        self.fragmentRate = fragmentRate
    }
}
