/// Finds the display name of a mail address written as `Name <address>` in headers and quote
/// attributions ("Il giorno … Gianluca Ferraro <g.ferraro@example.it> ha scritto:").
///
/// The name is one to four capitalised words (surname particles allowed between them) right before
/// ` <`, on the same line, where an address with `@` and no space follows up to `>`. A single word
/// must be a known given name or surname; product, place, month and support words never count
/// ("Support Team <help@…>").
enum MailDisplayNames {
    /// Appends ``EntityType/person`` candidates for display names before bracketed mail addresses.
    static func scan(_ text: ScannedText, into candidates: inout [Candidate]) {
        let v = text.values
        var i = 1
        while i < text.count {
            defer { i += 1 }
            guard v[i] == 60, v[i - 1] == 32, bracketedAddressFollows(v, i) else { continue }
            if let name = nameBefore(text, i - 1) {
                candidates.append(Candidate(type: .person, start: name.start, end: name.end))
            }
        }
    }

    /// Whether `<` at `open` starts `<local@domain>`: an `@` and then `>` within 100 scalars, no space.
    static func bracketedAddressFollows(_ v: [UInt32], _ open: Int) -> Bool {
        var k = open + 1
        var at = false
        while k < v.count, k - open < 100 {
            let c = v[k]
            if c == 62 { return at && k > open + 3 }
            if c == 64 { at = true } else if ScalarClass.isWhitespace(c) || c == 60 { return false }
            k += 1
        }
        return false
    }

    /// The display name ending at the space `space`, read backwards over words on the same line.
    private static func nameBefore(_ text: ScannedText, _ space: Int) -> (start: Int, end: Int)? {
        let v = text.values
        let f = text.folded
        let end = space
        var k = space
        var words = 0
        var known = false
        var start = -1
        while k > 0, words < 5 {
            var s = k
            while s > 0, ScalarClass.isLetter(v[s - 1]) || ((v[s - 1] == 45 || v[s - 1] == 39) && s > 1 && ScalarClass.isLetter(v[s - 2])) { s -= 1 }
            guard s < k else { break }
            let h = WordHash.of(f, s, k)
            if ScalarClass.isUpper(v[s]) {
                // "Support Team <…>" names no one; "Sie Anna Berg <…>" ends the name at the stop word.
                if LexiconPersonRecognizer.nonNames.contains(h) {
                    if words == 0 { return nil }
                    break
                }
                if FirstNameLexicon.contains(f, s, k) || SurnameLexicon.contains(f, s, k) { known = true }
                words += 1
                start = s
            } else if words > 0, LexiconPersonRecognizer.particles.contains(h) {
                // A particle inside the name ("Pieter van den Berg"); it may not start the name.
            } else {
                break
            }
            guard s > 1, v[s - 1] == 32 else { break }
            k = s - 1
        }
        guard words >= 1, words <= 4, start >= 0, words >= 2 || known else { return nil }
        return (start, end)
    }
}
