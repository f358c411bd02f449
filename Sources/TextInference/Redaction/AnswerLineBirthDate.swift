/// Reads a date of birth given on the answer line of a transcript after the question or request that asked for it:
/// "[09:04] Agent: And your date of birth for verification?\n[09:04] Customer: 17 June 1998", "… bräuchte ich Ihr
/// Geburtsdatum und die letzten vier Ziffern Ihrer Kundennummer.\nKunde: 11.03.1975, 4471", "Mag ik je e-mailadres en
/// geboortedatum ter controle?\n22:06 Klant: sanne@example.nl en 12-05-2002".
///
/// The rest of the cue's line holds no digit, at most ``questionLength`` scalars, and ends in `?`, `.`, `:` or `!`.
/// On the next line a timestamp ("[09:04]", "19:05") may come first. After a speaker label ("Kunde:", "Client :") the
/// first date of the turn's first sentence within ``answerLength`` scalars counts, unless a word before it names another
/// date ("order from", "seit", "depuis"); without one, a short lead-in ("it's", "c'est") or an e-mail address and "and"
/// may come first and the date must open what is left. Either way it names no year after ``latestYear``: a date later
/// in a plain line ("Ihr Vertrag läuft seit dem 01.04.2012") is none.
enum AnswerLineBirthDate {
    /// The most scalars after the cue on the question's line.
    static let questionLength = 110
    /// The latest year a stated date of birth may name.
    static let latestYear = 2015

    /// The date of birth on the line after the cue ending at `cueEnd`, or nil.
    static func date(_ text: ScannedText, afterCue cueEnd: Int) -> (Int, Int)? {
        let v = text.values
        let n = v.count
        var lineEnd = cueEnd
        while lineEnd < n, v[lineEnd] != 10 {
            if ScalarClass.isDigit(v[lineEnd]) || lineEnd - cueEnd > questionLength { return nil }
            lineEnd += 1
        }
        guard lineEnd < n else { return nil }
        var last = lineEnd
        while last > cueEnd, v[last - 1] == 32 || v[last - 1] == 13 { last -= 1 }
        guard last > cueEnd, [63, 46, 58, 33].contains(v[last - 1]) else { return nil }
        let afterTime = TranscriptLine.skipTimestamp(v, lineEnd + 1, limit: n)
        var j = TranscriptLine.skipSpeaker(v, afterTime)
        if j > afterTime {
            // A speaker's turn: the first date of its first sentence ("Kunde: am 12.03.1985 geboren"), unless a word
            // before it makes it another date ("My order from 3 March 2014", "seit 2012").
            var k = j
            while k < n, k - j < answerLength, v[k] != 10 {
                if (v[k] == 46 || v[k] == 33 || v[k] == 63), k + 1 < n, v[k + 1] == 32 { break }
                if ScalarClass.isDigit(v[k]) || ScalarClass.isLetter(v[k]), k == j || v[k - 1] == 32 || v[k - 1] == 44,
                   let (s, e) = DateOfBirthRecognizer.date(in: text, after: k), s == k {
                    guard !namesLaterYear(v, s, e), !otherDateWordBefore(text, s) else { return nil }
                    return (s, e)
                }
                k += 1
            }
            return nil
        }
        j = skipLeadIn(text, j)
        guard j < n, let (s, e) = DateOfBirthRecognizer.date(in: text, after: j), s == j, !namesLaterYear(v, s, e) else { return nil }
        return (s, e)
    }

    /// The scalars of a speaker's answer searched for the date.
    static let answerLength = 48

    /// Words before a date that make it another date than a birth date, folded. Hand-written (own list).
    private static let otherDateWords: WordHashSet = WordHash.table("""
        since seit depuis desde dal dalla sinds from vom von du order bestellung commande pedido ordine bestelling \
        encomenda until bis jusqu'au hasta fino tot até ate valid gültig valable válido valido geldig expires ablauf
        """)

    /// Whether a word from ``otherDateWords`` stands right before `start` (behind an article or "the").
    private static func otherDateWordBefore(_ text: ScannedText, _ start: Int) -> Bool {
        PrecedingWords.contains(otherDateWords, text, before: start, within: 2, apostrophes: true)
    }

    /// Skips what may come before the date on the answer line: a short lead-in ("it's", "c'est", "es", "è", "ist") or an
    /// e-mail address and a conjunction ("s.v@example.nl en 12-05-2002").
    private static func skipLeadIn(_ text: ScannedText, _ position: Int) -> Int {
        let v = text.values
        let j = position
        var e = j
        while e < v.count, !ScalarClass.isWhitespace(v[e]) { e += 1 }
        guard e > j, e + 1 < v.count else { return position }
        if (j..<e).contains(where: { v[$0] == 64 }) {
            // An address, then "and" in one of the seven languages.
            var k = e + 1
            var w = k
            while w < v.count, ScalarClass.isLetter(v[w]) { w += 1 }
            guard w > k, w < v.count, v[w] == 32, conjunctions.contains(WordHash.of(text.folded, k, w)) else { return position }
            k = w + 1
            return k
        }
        let end = v[e - 1] == 44 ? e - 1 : e
        return leadIns.contains(WordHash.of(text.folded, j, end)) ? e + 1 : position
    }

    /// "And" in the seven languages, folded. Hand-written.
    private static let conjunctions: WordHashSet = WordHash.table("and und et y e en")

    /// Short lead-ins before an answer, folded. Hand-written.
    private static let leadIns: WordHashSet = WordHash.table("it's its it is c'est es è é ist is sure sí si oui ja yes")

    /// Whether a four-digit number in `v[s..<e]` is a year after ``latestYear``.
    private static func namesLaterYear(_ v: [UInt32], _ s: Int, _ e: Int) -> Bool {
        var k = s
        while k < e {
            guard ScalarClass.isDigit(v[k]) else { k += 1; continue }
            var m = k
            var value = 0
            while m < e, ScalarClass.isDigit(v[m]) {
                value = value * 10 + Int(v[m] - 48)
                m += 1
            }
            if m - k == 4, value > latestYear { return true }
            k = m
        }
        return false
    }
}
