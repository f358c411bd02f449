/// Finds the other date of birth of a mix-up told right after a cued one ("ho scritto 12/04/1987 invece di
/// 21/04/1987", "geboren am 4.5.1970 statt 5.4.1970", "en lugar de 03/02/1990").
///
/// After a date of birth, at most three words without digits that hold an "instead of" word
/// (``correctionWords``), then a date (``DateOfBirthRecognizer/date(in:after:)``): one of the two is the person's
/// date of birth, so both are redacted. "Not" and "but" are no such words: "née le 1er avril 1990, pas le 1er
/// avril 2021 (c'est la date de début …)" names another date. A line break or a sentence end stops the search.
enum BirthDateCorrection {
    /// The span of a corrected date of birth after a date of birth ending at `end`, or nil.
    static func date(_ text: ScannedText, after end: Int) -> (Int, Int)? {
        let v = text.values
        var j = end
        var words = 0
        var corrected = false
        while j < v.count, j - end < 48 {
            let c = v[j]
            if c == 32 || c == 44 || c == 40 || c == 41 || c == 45 || c == 0x2013 || c == 58 || c == 39 || c == 0x2019 {
                j += 1
                continue
            }
            if ScalarClass.isDigit(c) {
                guard corrected else { return nil }
                return DateOfBirthRecognizer.date(in: text, after: j)
            }
            guard ScalarClass.isLetter(c), words < 3 else { return nil }
            var e = j
            while e < v.count, ScalarClass.isLetter(v[e]) { e += 1 }
            if correctionWords.contains(WordHash.of(text.folded, j, e)) {
                corrected = true
            } else if corrected, DateOfBirthRecognizer.isMonthWord(text, j, e) {
                return DateOfBirthRecognizer.date(in: text, after: j)
            }
            words += 1
            j = e
        }
        return nil
    }

    /// "Instead of" words of the seven languages ("instead of", "invece di", "au lieu de", "en lugar de", "en vez
    /// de", "em vez de", "statt", "anstelle", "in plaats van"). Hand-written (own list).
    private static let correctionWords: WordHashSet = WordHash.table("instead invece lieu lugar vez statt anstatt anstelle plaats")
}
