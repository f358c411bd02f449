/// Finds one-time, verification, security and recovery codes told in a message ("the verification code
/// was 552193", "Bestätigungscode 884 213", "codice OTP che mi è arrivato è 218 554", "recovery codes:
/// 8f3k-2m9q p7x2-n4c8"): a code lets whoever reads it into the account, so it is a ``EntityType/secret``.
///
/// A value is taken only after a code cue (``CueLexicon/Kind/oneTimeCode``), in the same clause, behind at
/// most six words without digits; it is 4–8 digits, optionally in two or three groups split by one space or
/// `-` ("552 193", "731-904"), or, after a recovery-code cue, short letter-digit groups. An amount, a duration
/// or a number that goes on (a decimal, a longer number, a word) is not a code.
enum OneTimeCodes {
    /// Appends a ``EntityType/secret`` candidate for every code after a code cue in `context`.
    static func scan(_ context: ScanContext, into candidates: inout [Candidate]) {
        let text = context.text
        let v = text.values
        var covered = -1
        for hit in context.cues where (hit.kind == .oneTimeCode || hit.kind == .recoveryCode) && hit.end > covered {
            guard let start = valueStart(text, after: hit.end), !context.cues.hasReference(between: hit.end, and: start) else {
                continue
            }
            if hit.kind == .recoveryCode {
                // "Recovery codes: 8f3k-2m9q p7x2-n4c8": every code of the list.
                var position = start
                var taken = 0
                while taken < 16, let end = digitCode(text, at: position) ?? groupedCode(v, at: position) {
                    candidates.append(Candidate(type: .secret, start: position, end: end))
                    covered = end
                    taken += 1
                    var next = end
                    while next < v.count, next - end < 3, v[next] == 32 || v[next] == 44 || v[next] == 10 || v[next] == 9 {
                        next += 1
                    }
                    guard next > end else { break }
                    position = next
                }
            } else if let end = digitCode(text, at: start) {
                candidates.append(Candidate(type: .secret, start: start, end: end))
                covered = end
            }
        }
    }

    /// The start of the first token with a digit after a cue ending at `cueEnd`, behind at most six letter
    /// words (with `:`, `=`, `'`, `-` or `,` between them) on the same clause, or nil.
    static func valueStart(_ text: ScannedText, after cueEnd: Int) -> Int? {
        let v = text.values
        var j = cueEnd
        var words = 0
        while j < v.count, j - cueEnd < 80 {
            let c = v[j]
            if c == 32 || c == 58 || c == 61 || c == 44 || c == 9 || c == 0xA0 || c == 0xFF1A || c == 34 || c == 0x201C {
                j += 1
                continue
            }
            if ScalarClass.isDigit(c) { return j > cueEnd ? j : nil }
            // "le code reçu par SMS (581 066)": the code in parentheses.
            if c == 40, j + 1 < v.count, ScalarClass.isDigit(v[j + 1]) { return j + 1 }
            // "#4821" is a reference, a `(`, `.`, `!`, `?`, `;` or line break ends the clause.
            guard ScalarClass.isLetter(c), words < 6 else { return nil }
            // A letter-digit group after a recovery cue ("8f3k-2m9q") starts with a letter.
            if words == 0, hasDigitBeforeSpace(v, j) { return j }
            while j < v.count, ScalarClass.isLetter(v[j]) || v[j] == 39 || v[j] == 0x2019 || v[j] == 45 { j += 1 }
            // A word that goes on with a digit ("SMS2") is no plain word of the clause.
            if j < v.count, ScalarClass.isDigit(v[j]) { return nil }
            words += 1
        }
        return nil
    }

    /// Whether the token at `j` holds a digit before the next whitespace.
    private static func hasDigitBeforeSpace(_ v: [UInt32], _ j: Int) -> Bool {
        var k = j
        while k < v.count, k - j < 24, !ScalarClass.isWhitespace(v[k]) {
            if ScalarClass.isDigit(v[k]) { return true }
            k += 1
        }
        return false
    }

    /// The end of a 4–8-digit code at `start` (groups of 2–4 digits may be split by one space or `-`), or nil
    /// when the digits go on as a word, a decimal, an amount, a duration or a longer number.
    static func digitCode(_ text: ScannedText, at start: Int) -> Int? {
        let v = text.values
        var end = start
        var digits = 0
        var groups = 0
        while true {
            let groupStart = end
            while end < v.count, ScalarClass.isDigit(v[end]) { end += 1 }
            let length = end - groupStart
            guard length > 0 else { return nil }
            digits += length
            groups += 1
            // Another group: one space or `-`, then 2–4 digits ("552 193", "73-19-04").
            if groups < 3, end + 1 < v.count, v[end] == 32 || v[end] == 45, ScalarClass.isDigit(v[end + 1]) {
                var k = end + 1
                while k < v.count, ScalarClass.isDigit(v[k]) { k += 1 }
                if (2...4).contains(k - end - 1), length >= 2, length <= 4, digits + k - end - 1 <= 8,
                   k >= v.count || !ScalarClass.isWordChar(v[k]) {
                    end += 1
                    continue
                }
            }
            break
        }
        guard (4...8).contains(digits) else { return nil }
        // Groups that go on past the code are a longer number ("sur mon 07 55 98 12 40": a phone).
        if groups > 1 || digits < 6, end + 1 < v.count, v[end] == 32 || v[end] == 45, ScalarClass.isDigit(v[end + 1]) { return nil }
        // A year ("in 2023") or a date written with dashes ("2024-05-01") is no code.
        if groups == 1, digits == 4, v[start] == 49 && v[start + 1] == 57 || v[start] == 50 && v[start + 1] == 48 { return nil }
        if groups == 3, v[start + 4] == 45 || v[start + 2] == 45 { return nil }
        if end < v.count, ScalarClass.isWordChar(v[end]) || v[end] == 47 || v[end] == 37 || v[end] == 0x20AC || v[end] == 36 {
            return nil
        }
        if end + 1 < v.count, v[end] == 46 || v[end] == 44 || v[end] == 45, ScalarClass.isDigit(v[end + 1]) { return nil }
        // A code that goes on after a hyphen with letters is a longer reference ("8841-KX").
        if end + 1 < v.count, v[end] == 45, ScalarClass.isWordChar(v[end + 1]) { return nil }
        if start > 0, v[start - 1] == 35 || v[start - 1] == 36 || v[start - 1] == 0x20AC || v[start - 1] == 43 { return nil }
        if followedByUnit(text, end) { return nil }
        return end
    }

    /// The end of a recovery code at `start`: 6–24 scalars of ASCII letters and digits, with at least one of
    /// each, split by at most three `-`, or nil.
    private static func groupedCode(_ v: [UInt32], at start: Int) -> Int? {
        var end = start
        var letters = 0, digits = 0, dashes = 0
        while end < v.count, end - start <= 24 {
            let c = v[end]
            if ScalarClass.isDigit(c) { digits += 1 } else if ScalarClass.isASCIILetter(c) { letters += 1 } else if c == 45, end > start,
                end + 1 < v.count, ScalarClass.isWordChar(v[end + 1]) { dashes += 1 } else { break }
            end += 1
        }
        // Digits only when split into three or four dashed groups ("7741-2290-5518").
        guard letters > 0 || dashes >= 2, digits > 0, dashes <= 3, (6...24).contains(end - start) else { return nil }
        if end < v.count, !(ScalarClass.isWhitespace(v[end]) || v[end] == 44 || v[end] == 46 || v[end] == 59 || v[end] == 41) {
            return nil
        }
        return end
    }

    /// Whether the next word after `end` is a unit of time or money ("5 minutes", "1000 EUR", "1299 €").
    private static func followedByUnit(_ text: ScannedText, _ end: Int) -> Bool {
        let v = text.values
        var j = end
        while j < v.count, j - end < 2, v[j] == 32 { j += 1 }
        guard j > end, j < v.count else { return false }
        // A currency or percent sign after the space ("1299 €", "50 %").
        if [0x20AC, 36, 0xA3, 0xA5, 37].contains(v[j]) { return true }
        var e = j
        while e < v.count, e - j < 10, ScalarClass.isLetter(v[e]) { e += 1 }
        return e > j && units.contains(WordHash.of(text.folded, j, e))
    }

    /// Units after a number that make it an amount or a duration. Hand-written for this recognizer.
    private static let units: WordHashSet = WordHash.table("""
        min mins minutes minute minuten minuti minutos sec seconds sekunden secondes secondi segundos seconden eur euro \
        euros usd gbp chf brl dollars pounds stunden hours heures horas ore uur days tage jours dias giorni dagen
        """)
}

extension Array where Element == CueLexicon.Hit {
    /// Whether a reference or phone cue starts in `start..<end` ("security code missing, order 44812977").
    func hasReference(between start: Int, and end: Int, phones: Bool = true) -> Bool {
        contains { ($0.kind == .reference || (phones && $0.kind == .phone)) && $0.start >= start && $0.start < end }
    }
}
