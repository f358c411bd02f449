/// Settings for a ``Summarizer``; every property has a documented default.
public struct SummarizerConfiguration: Sendable {
    /// Most sentences in a summary. Default: 3.
    public var maxSentences: Int
    /// Most characters (`Character`s) in a summary, including the labels of a conversation
    /// summary. Default: 400.
    public var maxCharacters: Int
    /// MMR trade-off between relevance (1) and novelty (0). Default: 0.7.
    public var redundancyLambda: Double
    /// Weight of the position prior against centrality in ticket summaries. Default: 0.35.
    public var positionWeight: Double

    /// Creates a configuration; every argument defaults to the documented value.
    public init(maxSentences: Int = 3, maxCharacters: Int = 400, redundancyLambda: Double = 0.7, positionWeight: Double = 0.35) {
        self.maxSentences = maxSentences
        self.maxCharacters = maxCharacters
        self.redundancyLambda = redundancyLambda
        self.positionWeight = positionWeight
    }
}
