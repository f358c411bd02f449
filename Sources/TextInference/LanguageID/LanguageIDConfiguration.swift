/// Tunable, non-trained settings of the language identifier.
public struct LanguageIDConfiguration: Sendable, Equatable {
    /// Below this calibrated confidence the result code is `"und"`. Default 0.4.
    public var minimumConfidence: Double
    /// Log-odds bonus a matching locale hint adds to its language (a mild prior, never an override). Default 0.8.
    public var localeHintWeight: Double
    /// Highest confidence reported when the text looks like a close unsupported language
    /// (Slovak read as Czech, Malay read as Indonesian). Default 0.3.
    public var unsupportedNeighbourCap: Double

    /// Creates a configuration; every parameter has the documented default.
    public init(minimumConfidence: Double = 0.4, localeHintWeight: Double = 0.8, unsupportedNeighbourCap: Double = 0.3) {
        self.minimumConfidence = minimumConfidence
        self.localeHintWeight = localeHintWeight
        self.unsupportedNeighbourCap = unsupportedNeighbourCap
    }
}
