/// Finds the other date of birth of a mix-up told right after a cued one ("ho scritto 12/04/1987 invece di
/// 21/04/1987", "geboren am 4.5.1970 statt 5.4.1970", "en lugar de 03/02/1990").
///
/// After a date of birth, an "instead of" phrase (``phrases``) and nothing else, then a date
/// (``DateOfBirthRecognizer/date(in:after:)``): one of the two is the person's date of birth, so both are redacted.
/// "Not" and "but" are no such phrases: "née le 1er avril 1990, pas le 1er avril 2021 (c'est la date de début …)"
/// names another date, and so does "…, la última vez 12/05/2024".
enum BirthDateCorrection {
    /// The span of the other date of a mix-up after a date of birth ending at `end`, or nil.
    static func date(_ text: ScannedText, after end: Int) -> (Int, Int)? {
        let v = text.values
        var j = end
        while j < v.count, j - end < 3, v[j] == 32 || v[j] == 44 || v[j] == 40 { j += 1 }
        var phrase: [UInt32] = []
        var words = 0
        while j < v.count, words < 3, ScalarClass.isLetter(v[j]) {
            var e = j
            while e < v.count, ScalarClass.isLetter(v[e]) { e += 1 }
            if !phrase.isEmpty { phrase.append(32) }
            phrase.append(contentsOf: text.folded[j..<e])
            words += 1
            // "au lieu d'", "invece dell'": an elided article ends the phrase.
            if e < v.count, v[e] == 39 || v[e] == 0x2019 { e += 1 }
            j = e
            if phrases.contains(phrase) {
                while j < v.count, j - e < 2, v[j] == 32 { j += 1 }
                guard j < v.count, ScalarClass.isDigit(v[j]) || ScalarClass.isLetter(v[j]) else { return nil }
                return DateOfBirthRecognizer.date(in: text, after: j)
            }
            guard j < v.count, v[j] == 32 else { return nil }
            j += 1
        }
        return nil
    }

    /// "Instead of" phrases of the seven languages, folded. Hand-written (own list).
    private static let phrases: Set<[UInt32]> = Set([
        "instead of", "invece di", "invece del", "invece dell", "au lieu de", "au lieu du", "au lieu d", "en lugar de",
        "en lugar del", "en vez de", "en vez del", "em vez de", "em vez do", "em vez da", "statt", "anstatt", "anstelle von",
        "in plaats van",
    ].map { Array($0.unicodeScalars.map(\.value)) })
}
