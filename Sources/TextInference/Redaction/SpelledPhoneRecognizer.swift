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

    /// The fewest digits spelled in a row taken as a number without a cue: no count or quantity reaches ten
    /// digit words in a row ("one" to "nine" is nine), while a spoken number nearly always does.
    private static let minimumDigitsWithoutCue = 10

    /// Words that repeat the next digit ("double oh", "triple five"), with the number of digits they add.
    /// Hand-written for this recognizer.
    private static let doubleHash = WordHash.of([UInt32](scalarsOf: "double"), 0, 6)
    private static let tripleHash = WordHash.of([UInt32](scalarsOf: "triple"), 0, 6)

    /// The digits a multiplier word adds beyond the one its next digit word counts, or nil for another word.
    @inline(__always) private static func multiplier(_ hash: UInt64) -> Int? {
        hash == doubleHash ? 1 : hash == tripleHash ? 2 : nil
    }

    /// French tens and teens, read in pairs in French phone numbers ("zéro six, douze, trente-quatre"): each, with
    /// the units joined to it by hyphens ("soixante-dix-huit", "quatre-vingt-deux"), stands for two digits.
    /// Hand-written for this recognizer.
    private static let pairWords: WordHashSet = WordHash.table("""
        dix onze douze treize quatorze quinze seize vingt trente quarante cinquante soixante
        """)

    /// Appends a ``EntityType/phone`` candidate for every spelled-out number after a phone cue in `context`,
    /// and for every run of ten or more spelled digits anywhere.
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
        scanWithoutCue(text, after: lastEnd, into: &candidates)
    }

    /// Runs of ``minimumDigitsWithoutCue`` or more spelled digits after `lastEnd`, wherever they stand ("it's four
    /// one five five five five zero one four two").
    private static func scanWithoutCue(_ text: ScannedText, after lastEnd: Int, into candidates: inout [Candidate]) {
        let v = text.values
        // A spoken number is ten or more short words (1 to 7 letters, or a hyphenated French pair) joined only by
        // spaces, commas and hyphens. Such streaks are found by reading scalars; only their words are hashed.
        var j = max(0, lastEnd)
        var streakStart = -1
        var streakWords = 0
        var previousEnd = -1
        while j <= text.count {
            let atWord = j < text.count && ScalarClass.isLetter(v[j]) && (j == 0 || !ScalarClass.isLetter(v[j - 1]))
            if !atWord && j < text.count {
                j += 1
                continue
            }
            var e = j
            if atWord {
                e = wordEnd(text, from: j)
                while e + 1 < text.count, v[e] == 45, ScalarClass.isLetter(v[e + 1]) { e = wordEnd(text, from: e + 1) }
            }
            let joined = atWord && previousEnd >= 0 && j - previousEnd <= 3
                && (previousEnd..<j).allSatisfy { v[$0] == 32 || v[$0] == 44 || v[$0] == 45 }
            // Digit words have at most seven letters (French pairs are hyphenated or read after a cue).
            let short = atWord && e - j <= 30 && (e - j <= 7 || (j..<e).contains { v[$0] == 45 })
            if short && (joined || streakWords == 0) {
                if streakWords == 0 { streakStart = j }
                streakWords += 1
            } else {
                if streakWords >= minimumDigitsWithoutCue { readStreak(text, streakStart..<previousEnd, into: &candidates) }
                streakWords = short ? 1 : 0
                streakStart = j
            }
            if j >= text.count { break }
            previousEnd = e
            j = e
        }
    }

    /// Reads the digit-word runs inside `range`, a streak of short words.
    private static func readStreak(_ text: ScannedText, _ range: Range<Int>, into candidates: inout [Candidate]) {
        let v = text.values
        var j = range.lowerBound
        while j < range.upperBound {
            guard ScalarClass.isLetter(v[j]), j == 0 || !ScalarClass.isLetter(v[j - 1]) else {
                j += 1
                continue
            }
            let e = wordEnd(text, from: j)
            let hash = WordHash.of(text.folded, j, e)
            if digitWords.contains(hash) || pairWords.contains(hash) || multiplier(hash) != nil {
                let (count, end) = digitWordRun(text, from: j)
                if count >= minimumDigitsWithoutCue {
                    candidates.append(Candidate(type: .phone, start: j, end: end))
                }
                j = max(end, e)
                continue
            }
            j = e
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
            // Single digits spaced apart ("0 7 7 0 0 …") start a run; any other number does not.
            if ScalarClass.isDigit(c) {
                let single = j + 2 < text.count && v[j + 1] == 32 && ScalarClass.isDigit(v[j + 2])
                    && (j + 3 >= text.count || !ScalarClass.isDigit(v[j + 3]))
                return single ? j : nil
            }
            if c == 10 || c == 46 || c == 33 || c == 63 { return nil }
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
        while j < text.count, count < 20, ScalarClass.isLetter(v[j]) || ScalarClass.isDigit(v[j]) {
            var e = wordEnd(text, from: j)
            if ScalarClass.isDigit(v[j]) {
                // A digit written alone among spelled ones ("0 7 7 0 0 …" as a transcript writes it).
                guard j + 1 >= text.count || !ScalarClass.isWordChar(v[j + 1]), count > 0 || j == start else { break }
                e = j + 1
                count += 1
            } else {
                let hash = WordHash.of(text.folded, j, e)
                if let extra = multiplier(hash) {
                    // "double oh": the next word must be a digit word, which then counts 1 + extra.
                    count += extra
                } else if pairWords.contains(hash) {
                    // A French pair with its hyphenated units ("soixante-dix-huit").
                    while e + 1 < text.count, v[e] == 45, ScalarClass.isLetter(v[e + 1]) { e = wordEnd(text, from: e + 1) }
                    count += 2
                } else if digitWords.contains(hash) {
                    count += 1
                } else {
                    break
                }
            }
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
