/// Redacts every other mention of a name once one mention was found by its cue.
///
/// A name is often introduced without a cue ("Jonas Becker here…") and found only in the
/// signature ("Regards, Jonas Becker"). Fail-closed: once a name is known to be a person's, all
/// its exact, whole-word occurrences in the same text are redacted too, and so are the single
/// words of a multi-word name when they recur capitalised ("Graham Tully" … "Mr Tully's card",
/// "Sietske de Boer" … "Sietske").
enum NamePropagation {
    /// Appends PERSON candidates for further occurrences of the names among `candidates`.
    static func propagate(in text: ScannedText, candidates: inout [Candidate]) {
        joinConjoinedSurnames(in: text, candidates: &candidates)
        let names = candidates.filter { $0.type == .person && $0.end - $0.start >= 3 }
        guard !names.isEmpty else { return }
        // Arrays, not sets: a text has a handful of names, and the look-ups below are existence tests
        // (`known` was only ever searched linearly), so no hashing is needed for the same answers.
        var known: [Range<Int>] = []
        for candidate in candidates where candidate.type == .person { known.append(candidate.start..<candidate.end) }
        var patterns: [[UInt32]] = []
        // Whether a pattern is a single ambiguous word split from a longer name (``personFirst``): it recurs only as a
        // subject.
        var guarded: [Bool] = []
        // At most `maximumPatterns` (each a scan of the whole text): a hostile text of thousands of different
        // name-like pairs would otherwise cost patterns × length. Every name found is still redacted where it
        // was found; only recurrences of names past the cap are not looked for.
        for name in names where patterns.count < maximumPatterns {
            let pattern = Array(text.values[name.start..<name.end])
            if !patterns.contains(pattern) { patterns.append(pattern); guarded.append(false) }
            for word in nameWords(text, name.start, name.end) where patterns.count < maximumPatterns && !patterns.contains(word) {
                patterns.append(word)
                guarded.append(LexiconPersonRecognizer.ambiguous.contains(WordHash.of(word.map(ScalarClass.fold), 0, word.count)))
            }
        }
        text.values.withUnsafeBufferPointer { values in
            let n = values.count
            for (p, pattern) in patterns.enumerated() {
                let first = pattern[0]
                let m = pattern.count
                var index = 0
                while index + m <= n {
                    if values[index] == first, text.hasPrefix(pattern, at: index),
                       text.isWordStart(index), text.isWordEnd(index + m),
                       !guarded[p] || isSubject(text, index, index + m) {
                        let range = index..<(index + m)
                        if !known.contains(where: { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound }) {
                            known.append(range)
                            candidates.append(Candidate(type: .person, start: initialStart(text, range.lowerBound), end: range.upperBound))
                        }
                        index += m
                    } else {
                        index += 1
                    }
                }
            }
        }
    }

    /// Words of ``LexiconPersonRecognizer/ambiguous`` that, once they were part of a person's name in this text, are that
    /// person again when they recur as a subject ("mon fils Hugo Marchal … Hugo est né le …"): opening a sentence or
    /// after a comma, before a lower-case word or punctuation (not "pour Noël", "la funda Rosa", "Hugo Boss", "Saint-
    /// Pierre"). Given names whose other senses are rare with a capital; months, places, brands, pronouns and words that
    /// open sentences ("May", "Paris", "Orange", "Ella", "Mark", "Will") stay out. Hand-written (own list).
    static let personFirst: WordHashSet = WordHash.table("""
        sofia aurora rosa alba pilar iris camille dominique claude hugo leo mila noor bruno marina alice eva sara jean \
        pierre rita gloria martin simon thomas regina fede ludo duda pepe ángel angel victoria florence dolores
        """)

    /// Whether the word `start..<end` opens a sentence or follows ", ", and a lower-case word or punctuation follows it.
    private static func isSubject(_ text: ScannedText, _ start: Int, _ end: Int) -> Bool {
        let v = text.values
        let opens = (LexiconPersonRecognizer.isSentenceStart(text, start) && !abbreviationBefore(v, start))
            || (start >= 2 && v[start - 2] == 44 && v[start - 1] == 32)
        guard opens, end < v.count else { return opens }
        if v[end] == 32 { return end + 1 < v.count && ScalarClass.isLower(v[end + 1]) }
        return !ScalarClass.isDigit(v[end]) && v[end] != 45
    }

    /// Whether a capitalised abbreviation of up to three letters and its dot stand before `start` ("St. Martin").
    private static func abbreviationBefore(_ v: [UInt32], _ start: Int) -> Bool {
        guard start >= 3, v[start - 1] == 32, v[start - 2] == 46 else { return false }
        var s = start - 2
        while s > 0, ScalarClass.isLetter(v[s - 1]) { s -= 1 }
        return s < start - 2 && start - 2 - s <= 3 && ScalarClass.isUpper(v[s])
    }

    /// Most names and name words searched for again in one text. Default: 128.
    static let maximumPatterns = 128

    /// Where a recurring name starts when an initial stands before it ("Élodie Marchetti-Blanc" … "É. Marchetti-Blanc",
    /// "J.-P. Lefèvre"): the initial's start, or `start`.
    private static func initialStart(_ text: ScannedText, _ start: Int) -> Int {
        let v = text.values
        guard start >= 3, v[start - 1] == 32, v[start - 2] == 46, ScalarClass.isUpper(v[start - 3]) else { return start }
        var s = start - 3
        // A hyphenated double initial: "J.-P."
        if s >= 3, v[s - 1] == 45, v[s - 2] == 46, ScalarClass.isUpper(v[s - 3]) { s -= 3 }
        guard s == 0 || !ScalarClass.isLetter(v[s - 1]) && v[s - 1] != 46 else { return start }
        return s
    }

    /// Conjunctions that join the two surnames of one person: Catalan "i" ("Núria Puig i Ferrer"), Spanish "y"
    /// ("José Ortega y Gasset") and Portuguese "e" ("Ana Silva e Souza").
    private static let surnameConjunctions: Set<UInt32> = [105, 121, 101]

    /// Extends a PERSON candidate of two or more words over a conjunction and one more known surname that is
    /// no given name and ends the name (no capitalised word after it): "Núria Puig i Ferrer", not "Ana Ruiz y
    /// Pedro Gómez".
    private static func joinConjoinedSurnames(in text: ScannedText, candidates: inout [Candidate]) {
        let v = text.values
        let n = v.count
        for index in candidates.indices where candidates[index].type == .person {
            let c = candidates[index]
            let s = c.end + 3
            guard s + 1 < n, v[c.end] == 32, v[c.end + 2] == 32, surnameConjunctions.contains(v[c.end + 1]),
                  ScalarClass.isUpper(v[s]), v[c.start..<c.end].contains(32) else { continue }
            let e = LexiconPersonRecognizer.wordEnd(v, s)
            guard e > s + 2, SurnameLexicon.contains(text.folded, s, e), !FirstNameLexicon.contains(text.folded, s, e),
                  !(e + 1 < n && v[e] == 32 && ScalarClass.isUpper(v[e + 1])) else { continue }
            candidates[index] = Candidate(type: .person, start: c.start, end: e)
        }
    }

    /// The capitalised words of three or more letters of a multi-word name that are neither particles,
    /// stop words nor everyday words (``LexiconPersonRecognizer/nonNames``, ``LexiconPersonRecognizer/ambiguous``).
    private static func nameWords(_ text: ScannedText, _ start: Int, _ end: Int) -> [[UInt32]] {
        let v = text.values
        var words: [(Int, Int)] = []
        var k = start
        while k < end {
            let e = min(end, LexiconPersonRecognizer.wordEnd(v, k))
            if e > k { words.append((k, e)) }
            k = max(e, k + 1)
            while k < end, !ScalarClass.isLetter(v[k]) { k += 1 }
        }
        guard words.count >= 2 else { return [] }
        return words.compactMap { s, e in
            guard e - s >= 3, ScalarClass.isUpper(v[s]) else { return nil }
            let hash = WordHash.of(text.folded, s, e)
            guard !LexiconPersonRecognizer.nonNames.contains(hash),
                  !LexiconPersonRecognizer.ambiguous.contains(hash) || personFirst.contains(hash),
                  !LexiconPersonRecognizer.particles.contains(hash) else { return nil }
            return Array(v[s..<e])
        }
    }
}
