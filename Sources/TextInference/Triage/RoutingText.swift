/// Tokenisation shared by routing cues and the text they are matched against.
///
/// Lowercases, applies `ArabicNormalizer`, keeps letters and digits, and splits on everything else
/// except apostrophes inside words, which are dropped (`can't` → `cant`).
enum RoutingText {
    /// Splits text into normalised word tokens.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard let folded = ArabicNormalizer.fold(scalar.value) else { continue }
            if folded == 0x27 || folded == 0x2019 { continue }
            if TextScalars.isWordScalar(folded) || TextScalars.isDigit(folded) {
                if let lowered = Unicode.Scalar(TextScalars.lowercase(folded)) { current.append(lowered) }
            } else if !current.isEmpty {
                tokens.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { tokens.append(String(current)) }
        return tokens
    }
}
