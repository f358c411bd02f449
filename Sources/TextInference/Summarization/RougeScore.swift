/// Precision, recall and F1 of one ROUGE comparison, each in 0…1.
public struct RougeScore: Sendable, Equatable {
    /// Share of the candidate's units found in the reference.
    public let precision: Double
    /// Share of the reference's units found in the candidate.
    public let recall: Double
    /// Harmonic mean of precision and recall (0 when either is 0).
    public let f1: Double

    /// Creates a score from precision and recall, deriving F1.
    public init(precision: Double, recall: Double) {
        self.precision = precision
        self.recall = recall
        self.f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }
}
