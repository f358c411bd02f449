/// The outcome of intent triage for one text.
public struct TriageResult: Sendable, Equatable {
    /// One of the 77 intent labels, or `"unknown"` when the confidence is below the threshold.
    public let intent: String
    /// Calibrated probability of the best intent in 0...1.
    public let confidence: Double
    /// The three most likely intents, best first (also given when `intent` is `"unknown"`).
    public let top: [IntentScore]

    /// Creates a result.
    public init(intent: String, confidence: Double, top: [IntentScore]) {
        self.intent = intent
        self.confidence = confidence
        self.top = top
    }
}
