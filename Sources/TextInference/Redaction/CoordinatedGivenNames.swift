/// Finds a given name joined by "and" to a name already found: "Roger et Monique Delacroix", "Passeggeri: Sara e
/// Matteo Fontana", "Tom and Priya Shah".
///
/// Before a PERSON candidate that starts with a listed given name stand a conjunction (``conjunctions``) and, before
/// it, a capitalised word that is a listed given name and no everyday or place word: that word is a PERSON too (the
/// couple shares the surname).
enum CoordinatedGivenNames {
    /// "and" in the seven languages (and Catalan "i"), folded. Hand-written.
    private static let conjunctions: WordHashSet = WordHash.table("and und et e y en i")

    /// Appends a ``EntityType/person`` candidate for each given name coordinated with a found name.
    static func scan(_ text: ScannedText, candidates: inout [Candidate]) {
        let v = text.values
        let f = text.folded
        var found: [Candidate] = []
        for c in candidates where c.type == .person && c.start >= 6 && v[c.start - 1] == 32 {
            let firstEnd = LexiconPersonRecognizer.wordEnd(v, c.start)
            guard FirstNameLexicon.contains(f, c.start, firstEnd) else { continue }
            var cs = c.start - 1
            while cs > 0, ScalarClass.isLetter(v[cs - 1]) || v[cs - 1] == 38 { cs -= 1 }
            guard cs < c.start - 1, cs >= 3, v[cs - 1] == 32,
                  v[cs] == 38 || conjunctions.contains(WordHash.of(f, cs, c.start - 1)) else { continue }
            let we = cs - 1
            var ws = we
            while ws > 0, ScalarClass.isLetter(v[ws - 1]) { ws -= 1 }
            guard ws < we, ScalarClass.isUpper(v[ws]), ws == 0 || !ScalarClass.isWordChar(v[ws - 1]) else { continue }
            let h = WordHash.of(f, ws, we)
            guard FirstNameLexicon.contains(f, ws, we), !LexiconPersonRecognizer.places.contains(h),
                  !LexiconPersonRecognizer.nonNames.contains(h),
                  !candidates.contains(where: { $0.start < we && ws < $0.end }) else { continue }
            found.append(Candidate(type: .person, start: ws, end: we))
        }
        candidates += found
    }
}
