/// Caller-owned buffers that let repeated triage classifications skip their allocations.
///
/// ``TriageClassifier/classify(_:language:)`` builds fresh buffers (normalised text, features, TF-IDF
/// split, class sums, logits) for every text; a worker that keeps one workspace and passes it to
/// ``TriageClassifier/classify(_:language:workspace:)`` reuses them. A workspace belongs to one caller
/// at a time (it is a value: copies are independent), so no locks are involved.
public struct TriageWorkspace: Sendable {
    /// The feature extractor's and classifier's buffers.
    var scratch = TriageFeatureExtractor.Scratch()

    /// Creates an empty workspace; buffers grow on first use.
    public init() {}
}
