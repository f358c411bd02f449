/// Caller-owned buffers that let repeated language identifications skip their allocations.
///
/// ``LanguageIdentifier/identify(_:localeHint:)`` builds fresh buffers (letter stream, features, class
/// sums, logits) for every text; a worker that keeps one workspace and passes it to
/// ``LanguageIdentifier/identify(_:localeHint:workspace:)`` reuses them. A workspace belongs to one
/// caller at a time (it is a value: copies are independent), so no locks are involved.
public struct LanguageIDWorkspace: Sendable {
    /// The feature extractor's and scorer's buffers.
    var scratch = LanguageIDFeatureExtractor.Scratch()

    /// Creates an empty workspace; buffers grow on first use.
    public init() {}
}
