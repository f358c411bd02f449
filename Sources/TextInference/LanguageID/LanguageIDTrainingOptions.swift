/// Settings of a language-identifier training run.
public struct LanguageIDTrainingOptions: Sendable, Equatable {
    /// Version string stored in the artifact. Default `"langid-1.6.0"`.
    public var version: String
    /// Seed for shuffling and augmentation. Default 42.
    public var seed: UInt64
    /// SGD passes. Default 20.
    public var epochs: Int
    /// Initial SGD learning rate. Default 0.5.
    public var learningRate: Double
    /// log2 of hash buckets (model size is 27 × 2^bits bytes). Default 17.
    public var bucketBits: Int
    /// Highest character n-gram order. Default 5.
    public var maxOrder: Int
    /// Share of full-weight corpus sentences held out for dev, chosen by a hash of the text. Default 0.1.
    public var devFraction: Double
    /// Probability of adding a 1–3-word fragment of a training sentence. Default 0.5.
    public var fragmentRate: Double

    /// Probability of adding a two-word window of 10–20 letters (a short CJK run for unspaced text)
    /// of a training sentence, at `pairWeight`. Default 1.
    public var pairRate: Double
    /// Sample weight of a word-pair window relative to its sentence. Default 1.5.
    public var pairWeight: Double

    /// Class balancing: a class with less data gets (largest / its total)^balancePower more weight.
    /// 0.5 balances partially; 1 (default) balances fully (equal priors, as in an evaluation with
    /// the same number of texts per language).
    public var balancePower: Double

    /// Whether adjacent word pairs get a hashed feature too (stored in the artifact). Default false.
    public var wordBigrams: Bool

    /// Synthetic bags drawn per language from its n-gram frequency profile, if one is given. Default 0.
    public var profileBags: Int
    /// Sample weight of a profile bag. Default 0.5.
    public var profileWeight: Double

    /// Close pairs that get a second-stage naive Bayes model, as `"a-b"` codes (see `defaultPairModels`).
    public var pairModels: [String]
    /// log2 of the hash buckets of each pair model (one Int8 weight per bucket). Default 19.
    public var pairBucketBits: Int
    /// Highest character n-gram order of the pair models. Default 5.
    public var pairMaxOrder: Int
    /// Whether the pair models also get adjacent-word features. Default true.
    public var pairWordBigrams: Bool
    /// Additive smoothing of the pair models' naive Bayes counts. Default 0.003.
    public var pairSmoothing: Double
    /// Weight of the first stage's logit difference in a pair's combined difference. Default 0.25.
    public var pairStageOneWeight: Double
    /// Whether each pair model also gets an offset of its combined difference, fitted with its temperature on
    /// the held-out split with each language's texts weighted equally (a prior correction). Default false.
    public var pairBalancedOffset: Bool
    /// A pair model runs only when the first stage's (calibrated) logit difference between the two is below this. Default 3.
    public var pairMaxMargin: Double

    /// The close pairs with a second stage by default: Danish/Bokmål, Russian/Ukrainian,
    /// Spanish/Portuguese, the Scandinavian pairs with Swedish, Spanish and Portuguese against Italian,
    /// and Dutch against English and German.
    public static let defaultPairModels = ["da-nb", "ru-uk", "es-pt", "da-sv", "nb-sv", "es-it", "pt-it", "en-nl", "de-nl"]

    /// Model-selection mode when above 0: the dev split is left out of training entirely, and this
    /// share of the remaining full-weight sentences (a second, independent hash) is held out and
    /// reported in the dev split's place, so recipes are compared without touching dev. Default 0.
    public var selectionFraction: Double
    /// Hash tag of the selection split (13 by default; another tag draws an independent split). Default 13.
    public var selectionTag: UInt32
    /// Averaged SGD of the first stage: its weights are their mean over every step of its last this many
    /// epochs (0 = the last weights). Default 0.
    public var averageEpochs = 0

    /// Creates options; every parameter has the documented default.
    public init(
        version: String = "langid-1.6.0", seed: UInt64 = 42, epochs: Int = 20, learningRate: Double = 0.5,
        bucketBits: Int = 17, maxOrder: Int = 5, devFraction: Double = 0.1, fragmentRate: Double = 0.5,
        pairRate: Double = 1, pairWeight: Double = 1.5, balancePower: Double = 1,
        selectionFraction: Double = 0, wordBigrams: Bool = false, profileBags: Int = 0, profileWeight: Double = 0.5,
        pairModels: [String] = LanguageIDTrainingOptions.defaultPairModels, pairBucketBits: Int = 19, pairMaxOrder: Int = 5,
        pairWordBigrams: Bool = true, pairSmoothing: Double = 0.003, pairStageOneWeight: Double = 0.25, pairMaxMargin: Double = 3,
        selectionTag: UInt32 = 13, pairBalancedOffset: Bool = false
    ) {
        self.pairBalancedOffset = pairBalancedOffset
        self.pairMaxMargin = pairMaxMargin
        self.selectionTag = selectionTag
        self.pairModels = pairModels
        self.pairBucketBits = pairBucketBits
        self.pairMaxOrder = pairMaxOrder
        self.pairWordBigrams = pairWordBigrams
        self.pairSmoothing = pairSmoothing
        self.pairStageOneWeight = pairStageOneWeight
        self.profileBags = profileBags
        self.profileWeight = profileWeight
        self.wordBigrams = wordBigrams
        self.selectionFraction = selectionFraction
        self.balancePower = balancePower
        self.pairRate = pairRate
        self.pairWeight = pairWeight
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
