/// Tunable, non-trained settings of the language identifier.
public struct LanguageIDConfiguration: Sendable, Equatable {
    /// Below this calibrated confidence the result code is `"und"`. Default 0.25 (chosen on the
    /// selection split: of the held-out word pairs between 0.25 and 0.4, about a third are right at
    /// their top language, and an all-in-set evaluation counts `und` as wrong). Keep it above
    /// `unsupportedNeighbourCap` so Slovak and Malay text stays `und`.
    public var minimumConfidence: Double
    /// Log-odds bonus a matching locale hint adds to its language (a mild prior, never an override). Default 0.8.
    public var localeHintWeight: Double
    /// Highest confidence reported when the text looks like a close unsupported language
    /// (Slovak read as Czech, Malay read as Indonesian); below `minimumConfidence`, so such text is `und`. Default 0.2.
    public var unsupportedNeighbourCap: Double

    /// Letters (of the lowercased letter stream, spaces included) read at most; the rest of a long
    /// ticket is ignored, which bounds the cost of 1 KB+ texts. Default 400.
    public var maximumAnalysedLetters: Int

    /// Log-odds penalty per letter (at most two) that a language never writes, e.g. ы for Ukrainian
    /// or ø for Swedish (see `LanguageIdentifier.exclusiveLetters`), and of every language but Spanish for text with ¿ or ¡;
    /// 0 turns the cue off. Default 3.
    public var exclusiveLetterPenalty: Double

    /// Creates a configuration; every parameter has the documented default.
    public init(
        minimumConfidence: Double = 0.25, localeHintWeight: Double = 0.8, unsupportedNeighbourCap: Double = 0.2,
        maximumAnalysedLetters: Int = 400, exclusiveLetterPenalty: Double = 3
    ) {
        self.exclusiveLetterPenalty = exclusiveLetterPenalty
        self.maximumAnalysedLetters = maximumAnalysedLetters
        self.minimumConfidence = minimumConfidence
        self.localeHintWeight = localeHintWeight
        self.unsupportedNeighbourCap = unsupportedNeighbourCap
    }
}
