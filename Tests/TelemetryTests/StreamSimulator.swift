import Telemetry

/// Deterministic synthetic enriched-event features for drift tests.
struct StreamSimulator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// SplitMix64.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func uniform() -> Double {
        Double(next() >> 11) / Double(1 << 53)
    }

    mutating func pick(_ weights: [(String, Double)]) -> String {
        let total = weights.reduce(0) { $0 + $1.1 }
        var r = uniform() * total
        for (name, weight) in weights {
            r -= weight
            if r < 0 { return name }
        }
        return weights.last!.0
    }

    /// 77 intents with Zipf-like weights, like a skewed production mix.
    static let intents: [(String, Double)] = (0..<77).map { ("intent_\($0)", 1 / Double($0 + 1)) } + [("unknown", 0.6)]
    static let mostlyEnglish: [(String, Double)] = [("en", 0.62), ("de", 0.1), ("es", 0.1), ("fr", 0.08), ("nb", 0.05), ("und", 0.05)]
    static let mostlyGerman: [(String, Double)] = [("de", 0.7), ("en", 0.15), ("es", 0.05), ("fr", 0.05), ("nb", 0.03), ("und", 0.02)]
    static let entityTypes: [(String, Double)] = [("EMAIL", 3), ("PHONE", 2), ("CREDIT_CARD", 1), ("IBAN", 1), ("PERSON", 3), ("URL", 1)]

    /// One event; `languages`/`intents` choose the mix.
    mutating func observation(languages: [(String, Double)] = mostlyEnglish,
                              intents: [(String, Double)] = intents) -> DriftObservation {
        let language = pick(languages)
        let intent = pick(intents)
        let length = Int(20 + 400 * uniform() * uniform())
        var entities: [String] = []
        while uniform() < 0.35, entities.count < 4 { entities.append(pick(Self.entityTypes)) }
        return DriftObservation(language: language, languageConfidence: language == "und" ? 0.3 * uniform() : 0.7 + 0.3 * uniform(),
                                intent: intent, triageConfidence: intent == "unknown" ? 0.4 * uniform() : 0.4 + 0.6 * uniform(),
                                textLength: length, entityTypes: entities)
    }
}
