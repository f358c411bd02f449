/// What drift monitoring reads from one enriched event. Holds labels and numbers only, never text.
public struct DriftObservation: Sendable, Equatable {
    /// Language code (`und` when unknown).
    public var language: String
    /// Language-ID confidence, 0...1.
    public var languageConfidence: Double
    /// Triage intent (`unknown` below threshold).
    public var intent: String
    /// Triage confidence, 0...1.
    public var triageConfidence: Double
    /// Length of the redacted text in Unicode scalars.
    public var textLength: Int
    /// PII entity types found (one entry per entity).
    public var entityTypes: [String]
    /// Share (0...1) of the input's words not in the triage training vocabulary; `nil` when unknown.
    public var triageOOVRate: Double?

    /// Creates an observation.
    public init(language: String, languageConfidence: Double, intent: String, triageConfidence: Double,
                textLength: Int, entityTypes: [String], triageOOVRate: Double? = nil) {
        self.language = language
        self.languageConfidence = languageConfidence
        self.intent = intent
        self.triageConfidence = triageConfidence
        self.textLength = textLength
        self.entityTypes = entityTypes
        self.triageOOVRate = triageOOVRate
    }

    /// The category of this observation per feature (entity types may give several).
    func categories(_ feature: DriftFeature) -> [String] {
        switch feature {
        case .language: return [language]
        case .intent: return [intent]
        case .langidConfidence: return [Self.confidenceBin(languageConfidence)]
        case .triageConfidence: return [Self.confidenceBin(triageConfidence)]
        case .textLength: return [Self.lengthBin(textLength)]
        case .entityType: return entityTypes.isEmpty ? ["none"] : entityTypes
        case .languageUnknown: return [language == "und" ? "und" : "known"]
        case .intentUnknown: return [intent == "unknown" ? "unknown" : "known"]
        case .triageOOVRate: return triageOOVRate.map { [Self.oovBin($0)] } ?? []
        }
    }

    /// `0.0`…`0.9`: the lower edge of a 0.1-wide bin (1.0 falls into `0.9`).
    static func confidenceBin(_ value: Double) -> String {
        let bin = min(9, max(0, Int((value * 10).rounded(.down))))
        return "0.\(bin)"
    }

    /// `0`, `0-0.1`, `0.1-0.2`, `0.2-0.3`, `0.3-0.5`, `0.5-1`: bins of the out-of-vocabulary rate (upper edge inclusive).
    static func oovBin(_ rate: Double) -> String {
        if rate <= 0 { return "0" }
        if rate <= 0.1 { return "0-0.1" }
        if rate <= 0.2 { return "0.1-0.2" }
        if rate <= 0.3 { return "0.2-0.3" }
        if rate <= 0.5 { return "0.3-0.5" }
        return "0.5-1"
    }

    /// `<16`, `16-31`, `32-63`, …, `>=4096`.
    static func lengthBin(_ length: Int) -> String {
        if length < 16 { return "<16" }
        if length >= 4096 { return ">=4096" }
        let low = 1 << (Int.bitWidth - 1 - length.leadingZeroBitCount)
        return "\(low)-\(2 * low - 1)"
    }
}
