/// Joins a name written with a nickname in quotes or parentheses into one span: "Robert \"Bobby\" Tran", "Hendrika (Riek)
/// Post", "José 'Pepe' Ortega".
///
/// After a PERSON candidate stand one space, an opening quote or parenthesis, one capitalised listed given name (the
/// nickname), its closing mark, one space and a capitalised word that is no everyday, place or particle word: the whole
/// run is one PERSON span (it wins over the pieces by length), so the surname after the nickname is not left out.
enum NicknameNames {
    /// Appends a ``EntityType/person`` candidate for each such run.
    static func scan(_ text: ScannedText, candidates: inout [Candidate]) {
        let v = text.values
        let n = v.count
        var found: [Candidate] = []
        for c in candidates where c.type == .person && c.end + 6 < n && v[c.end] == 32 {
            let open = c.end + 1
            guard QuotedPasswords.opening(v[open]) else { continue }
            let nickStart = open + 1
            guard nickStart < n, ScalarClass.isUpper(v[nickStart]) else { continue }
            let nickEnd = LexiconPersonRecognizer.wordEnd(v, nickStart)
            guard nickEnd - nickStart >= 2, nickEnd - nickStart <= 12, nickEnd + 2 < n, QuotedPasswords.closing(v[nickEnd]),
                  v[nickEnd + 1] == 32,
                  // A listed given name, not a department or role ("Frau Keller (Buchhaltung) Rücksprache …").
                  FirstNameLexicon.contains(text.folded, nickStart, nickEnd) else { continue }
            let s = nickEnd + 2
            guard ScalarClass.isUpper(v[s]) else { continue }
            let e = LexiconPersonRecognizer.wordEnd(v, s)
            guard e - s >= 2, !LexiconPersonRecognizer.allCaps(v, s, e) || e - s <= 3 else { continue }
            let h = WordHash.of(text.folded, s, e)
            guard !LexiconPersonRecognizer.nonNames.contains(h), !LexiconPersonRecognizer.places.contains(h),
                  !LexiconPersonRecognizer.capitalParticles.contains(h),
                  !candidates.contains(where: { $0.type != .person && $0.start < e && c.start < $0.end }) else { continue }
            found.append(Candidate(type: .person, start: c.start, end: e))
        }
        candidates += found
    }
}
