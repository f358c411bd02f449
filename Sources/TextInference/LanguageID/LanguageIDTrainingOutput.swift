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
    /// The held-out corpus sentences (never trained on), for test fixtures.
    public let heldOut: [LanguageIDSample]
}
