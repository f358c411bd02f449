/// Passwords named in a sentence some words after their label, where ``SecretRecognizer``'s label rules read no value:
/// "the Wi-Fi password printed on it, Fern-Lamp-62, fails", "la contraseña … Antes era Brisa_1984", "la password
/// del wifi, se serve, è Lago_Blu_77", "mijn wachtwoord is gelekt: het was Tulp!2021".
///
/// Within 140 scalars of a password cue, on its line, the first token that is set off as a value (after a copula word,
/// a comma or a colon) and has a password's shape: ``SecretRecognizer/passwordShapedEnd(_:_:)``, or a word of three or
/// more letters (two of them lower case) joined to two or more digits by `_`, `-`, `.` or `!` ("Brisa_1984"). Taken
/// only when no secret was already found after that cue.
enum PasswordValueAhead {
    /// Copula words that set off a value in the seven languages ("was", "era", "ist", "est", "è", "é", "is", "lautet").
    /// Hand-written (own list).
    private static let copulaWords: WordHashSet = WordHash.table("""
        is was are ist war wäre lautet est était c'était es era fue è é foi são
        """)

    /// Appends a ``EntityType/secret`` candidate for each password cue of `context` that has such a value ahead.
    static func scan(_ context: ScanContext, into candidates: inout [Candidate]) {
        let text = context.text
        let v = text.values
        for hit in context.cues where hit.kind == .password {
            let limit = min(v.count, hit.end + 140)
            // A value already read for this cue (or for an earlier one that reaches past it).
            if candidates.contains(where: { $0.type == .secret && $0.start >= hit.end && $0.start < limit }) { continue }
            var j = hit.end
            while j < limit, v[j] != 10 {
                guard ScalarClass.isWhitespace(v[j]) else { j += 1; continue }
                let start = j + 1
                guard start < limit, !ScalarClass.isWhitespace(v[start]), setsOffValue(text, before: j, after: hit.end),
                      let end = SecretRecognizer.passwordShapedEnd(v, start) ?? wordJoinedNumberEnd(v, start),
                      !hasDottedDigits(v, start, end) else {
                    j += 1
                    continue
                }
                candidates.append(Candidate(type: .secret, start: start, end: end))
                break
            }
        }
    }

    /// Whether the space at `space` follows a copula word, or a comma or colon that ends the word before it, with that
    /// word after `floor` (the cue's end).
    private static func setsOffValue(_ text: ScannedText, before space: Int, after floor: Int) -> Bool {
        let v = text.values
        guard space > floor else { return false }
        let c = v[space - 1]
        if c == 44 || c == 58 { return space - 1 > floor }
        guard ScalarClass.isLetter(c) else { return false }
        var s = space - 1
        while s > floor, ScalarClass.isLetter(v[s - 1]) || v[s - 1] == 39 || v[s - 1] == 0x2019 { s -= 1 }
        guard s > floor else { return false }
        return copulaWords.contains(WordHash.of(text.folded, s, space))
    }

    /// The end of a word of three or more ASCII letters (two or more lower case) joined by one `_`, `-`, `.` or `!` to
    /// two to eight digits at `j`, closing punctuation trimmed, or nil.
    private static func wordJoinedNumberEnd(_ v: [UInt32], _ j: Int) -> Int? {
        var e = j
        var lower = 0
        while e < v.count, ScalarClass.isASCIILetter(v[e]) {
            if ScalarClass.isLower(v[e]) { lower += 1 }
            e += 1
        }
        guard e - j >= 3, lower >= 2, e < v.count, v[e] == 95 || v[e] == 45 || v[e] == 46 || v[e] == 33 else { return nil }
        e += 1
        let digits = e
        while e < v.count, ScalarClass.isDigit(v[e]) { e += 1 }
        guard e - digits >= 2, e - digits <= 8 else { return nil }
        // Whitespace, the end, or one closing `,` `.` `;` `)` before them may follow.
        guard e < v.count, !ScalarClass.isWhitespace(v[e]) else { return e }
        guard [44, 46, 59, 41].contains(v[e]), e + 1 >= v.count || ScalarClass.isWhitespace(v[e + 1]) else { return nil }
        return e
    }

    /// Whether `v[start..<end]` holds a digit, a `.` and a digit in a row (a version, "iOS17.2").
    private static func hasDottedDigits(_ v: [UInt32], _ start: Int, _ end: Int) -> Bool {
        var k = start + 1
        while k + 1 < end {
            if v[k] == 46, ScalarClass.isDigit(v[k - 1]), ScalarClass.isDigit(v[k + 1]) { return true }
            k += 1
        }
        return false
    }
}
