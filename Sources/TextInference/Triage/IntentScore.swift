/// The probability the triage classifier assigns to one intent.
public struct IntentScore: Sendable, Equatable {
    /// Intent label exactly as in the training label set.
    public let intent: String
    /// Calibrated probability in 0...1.
    public let probability: Double

    /// Creates a score.
    public init(intent: String, probability: Double) {
        self.intent = intent
        self.probability = probability
    }
}
