/// What a language-identifier training run produces.
public struct LanguageIDTrainingOutput: Sendable {
    /// The artifact bytes to write as `langid.ssm`.
    public let modelBytes: [UInt8]
    /// The fitted softmax temperature.
    public let temperature: Double
    /// Evaluation on the held-out corpus split.
    public let devReport: ClassificationReport
    /// Evaluation on the first two words of each held-out sentence (short-text behaviour).
    public let shortDevReport: ClassificationReport
    /// Evaluation on one 10–20-letter adjacent word pair per held-out sentence.
    public let pairDevReport: ClassificationReport
    /// Evaluation on the clean set (UDHR), if one was given.
    public let cleanReport: ClassificationReport?
    /// Evaluation on one 10–20-letter adjacent word pair per clean (UDHR) line, if a clean set was given.
    public let cleanPairReport: ClassificationReport?
    /// Per second-stage pair model, how it did on the held-out texts where it ran.
    public let pairSummaries: [LanguageIDPairSummary]
    /// The held-out corpus sentences (never trained on), for test fixtures.
    public let heldOut: [LanguageIDSample]
}

/// How a second-stage pair model did on the held-out sentences and word pairs where it ran (the
/// first stage ranked the pair first and second and the gold language is one of the two).
public struct LanguageIDPairSummary: Sendable {
    /// The pair, `"a|b"`.
    public let pair: String
    /// Held-out texts where it ran.
    public let heldOutTexts: Int
    /// Of those, how many the first stage alone ordered correctly.
    public let stageOneCorrect: Int
    /// Of those, how many the combined difference orders correctly.
    public let combinedCorrect: Int
    /// The fitted temperature of the pair model's score.
    public let temperature: Double
    /// The fitted offset of the combined difference (0 unless balanced offsets are on).
    public let offset: Double
}
