/// Extends a two-word personal name by a third capitalised word that closes the clause: "Regards, Wing Yan
/// Cheung", "chamo-me Djalma Tavares Semedo.", "Cordialement, Jordi Puigdemont Vila".
///
/// Recognizers read a given name and one surname; many names have two family names or two given names, and the
/// last one is often not in any lexicon. A third word is taken only when one space separates it, it is
/// capitalised (not in capitals), is no stop word, month, weekday or place, and ends the clause (punctuation,
/// a line break or the end of the text), so "Anna Smith Tuesday" or "Paolo Conti Roma" stay two words.
enum TrailingNameWord {
    /// Extends the ``EntityType/person`` candidates of two or more words in place.
    static func extend(_ text: ScannedText, candidates: inout [Candidate]) {
        let v = text.values
        for index in candidates.indices where candidates[index].type == .person {
            let candidate = candidates[index]
            let e = candidate.end
            guard (candidate.start..<e).contains(where: { v[$0] == 32 }), e + 2 < v.count, v[e] == 32,
                  ScalarClass.isUpper(v[e + 1]), ScalarClass.isLower(v[e + 2]) else { continue }
            var k = e + 1
            while k < v.count, ScalarClass.isLetter(v[k]) || (v[k] == 45 && k + 1 < v.count && ScalarClass.isUpper(v[k + 1])) { k += 1 }
            guard k - e > 2 else { continue }
            // The word must close the clause.
            if k < v.count, ![10, 13, 44, 46, 59, 33, 63, 41].contains(v[k]) { continue }
            let hash = WordHash.of(text.folded, e + 1, k)
            if NameReader.stopWords.contains(Array(text.folded[(e + 1)..<k])) || LexiconPersonRecognizer.places.contains(hash)
                || LexiconPersonRecognizer.nonNames.contains(hash) { continue }
            // No other candidate may claim the word.
            if candidates.contains(where: { $0.type != .person && $0.start < k && $0.end > e }) { continue }
            candidates[index] = Candidate(type: .person, start: candidate.start, end: k)
        }
    }
}
