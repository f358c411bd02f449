/// Finds names written surname first after a customer or contact word: "Kundin Schulte, Anja ruft an", "il cliente
/// Esposito, Gennaro accede", "El contacto es Ruiz Paredes, Fernando.", "Kunde: Weber, Jonas".
///
/// At each ", " followed by a listed given name, the one or two capitalised words before the comma (no everyday or
/// place word) must follow a customer, contact or holder word (``cueWords``), optionally behind a copula or a colon.
/// The whole "Surname, Given" is one PERSON span, which wins over the given name alone.
enum InvertedNamesAfterCue {
    /// Customer, contact and holder words, folded. Hand-written (own list).
    private static let cueWords: WordHashSet = WordHash.table("""
        customer client cliente clienta kunde kundin klant klantnaam contact contacto contatto contato titular \
        titulaire intestatario intestataria kontoinhaber kontoinhaberin rekeninghouder holder ansprechpartner \
        ansprechpartnerin contactpersoon patient patiente paziente paciente patiënt passenger passager passagier \
        pasajero passeggero passageiro
        """)

    /// Copulas between the cue and the name ("El contacto es …"). Hand-written.
    private static let copulas: WordHashSet = WordHash.table("is es est ist è é era was")

    /// Appends a ``EntityType/person`` candidate for each surname-first name after a cue word.
    static func scan(_ text: ScannedText, candidates: inout [Candidate]) {
        let v = text.values
        let f = text.folded
        let n = v.count
        var i = 1
        while i + 2 < n {
            defer { i += 1 }
            guard v[i] == 44, v[i + 1] == 32, ScalarClass.isUpper(v[i + 2]), ScalarClass.isLetter(v[i - 1]) else { continue }
            let givenEnd = LexiconPersonRecognizer.wordEnd(v, i + 2)
            guard FirstNameLexicon.contains(f, i + 2, givenEnd) else { continue }
            // One or two capitalised surname words end at the comma; the cue (or its copula) stands before them.
            var start = i
            var words = 0
            var k = i
            while words < 2 {
                var s = k
                while s > 0, ScalarClass.isLetter(v[s - 1]) || v[s - 1] == 45 || v[s - 1] == 39 { s -= 1 }
                guard s < k, ScalarClass.isUpper(v[s]) else { break }
                let h = WordHash.of(f, s, k)
                if cueWords.contains(h) || copulas.contains(h) { break }
                guard !LexiconPersonRecognizer.nonNames.contains(h),
                      !LexiconPersonRecognizer.places.contains(h) || SurnameLexicon.contains(f, s, k) else { words = 0; break }
                words += 1
                start = s
                guard s >= 2, v[s - 1] == 32 else { break }
                k = s - 1
            }
            guard words > 0, cueBefore(text, start) != nil else { continue }
            candidates.append(Candidate(type: .person, start: start, end: givenEnd))
        }
    }

    /// Extends PERSON candidates back over one capitalised word that a cue word precedes ("Customer Nguyen Thi Lan
    /// reports" where only "Thi Lan" was found): a surname written first.
    static func extendBack(_ text: ScannedText, candidates: inout [Candidate]) {
        let v = text.values
        let f = text.folded
        for (index, c) in candidates.enumerated() where c.type == .person && c.start >= 4 && v[c.start - 1] == 32 {
            let we = c.start - 1
            var ws = we
            while ws > 0, ScalarClass.isLetter(v[ws - 1]) { ws -= 1 }
            guard ws < we, we - ws >= 2, ScalarClass.isUpper(v[ws]), !LexiconPersonRecognizer.allCaps(v, ws, we) else { continue }
            let h = WordHash.of(f, ws, we)
            guard !cueWords.contains(h), !LexiconPersonRecognizer.nonNames.contains(h), !LexiconPersonRecognizer.places.contains(h),
                  cueBefore(text, ws) != nil,
                  !candidates.contains(where: { $0.start < we && ws < $0.end }) else { continue }
            candidates[index] = Candidate(type: .person, start: ws, end: c.end)
        }
    }

    /// The end of a cue word that stands right before `start` (behind an optional copula or colon), or nil.
    private static func cueBefore(_ text: ScannedText, _ start: Int) -> Int? {
        let v = text.values
        let f = text.folded
        var e = start
        while e > 0, start - e < 3, v[e - 1] == 32 || v[e - 1] == 58 { e -= 1 }
        guard e < start else { return nil }
        var s = e
        while s > 0, ScalarClass.isLetter(v[s - 1]) { s -= 1 }
        guard s < e else { return nil }
        var h = WordHash.of(f, s, e)
        if copulas.contains(h) {
            var e2 = s
            while e2 > 0, s - e2 < 2, v[e2 - 1] == 32 { e2 -= 1 }
            var s2 = e2
            while s2 > 0, ScalarClass.isLetter(v[s2 - 1]) { s2 -= 1 }
            guard s2 < e2 else { return nil }
            h = WordHash.of(f, s2, e2)
            return cueWords.contains(h) ? e2 : nil
        }
        return cueWords.contains(h) ? e : nil
    }
}
