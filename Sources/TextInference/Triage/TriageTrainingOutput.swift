/// What a triage training run produces.
public struct TriageTrainingOutput: Sendable {
    /// The artifact bytes to write as `triage.ssm`.
    public let modelBytes: [UInt8]
    /// The fitted softmax temperature.
    public let temperature: Double
    /// Evaluation on the whole dev set (the argmax intent, no threshold).
    public let devReport: ClassificationReport
    /// Evaluation per language code, e.g. `"en"`, `"ar"`.
    public let languageReports: [String: ClassificationReport]
    /// Share of dev samples answered (not `"unknown"`) and their accuracy at the default threshold.
    public let coverageAtDefaultThreshold: (coverage: Double, accuracy: Double)
}
