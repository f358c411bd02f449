/// Finds the name that signs a sentence with a phone number or e-mail address right after it: "Bitte um Rückruf. Thi
/// Thu Nguyen, 0176 5550123", "Please confirm. Thi Thu Nguyen, (647) 555-0114".
///
/// Before a ``EntityType/phone`` or ``EntityType/email`` candidate stand a separator (a comma, `-`, `–`, `|`, `/` or an
/// opening parenthesis), optionally a short contact label ("tel.", "Handy:", "móvil"), and two or three capitalised
/// words (lower-case particles allowed between them) that open a sentence or a line, with a listed given name first or
/// a listed surname after it. None of them may be a stop, street, product or support word of
/// ``LexiconPersonRecognizer/nonNames``, a brand word or a leading preposition; the first may not be a place ("Porto
/// Alegre, (51) …"). Names the other recognizers left in this strong context are then found, and a shorter name found
/// inside the run is outgrown by the whole run when only listed given names stand before it.
enum ContactSignatureNames {
    /// Contact labels between a signature and its number, folded. Hand-written (own list).
    private static let labels: WordHashSet = WordHash.table("""
        tel tél tlf telf telefon telefone telefono teléfono telephone tel. phone mobile mob cell cel celular \
        handy mobil móvil movil cellulare cell. gsm mail email e-mail fone tm
        """)

    /// Appends a ``EntityType/person`` candidate for each such signature run.
    static func scan(_ text: ScannedText, candidates: inout [Candidate]) {
        var found: [Candidate] = []
        for c in candidates where (c.type == .phone || c.type == .email) && c.start >= 6 {
            guard let runEnd = signatureEnd(text, before: c.start),
                  let runStart = runStart(text, end: runEnd),
                  looksLikeName(text, runStart, runEnd),
                  LexiconPersonRecognizer.isSentenceStart(text, runStart),
                  !candidates.contains(where: { $0.type != .person && $0.start < runEnd && runStart < $0.end }),
                  !candidates.contains(where: { $0.type == .person && $0.start <= runStart && runEnd <= $0.end }),
                  onlyGivenNamesBefore(text, candidates, runStart, runEnd) else { continue }
            found.append(Candidate(type: .person, start: runStart, end: runEnd))
        }
        candidates += found
    }

    /// Whether the capitalised words of `start..<end` read as a name: a listed given name first or a listed surname
    /// after it. ``NameLikenessModel`` does not separate here: on the session-16 reviewer's look-alikes, shops before
    /// their numbers ("Golden Dragon", "Sunrise Dental") score like unlisted Mozambican or Angolan names.
    private static func looksLikeName(_ text: ScannedText, _ start: Int, _ end: Int) -> Bool {
        let v = text.values
        let f = text.folded
        var words = 0
        var listed = false
        var k = start
        while k < end {
            let e = LexiconPersonRecognizer.wordEnd(v, k)
            guard e > k else { k += 1; continue }
            if ScalarClass.isUpper(v[k]) {
                if words == 0 ? FirstNameLexicon.contains(f, k, e) : SurnameLexicon.contains(f, k, e) { listed = true }
                words += 1
            }
            k = e
        }
        return words >= 2 && listed
    }

    /// Whether the words of `start..<end` before a name already found inside it are all listed given names ("Mei" before
    /// "Lin Zhao"): a role or label word there ("Cardholder", "Nachbar", "Sono") was left out of that name on purpose.
    private static func onlyGivenNamesBefore(_ text: ScannedText, _ candidates: [Candidate], _ start: Int, _ end: Int) -> Bool {
        guard let inner = candidates.filter({ $0.type == .person && $0.start < end && start < $0.end }).map(\.start).min() else {
            return true
        }
        let v = text.values
        var k = start
        while k < inner {
            let e = LexiconPersonRecognizer.wordEnd(v, k)
            guard e > k else { k += 1; continue }
            guard FirstNameLexicon.contains(text.folded, k, e) else { return false }
            k = e
        }
        return true
    }

    /// The end of the word run before the separator that precedes `start`, or nil.
    private static func signatureEnd(_ text: ScannedText, before start: Int) -> Int? {
        let v = text.values
        var k = start - 1
        // "(" directly before the number: "Ana Lima (+351 …)".
        if v[k] == 40 {
            k -= 1
            while k >= 0, v[k] == 32 { k -= 1 }
            guard k >= 1 else { return nil }
            if ScalarClass.isLetter(v[k]), v[k + 1] == 32 { return k + 1 }
        }
        while k >= 0, v[k] == 32 { k -= 1 }
        // An optional label: "tel.:", "Handy:", "móvil".
        var punctuated = false
        if k >= 0, v[k] == 58 { k -= 1; punctuated = true }
        if k >= 0, v[k] == 46 { k -= 1; punctuated = true }
        if k >= 0, ScalarClass.isLetter(v[k]) {
            var s = k
            while s > 0, ScalarClass.isLetter(v[s - 1]) || v[s - 1] == 45 { s -= 1 }
            guard k + 1 - s <= 9, labels.contains(WordHash.of(text.folded, s, k + 1)) else { return nil }
            k = s - 1
            while k >= 0, v[k] == 32 { k -= 1 }
        } else if punctuated {
            return nil
        }
        guard k >= 2 else { return nil }
        let separator = v[k]
        // "Name, number" (no space before the comma) or "Name – number" (spaces around the dash).
        if separator == 44 {
            guard ScalarClass.isLetter(v[k - 1]) else { return nil }
            return k
        }
        guard separator == 45 || separator == 0x2013 || separator == 124 || separator == 47,
              v[k - 1] == 32, ScalarClass.isLetter(v[k - 2]) else { return nil }
        return k - 1
    }

    /// The start of two or three capitalised name words ending at `end` (particles allowed between), or nil.
    private static func runStart(_ text: ScannedText, end: Int) -> Int? {
        let v = text.values
        let f = text.folded
        var words: [(Int, Int)] = []
        var e = end
        var particles = 0
        while words.count < 3 {
            var s = e
            while s > 0, ScalarClass.isLetter(v[s - 1]) || ((v[s - 1] == 45 || v[s - 1] == 39 || v[s - 1] == 0x2019) && s >= 2 && ScalarClass.isLetter(v[s - 2])) { s -= 1 }
            guard s < e, LexiconPersonRecognizer.wordEnd(v, s) == e else { break }
            let h = WordHash.of(f, s, e)
            if ScalarClass.isUpper(v[s]) {
                guard e - s >= 2, (s + 1..<e).contains(where: { ScalarClass.isLower(v[$0]) }),
                      !LexiconPersonRecognizer.nonNames.contains(h), !LexiconPersonRecognizer.brandWords.contains(h),
                      !LexiconPersonRecognizer.leadingWords.contains(h) else { return nil }
                words.append((s, e))
            } else if LexiconPersonRecognizer.particles.contains(h), !words.isEmpty, particles < 2 {
                particles += 1
            } else {
                break
            }
            // One space before the next word back, or the run ends here.
            guard s >= 2, v[s - 1] == 32, ScalarClass.isLetter(v[s - 2]) else { break }
            e = s - 1
        }
        guard words.count >= 2, let first = words.last else { return nil }
        // A particle cannot open the run ("de Souza, …" without a given name is left to other rules).
        guard !LexiconPersonRecognizer.places.contains(WordHash.of(f, first.0, first.1)) else { return nil }
        return first.0
    }
}
