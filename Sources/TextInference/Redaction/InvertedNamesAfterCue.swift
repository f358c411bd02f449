/// Finds names written surname first after a customer or contact word or a label: "Kundin Schulte, Anja ruft an",
/// "il cliente Esposito, Gennaro accede", "El contacto es Ruiz Paredes, Fernando.", "Rückrufbitte: Weber, Thomas, 030 …",
/// "Naam: Wouters, An.".
///
/// At each ", " followed by a listed given name, the one or two capitalised words before the comma (no everyday or
/// place word) must follow a customer, contact or holder word (``cueWords``), optionally behind a copula or a colon,
/// or a one-word label that opens the line; after a name label the given name need not be listed if it ends the field.
/// The whole "Surname, Given" is one PERSON span, which wins over the given name alone.
enum InvertedNamesAfterCue {
    /// Customer, contact and holder words, folded. Hand-written (own list).
    private static let cueWords: WordHashSet = WordHash.table("""
        customer client cliente clienta kunde kundin klant klantnaam contact contacto contatto contato titular \
        titulaire intestatario intestataria kontoinhaber kontoinhaberin rekeninghouder holder ansprechpartner \
        ansprechpartnerin contactpersoon patient patiente paziente paciente patiënt passenger passager passagier \
        pasajero passeggero passageiro versicherte versicherter versicherungsnehmer versicherungsnehmerin assuré assurée \
        asegurado asegurada assicurato assicurata segurado segurada verzekerde insured policyholder mieter mieterin \
        locataire inquilino inquilina huurder tenant cardholder karteninhaber karteninhaberin
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
            guard givenEnd - (i + 2) >= 2 else { continue }
            let everyday = LexiconPersonRecognizer.nonNames.contains(WordHash.of(f, i + 2, givenEnd))
            let known = FirstNameLexicon.contains(f, i + 2, givenEnd)
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
                // "il cliente De Luca, Paolo": a capitalised particle of the surname.
                if words > 0, LexiconPersonRecognizer.capitalParticles.contains(h) {
                    start = s
                    guard s >= 2, v[s - 1] == 32 else { break }
                    k = s - 1
                    continue
                }
                guard !LexiconPersonRecognizer.nonNames.contains(h),
                      !LexiconPersonRecognizer.places.contains(h) || SurnameLexicon.contains(f, s, k) else { words = 0; break }
                words += 1
                start = s
                guard s >= 2, v[s - 1] == 32 else { break }
                k = s - 1
            }
            guard words > 0 else { continue }
            // After a customer word, or a one-word label opening the line ("Rückrufbitte: Weber, Thomas"), the given
            // name must be listed; after a name label ("Naam: Wouters, An") any capitalised word that ends the field.
            let label = labelBefore(text, start)
            // "Passeggeri: Gino Rossi, Marta Rossi": a list of given-name-first names, not one surname-first name.
            let firstIsGiven = FirstNameLexicon.contains(f, start, LexiconPersonRecognizer.wordEnd(v, start))
            if firstIsGiven, words == 2 || label != nil { continue }
            guard (known && !everyday && (cueBefore(text, start) != nil || label != nil))
                    || (label == true && givenEnd < n && [44, 46, 59, 10, 13].contains(v[givenEnd])) else { continue }
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

    /// Whether a one-word label and its colon that open a line (or the text, or a sentence) stand right before `start`:
    /// nil when none, true when the label names a name field ("Naam:", "Name:", "Nom :"), false for any other label.
    private static func labelBefore(_ text: ScannedText, _ start: Int) -> Bool? {
        let v = text.values
        var e = start
        while e > 0, start - e < 2, v[e - 1] == 32 { e -= 1 }
        guard e > 0, v[e - 1] == 58 else { return nil }
        e -= 1
        if e > 0, v[e - 1] == 32 { e -= 1 }
        var s = e
        while s > 0, ScalarClass.isLetter(v[s - 1]) || v[s - 1] == 45 { s -= 1 }
        guard s < e, s == 0 || v[s - 1] == 10 || (s >= 2 && v[s - 1] == 32 && v[s - 2] == 46) else { return nil }
        return nameLabels.contains(WordHash.of(text.folded, s, e))
    }

    /// Name-field labels, folded. Hand-written.
    private static let nameLabels: WordHashSet = WordHash.table("name naam nom nombre nome namn navn")

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
