/// Reads a date of birth given on the answer line of a transcript after the question or request that asked for it:
/// "[09:04] Agent: And your date of birth for verification?\n[09:04] Customer: 17 June 1998", "… bräuchte ich Ihr
/// Geburtsdatum und die letzten vier Ziffern Ihrer Kundennummer.\nKunde: 11.03.1975, 4471", "Mag ik je e-mailadres en
/// geboortedatum ter controle?\n22:06 Klant: sanne@example.nl en 12-05-2002".
///
/// The rest of the cue's line holds no digit, at most ``questionLength`` scalars, and ends in `?`, `.`, `:` or `!`.
/// On the next line a timestamp ("[09:04]", "19:05") and a speaker label ("Kunde:", "Client :") may come first; the
/// first date among the line's first ``answerLength`` scalars that stands alone (not inside an e-mail address or a
/// code) and names no year after ``latestYear`` is the date of birth.
enum AnswerLineBirthDate {
    /// The most scalars after the cue on the question's line.
    static let questionLength = 110
    /// The scalars of the answer line searched for the date.
    static let answerLength = 60
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
        var j = skipTimestamp(v, lineEnd + 1)
        j = skipSpeaker(v, j)
        let limit = min(n, j + answerLength)
        var k = j
        while k < limit, v[k] != 10 {
            if ScalarClass.isDigit(v[k]) || ScalarClass.isLetter(v[k]), k == j || v[k - 1] == 32 || v[k - 1] == 44,
               let (s, e) = DateOfBirthRecognizer.date(in: text, after: k), s == k, !namesLaterYear(v, s, e) {
                return (s, e)
            }
            k += 1
        }
        return nil
    }

    /// Skips a timestamp and the space after it at `j`: "[09:04] ", "(10:42) ", "19:05 ".
    private static func skipTimestamp(_ v: [UInt32], _ position: Int) -> Int {
        var j = position
        let open = j < v.count && (v[j] == 91 || v[j] == 40)
        if open { j += 1 }
        let start = j
        while j < v.count, j - start < 8, ScalarClass.isDigit(v[j]) || v[j] == 58 { j += 1 }
        guard j - start >= 4, v[start..<j].contains(58) else { return position }
        if open {
            guard j < v.count, v[j] == 93 || v[j] == 41 else { return position }
            j += 1
        }
        guard j < v.count, v[j] == 32 else { return position }
        return j + 1
    }

    /// Skips a speaker label of one or two words and its colon at `position` ("Kunde: ", "Client : ", "Agent Marcus: ").
    private static func skipSpeaker(_ v: [UInt32], _ position: Int) -> Int {
        var j = position
        var words = 0
        while j < v.count, words < 2, ScalarClass.isLetter(v[j]) {
            while j < v.count, ScalarClass.isLetter(v[j]) { j += 1 }
            words += 1
            if j < v.count, v[j] == 32, j + 1 < v.count, ScalarClass.isLetter(v[j + 1]) { j += 1 }
        }
        guard words > 0 else { return position }
        if j < v.count, v[j] == 32 { j += 1 }
        guard j < v.count, v[j] == 58 else { return position }
        j += 1
        while j < v.count, v[j] == 32 { j += 1 }
        return j
    }

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
