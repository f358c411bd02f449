/// Finds telephone numbers spelled out digit by digit after a phone cue ("call me back on two one two, five five
/// five, zero one nine three", "mein Handy: null eins sieben eins …").
///
/// Seven or more digit words in a row, joined only by spaces, commas or hyphens, must start within four words
/// after a phone cue on the same line. Counting ("one, two, three"), quantities and prices never reach seven
/// digit words in a row, and without a cue nothing is read.
enum SpelledPhoneRecognizer {
    /// The fewest digit words taken as a number (the shortest local numbers have seven digits).
    private static let minimumDigits = 7

    /// The words for the digits 0–9 in the seven languages, folded (English "oh" for zero, German "zwo" for two).
    /// Hand-written for this recognizer (no external source).
    private static let digitWords: WordHashSet = WordHash.table("""
        zero oh one two three four five six seven eight nine \
        null eins zwei zwo drei vier fünf sechs sieben acht neun \
        zéro un deux trois quatre cinq six sept huit neuf \
        cero uno dos tres cuatro cinco seis siete ocho nueve \
        due tre quattro cinque sei sette otto nove \
        um dois três quatro sete oito \
        nul een één twee drie vijf zes zeven negen
        """)

    /// Appends a ``EntityType/phone`` candidate for every spelled-out number after a phone cue in `context`.
    static func scan(_ context: ScanContext, into candidates: inout [Candidate]) {
        let text = context.text
        var lastEnd = -1
        for hit in context.cues where hit.kind == .phone && hit.end > lastEnd {
            guard let start = firstDigitWord(text, after: hit.end) else { continue }
            let (count, end) = digitWordRun(text, from: start)
            guard count >= minimumDigits else { continue }
            candidates.append(Candidate(type: .phone, start: start, end: end))
            lastEnd = end
        }
    }

    /// The start of the first digit word within four words and 40 scalars after a cue ending at `position`, on
    /// the same line, or nil.
    private static func firstDigitWord(_ text: ScannedText, after position: Int) -> Int? {
        let v = text.values
        var j = position
        var words = 0
        while j < text.count, j - position < 40, words <= 4 {
            let c = v[j]
            if c == 10 || c == 46 || c == 33 || c == 63 || ScalarClass.isDigit(c) { return nil }
            guard ScalarClass.isLetter(c) else { j += 1; continue }
            let e = wordEnd(text, from: j)
            if digitWords.contains(WordHash.of(text.folded, j, e)) { return j }
            words += 1
            j = e
        }
        return nil
    }

    /// The number of digit words in the run starting at `start`, joined by up to three spaces, commas or
    /// hyphens, and the end of its last word.
    private static func digitWordRun(_ text: ScannedText, from start: Int) -> (Int, Int) {
        let v = text.values
        var j = start
        var count = 0
        var end = start
        while j < text.count, count < 20, ScalarClass.isLetter(v[j]) {
            let e = wordEnd(text, from: j)
            guard digitWords.contains(WordHash.of(text.folded, j, e)) else { break }
            count += 1
            end = e
            var k = e
            while k < text.count, k - e < 3, v[k] == 32 || v[k] == 44 || v[k] == 45 || v[k] == 0xA0 { k += 1 }
            guard k > e else { break }
            j = k
        }
        return (count, end)
    }

    /// The end of the word of letters starting at `j`.
    private static func wordEnd(_ text: ScannedText, from j: Int) -> Int {
        var e = j
        while e < text.count, ScalarClass.isLetter(text.values[e]) { e += 1 }
        return e
    }
}
