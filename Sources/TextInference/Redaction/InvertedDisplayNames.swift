/// Finds mail display names written surname first, `Surname, Given <address>`, as Outlook and many
/// directories write them: `From: "Hartley, Imogen" <imogen.hartley@example.com>`, `Von: Claußen, Henning
/// <h.claussen@…>`.
///
/// Right before ` <local@domain>` (``MailDisplayNames/bracketedAddressFollows(_:_:)``) stand, optionally in
/// double quotes, one or two capitalised given-name words (or initials "J.") after `, ` and one or two
/// capitalised surname words (particles allowed between). Before the surname: the opening quote, or the
/// header label's `: ` (From, To, Cc, Von, An, De, Para, Van, Aan, Da, A, …), or `, `/`; ` between recipients,
/// or the line start. No word may be an everyday, place or role word, and one must be a listed given name
/// or surname, unless the name is quoted. The whole `Surname, Given` is one PERSON span (not the quotes):
/// ``MailDisplayNames`` reads only the words after the comma.
enum InvertedDisplayNames {
    /// Appends ``EntityType/person`` candidates for surname-first display names before bracketed addresses.
    static func scan(_ text: ScannedText, into candidates: inout [Candidate]) {
        guard text.triggers.hasAt else { return }
        let v = text.values
        var i = 1
        while i < text.count {
            defer { i += 1 }
            guard v[i] == 60, v[i - 1] == 32, MailDisplayNames.bracketedAddressFollows(v, i) else { continue }
            if let name = name(text, before: i - 1) {
                candidates.append(Candidate(type: .person, start: name.start, end: name.end))
            }
        }
    }

    /// The `Surname, Given` span ending right before the space at `space`, or nil.
    private static func name(_ text: ScannedText, before space: Int) -> (start: Int, end: Int)? {
        let v = text.values
        var end = space
        let quoted = end > 0 && v[end - 1] == 34
        if quoted { end -= 1 }
        var known = false
        // The given name(s): back to ", ".
        guard let givenStart = words(text, endingAt: end, max: 2, initials: true, known: &known),
              givenStart >= 3, v[givenStart - 1] == 32, v[givenStart - 2] == 44 else { return nil }
        let surnameEnd = givenStart - 2
        guard let start = words(text, endingAt: surnameEnd, max: 2, initials: false, known: &known) else { return nil }
        // What stands before the surname.
        let before: UInt32 = start > 0 ? v[start - 1] : 10
        if quoted {
            guard before == 34 else { return nil }
        } else {
            let b2: UInt32 = start > 1 ? v[start - 2] : 10
            let opens = before == 10 || before == 13 || (before == 32 && (b2 == 58 || b2 == 44 || b2 == 59 || b2 == 10))
            guard opens, known else { return nil }
        }
        return (start, end)
    }

    /// The start of one to `max` capitalised name words (particles between them allowed; with `initials`,
    /// "J." counts as a word) that end at `end`, read backwards; `known` is set when one is listed.
    private static func words(_ text: ScannedText, endingAt end: Int, max: Int, initials: Bool, known: inout Bool) -> Int? {
        let v = text.values
        let f = text.folded
        var k = end
        var count = 0
        var start = -1
        while count < max {
            var s = k
            if initials, k >= 2, v[k - 1] == 46, ScalarClass.isUpper(v[k - 2]), k < 3 || !ScalarClass.isLetter(v[k - 3]) {
                s = k - 2
                count += 1
            } else {
                while s > 0, ScalarClass.isLetter(v[s - 1]) || ((v[s - 1] == 45 || v[s - 1] == 39) && s > 1 && ScalarClass.isLetter(v[s - 2])) { s -= 1 }
                guard s < k else { break }
                let h = WordHash.of(f, s, k)
                if ScalarClass.isLower(v[s]) {
                    guard count > 0, LexiconPersonRecognizer.particles.contains(h) else { break }
                } else {
                    guard ScalarClass.isUpper(v[s]), !LexiconPersonRecognizer.allCaps(v, s, k),
                          !LexiconPersonRecognizer.nonNames.contains(h), !LexiconPersonRecognizer.places.contains(h),
                          !MailboxNamePieces.roleWords.contains(h) else { return nil }
                    if FirstNameLexicon.contains(f, s, k) || SurnameLexicon.contains(f, s, k) { known = true }
                    count += 1
                }
            }
            start = s
            guard s > 1, v[s - 1] == 32, ScalarClass.isLetter(v[s - 2]) || v[s - 2] == 46 else { break }
            k = s - 1
        }
        guard count >= 1, start >= 0, ScalarClass.isUpper(v[start]) else { return nil }
        return start
    }
}
