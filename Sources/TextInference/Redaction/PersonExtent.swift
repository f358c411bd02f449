/// Completes the extent of names that a recognizer found only in part.
///
/// Long names are often found in pieces: a reader stops after three or four words ("João Pedro Tavares" … "Sousa
/// Carvalho" with "de" left between), skips an unlisted middle name ("Ama" … "Mensah" around "Serwaa"), stops before
/// a lower-case surname particle ("Marloes" before "ten Brinke-Oosterhof"), a generational suffix ("Demetrius Carter"
/// before "Jr.") or a listed surname ("Inhaber Marko" before "Jansen"), or starts after a given name and a capitalised
/// particle ("Giolla Phádraig" after "Declan Mac"). This pass adds a PERSON candidate over the whole name; overlap
/// resolution then prefers it over its pieces. It looks only at the text around PERSON candidates, on their line.
enum PersonExtent {
    /// Appends a PERSON candidate for every found name whose extent grows.
    static func complete(in text: ScannedText, candidates: inout [Candidate]) {
        var persons: [(start: Int, end: Int)] = []
        for candidate in candidates where candidate.type == .person { persons.append((candidate.start, candidate.end)) }
        guard !persons.isEmpty else { return }
        persons.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        var i = 0
        while i < persons.count {
            let original = persons[i]
            var end = original.end
            var j = i + 1
            var steps = 0
            while steps < 4 {
                steps += 1
                while j < persons.count, persons[j].start < end { end = max(end, persons[j].end); j += 1 }
                if j < persons.count, joinsNames(text, end, persons[j].start, next: persons[j]) {
                    end = max(end, persons[j].end)
                    j += 1
                    continue
                }
                if let suffix = suffixEnd(text, end) {
                    end = suffix
                    break
                }
                if let surname = particleSurnameEnd(text, end) ?? gaelicSurnameEnd(text, end) ?? listedSurnameEnd(text, end) {
                    end = surname
                    continue
                }
                break
            }
            // "Marcus Whitfield Jr.": the dot of a suffix the reader took as a name word.
            if end < text.count, text.values[end] == 46, endsWithSuffix(text, end) { end += 1 }
            let start = givenNameStart(text, before: original.start) ?? original.start
            if start != original.start || end != original.end {
                candidates.append(Candidate(type: .person, start: start, end: end))
            }
            i = j
        }
    }

    /// Lower-case particles that may stand between two pieces of one name ("Tavares de Sousa", "dos Santos").
    private static let joiningParticles: WordHashSet = WordHash.table("de da do dos das di del della van von der den ten ter du")
    /// Joining particles that also mean "from" before a place.
    private static let fromParticles: WordHashSet = WordHash.table("de da di do du del della")
    /// Particles that open a surname after a given name and name nothing else ("ten Brinke", "van Dijk", "dos Santos");
    /// "de", "da" and "di" also mean "from" ("Maria de Lisboa") and stay out. Hand-written (own list).
    private static let surnameParticles: WordHashSet = WordHash.table("van von ten ter dos das")
    /// Particles after an opening one ("van der Berg", "van den Heuvel", "van de Ven").
    private static let secondParticles: WordHashSet = WordHash.table("de der den het")
    /// Capitalised particles between a given name and a surname ("Declan Mac Giolla", "Sean Mc Bride", "Anouk Van
    /// Dijk"). Hand-written (own list).
    private static let capitalParticles: WordHashSet = WordHash.table("mac mc van von de da di del della der den le la dos das du ter ten el al ben bin abu")
    /// Generational suffixes after a surname ("Carter Jr.", "Santos Filho", "Henry III"). Hand-written (own list).
    private static let suffixes: WordHashSet = WordHash.table("jr sr filho filha neto neta júnior junior sobrinho")

    /// Whether the gap `a..<b` between two names holds only single spaces, lower-case joining particles and at most one
    /// capitalised name word (no stop, product, place or month word): "Tavares de Sousa", "Ama Serwaa Mensah".
    /// After a particle that also means "from" ("de", "da", "di", "du", "del") the next name must have two words and
    /// start with no place ("Gaëtan Ollivier de Saint-Brieuc", "agus de Rosario" are a person and a town).
    private static func joinsNames(_ text: ScannedText, _ a: Int, _ b: Int, next: (start: Int, end: Int)) -> Bool {
        guard b > a, b - a <= 24 else { return false }
        let v = text.values
        guard v[a] == 32, v[b - 1] == 32 else { return false }
        if b - a == 1 { return true }
        var k = a + 1
        var capitalised = 0
        while k < b - 1 {
            let e = LexiconPersonRecognizer.wordEnd(v, k)
            guard e > k, e < b, v[e] == 32 else { return false }
            let h = WordHash.of(text.folded, k, e)
            if ScalarClass.isLower(v[k]) {
                guard joiningParticles.contains(h) else { return false }
                if fromParticles.contains(h) {
                    let firstEnd = LexiconPersonRecognizer.wordEnd(v, next.start)
                    guard next.end > firstEnd, isNameWord(text, next.start, firstEnd) else { return false }
                }
            } else if ScalarClass.isUpper(v[k]) {
                capitalised += 1
                guard capitalised <= 1, e - k >= 2, isNameWord(text, k, e) else { return false }
            } else {
                return false
            }
            k = e + 1
        }
        return k == b
    }

    /// Whether `k..<e` may be a name word: not all capitals, no stop, product, place or month word.
    private static func isNameWord(_ text: ScannedText, _ k: Int, _ e: Int) -> Bool {
        let v = text.values
        guard (k + 1..<e).contains(where: { ScalarClass.isLower(v[$0]) }) else { return false }
        let h = WordHash.of(text.folded, k, e)
        return !LexiconPersonRecognizer.nonNames.contains(h) && !LexiconPersonRecognizer.places.contains(h)
    }

    /// The end of a generational suffix one space after `e` ("Jr.", "Sr", "Filho", "III"), or nil.
    private static func suffixEnd(_ text: ScannedText, _ e: Int) -> Int? {
        let v = text.values
        guard e + 2 < v.count, v[e] == 32, ScalarClass.isUpper(v[e + 1]) else { return nil }
        let s = e + 1
        let we = LexiconPersonRecognizer.wordEnd(v, s)
        guard we > s else { return nil }
        if (s..<we).allSatisfy({ v[$0] == 73 }), we - s >= 2, we - s <= 3, we >= v.count || !ScalarClass.isLetter(v[we]) { return we }
        if we - s == 2, v[s] == 73, v[s + 1] == 86 { return we }  // IV
        guard suffixes.contains(WordHash.of(text.folded, s, we)) else { return nil }
        return we < v.count && v[we] == 46 ? we + 1 : we
    }

    /// The end of a surname opened by a lower-case particle one space after `e` ("Marloes ten Brinke-Oosterhof",
    /// "Pedro dos Santos", "Anouk van der Berg"), or nil.
    private static func particleSurnameEnd(_ text: ScannedText, _ e: Int) -> Int? {
        let v = text.values
        guard e + 1 < v.count, v[e] == 32, ScalarClass.isLower(v[e + 1]) else { return nil }
        var k = e + 1
        var particles = 0
        while particles < 2 {
            let pe = LexiconPersonRecognizer.wordEnd(v, k)
            guard pe > k, pe + 1 < v.count, v[pe] == 32 else { return nil }
            let h = WordHash.of(text.folded, k, pe)
            guard particles == 0 ? surnameParticles.contains(h) : secondParticles.contains(h) else { return nil }
            particles += 1
            k = pe + 1
            if ScalarClass.isUpper(v[k]) { break }
        }
        guard k < v.count, ScalarClass.isUpper(v[k]) else { return nil }
        let se = LexiconPersonRecognizer.wordEnd(v, k)
        guard se - k >= 2, isNameWord(text, k, se) else { return nil }
        return se
    }

    /// Whether the word ending at `e` is a generational suffix ("Jr", "Sr").
    private static func endsWithSuffix(_ text: ScannedText, _ e: Int) -> Bool {
        var s = e
        while s > 0, ScalarClass.isLetter(text.values[s - 1]) { s -= 1 }
        return s < e && ScalarClass.isUpper(text.values[s]) && suffixes.contains(WordHash.of(text.folded, s, e))
    }

    /// The end of a Gaelic surname one space after `e`: "Mac" or "Mc" and one or two capitalised words ("Eoin Mac
    /// Lochlainn", "Declan Mac Giolla Phádraig"), or nil.
    private static func gaelicSurnameEnd(_ text: ScannedText, _ e: Int) -> Int? {
        let v = text.values
        guard e + 4 < v.count, v[e] == 32, v[e + 1] == 77 else { return nil }
        let pe = LexiconPersonRecognizer.wordEnd(v, e + 1)
        guard pe + 2 < v.count, v[pe] == 32, gaelicParticles.contains(WordHash.of(text.folded, e + 1, pe)),
              ScalarClass.isUpper(v[pe + 1]) else { return nil }
        var end = LexiconPersonRecognizer.wordEnd(v, pe + 1)
        guard end - pe >= 3, isNameWord(text, pe + 1, end) else { return nil }
        if end + 2 < v.count, v[end] == 32, ScalarClass.isUpper(v[end + 1]) {
            let second = LexiconPersonRecognizer.wordEnd(v, end + 1)
            if second - end >= 3, isNameWord(text, end + 1, second), !FirstNameLexicon.contains(text.folded, end + 1, second) { end = second }
        }
        return end
    }

    /// Capitalised Gaelic patronymic particles (own list).
    private static let gaelicParticles: WordHashSet = WordHash.table("mac mc")

    /// The end of a listed surname one space after `e` ("Inhaber Marko Jansen"), or nil; the word must be no given
    /// name (a second person may follow: "Anna Paul") and no stop, product or place word.
    private static func listedSurnameEnd(_ text: ScannedText, _ e: Int) -> Int? {
        let v = text.values
        guard e + 2 < v.count, v[e] == 32, ScalarClass.isUpper(v[e + 1]) else { return nil }
        let s = e + 1
        let se = LexiconPersonRecognizer.wordEnd(v, s)
        guard se - s >= 3, SurnameLexicon.contains(text.folded, s, se), !FirstNameLexicon.contains(text.folded, s, se),
              isNameWord(text, s, se) else { return nil }
        return se
    }

    /// The start of a known given name one space before `start`, optionally followed by a capitalised particle
    /// ("Declan Mac" before "Giolla Phádraig", "Giselle" before "Martina"), or nil. The given name must be no
    /// everyday word ("Grace", "Will").
    private static func givenNameStart(_ text: ScannedText, before start: Int) -> Int? {
        guard let (ws, we) = wordBefore(text, start) else { return nil }
        if isGivenName(text, ws, we) { return ws }
        guard capitalParticles.contains(WordHash.of(text.folded, ws, we)), ScalarClass.isUpper(text.values[ws]),
              let (gs, ge) = wordBefore(text, ws), isGivenName(text, gs, ge) else { return nil }
        return gs
    }

    /// The capitalised word that ends one space before `position`, on the same line.
    private static func wordBefore(_ text: ScannedText, _ position: Int) -> (Int, Int)? {
        let v = text.values
        guard position >= 3, v[position - 1] == 32, ScalarClass.isLetter(v[position - 2]) else { return nil }
        var s = position - 2
        while s > 0, ScalarClass.isLetter(v[s - 1]) { s -= 1 }
        guard ScalarClass.isUpper(v[s]) else { return nil }
        return (s, position - 1)
    }

    /// Whether `s..<e` is a capitalised known given name that is no everyday, stop, product or place word.
    private static func isGivenName(_ text: ScannedText, _ s: Int, _ e: Int) -> Bool {
        let h = WordHash.of(text.folded, s, e)
        return e - s >= 2 && FirstNameLexicon.contains(text.folded, s, e) && !LexiconPersonRecognizer.ambiguous.contains(h)
            && isNameWord(text, s, e)
    }
}
