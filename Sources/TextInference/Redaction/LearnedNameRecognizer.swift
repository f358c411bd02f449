/// Finds personal names that no cue announces and no lexicon lists, by ``NameLikenessModel``.
///
/// Two shapes are accepted at a word start in a cased script:
/// - two or three adjacent capitalised words (lower-case particles allowed between: "Harlan Pettibone",
///   "Paloma Montilla Ruiz", "Anouk van Dijk"), each scoring at least ``Thresholds/word`` and the first two
///   together at least ``Thresholds/pair`` (a known given name first or a known surname after counts with
///   at least ``Thresholds/listed``), at least one of them unlisted; a pair that opens a sentence (unless
///   the run fills its clause, as a signature does), or any pair in German where every noun is capitalised,
///   needs ``Thresholds/strictExtra`` more; the run must not follow an article or numeral ("un Xiaomi
///   Redmi") nor come before another capitalised word or a digit;
/// - a capital initial with a dot before a capitalised word scoring at least ``Thresholds/initial``
///   ("M. Lüdtke", "Y. Boukhari").
///
/// No word may be a stop, product, place or street word of ``LexiconPersonRecognizer``'s tables, follow a
/// house number, a container or brand word ("Maison …") or a saint word, or come before a product word or
/// a digit. A span that overlaps an earlier candidate is added only when it starts where that one does
/// (it then wins by length: "Corina" becomes "Corina Tschopp"). Words are scored in place: no allocation.
enum LearnedNameRecognizer {
    /// Logit thresholds, chosen on the PII sample sets.
    enum Thresholds {
        /// The least score of every word of a run (a listed word counts with at least ``listed``).
        static let word: Float = 0.0
        /// The least sum of the first two words' scores.
        static let pair: Float = 2.5
        /// Added to ``word`` and twice to ``pair`` for a pair that opens a sentence, and for any pair in German.
        static let strictExtra: Float = 1.0
        /// The least score of the word after an initial.
        static let initial: Float = 1.5
        /// The score a listed given name (first) or surname (after) counts with at least.
        static let listed: Float = 3.0
    }

    /// Appends ``EntityType/person`` candidates for name-like capitalised words in `context`.
    static func scan(_ context: ScanContext, model: NameLikenessModel, into candidates: inout [Candidate]) {
        let text = context.text
        let v = text.values
        let n = v.count
        let earlier = candidates.count
        text.folded.withUnsafeBufferPointer { f in
            var i = 0
            while i < n {
                guard ScalarClass.isUpper(v[i]), text.isWordStart(i) else { i += 1; continue }
                let e = LexiconPersonRecognizer.wordEnd(v, i)
                if e == i + 1 {
                    if let end = initialThenName(text, f, i, model: model),
                       free(candidates, earlier, i, end, containedToo: !titleInitialLanguages.contains(context.language)) {
                        candidates.append(Candidate(type: .person, start: i, end: end))
                        i = end
                    } else {
                        i = e
                    }
                    continue
                }
                if let end = nameRun(context, f, i, e, model: model),
                   free(candidates, earlier, i, end) {
                    candidates.append(Candidate(type: .person, start: i, end: end))
                    i = end
                    continue
                }
                i = max(e, i + 1)
            }
        }
    }

    /// Languages where a capital and a dot before a name is often a title ("M." Monsieur, "D." Dona/Don, "S." San).
    private static let titleInitialLanguages: Set<String> = ["fr", "pt", "es", "it"]

    /// Whether `start..<end` overlaps none of the first `count` candidates, or only ones that start at `start`
    /// (or, with `containedToo`, lie inside it: "Bearbeiter: M. Lüdtke" over a cued "Lüdtke"; not where the
    /// initial may be a title that stays out of the span, ``titleInitialLanguages``).
    private static func free(_ candidates: [Candidate], _ count: Int, _ start: Int, _ end: Int, containedToo: Bool = false) -> Bool {
        for k in 0..<count {
            let c = candidates[k]
            if c.start < end, start < c.end, c.start != start, !(containedToo && start <= c.start && c.end <= end) { return false }
        }
        return true
    }

    /// The logit of the folded word `s..<e`: of its weakest part when hyphenated ("Osei-Bonsu").
    @inline(__always) private static func score(_ model: NameLikenessModel, _ f: UnsafeBufferPointer<UInt32>, _ s: Int, _ e: Int) -> Float {
        var lowest = Float.infinity
        var a = s
        var k = s
        while k <= e {
            if k == e || f[k] == 45 {
                if k > a { lowest = min(lowest, model.logit(f, a, k)) }
                a = k + 1
            }
            k += 1
        }
        return lowest
    }

    /// Whether the capitalised word `s..<e` may be part of a name at all: two or more letters, not in
    /// capitals, no stop, product, place or brand word, no noun-suffixed German word.
    @inline(__always) private static func eligible(_ text: ScannedText, _ s: Int, _ e: Int, german: Bool) -> Bool {
        let v = text.values
        guard e - s >= 2, ScalarClass.isUpper(v[s]), !LexiconPersonRecognizer.allCaps(v, s, e) else { return false }
        // Latin script only: the model was trained on Latin-script words, and Cyrillic or Greek ones would
        // score on hash collisions alone.
        for k in s..<e where v[k] > 0x24F { return false }
        let h = WordHash.of(text.folded, s, e)
        if streetWords.contains(h) { return false }
        if LexiconPersonRecognizer.nonNames.contains(h) || LexiconPersonRecognizer.places.contains(h)
            || LexiconPersonRecognizer.brandWords.contains(h) || LexiconPersonRecognizer.ambiguous.contains(h) { return false }
        return !(german && LexiconPersonRecognizer.hasNounSuffix(text.folded, s, e) && !SurnameLexicon.contains(text.folded, s, e))
    }

    /// The end of a run of two or three name-like capitalised words starting with `i..<e`, or nil.
    private static func nameRun(_ context: ScanContext, _ f: UnsafeBufferPointer<UInt32>, _ i: Int, _ e: Int,
                                model: NameLikenessModel) -> Int? {
        let text = context.text
        let v = text.values
        // The cheap structure first: a capitalised word follows, and no house number stands before
        // ("7631 Johnson Village" names a street).
        guard let (s2, e2) = nextNameWord(text, after: e) else { return nil }
        if i >= 2, v[i - 1] == 32, ScalarClass.isDigit(v[i - 2]) { return nil }
        let german = context.language == "de"
        let firstHash = WordHash.of(text.folded, i, e)
        guard eligible(text, i, e, german: german), eligible(text, s2, e2, german: german),
              !LexiconPersonRecognizer.leadingWords.contains(firstHash),
              // "Van Gogh posters", "Van Nelle thee": a capitalised particle needs a given name before it.
              !LexiconPersonRecognizer.capitalParticles.contains(firstHash) else { return nil }
        let firstKnown = FirstNameLexicon.contains(text.folded, i, e)
        let secondKnown = SurnameLexicon.contains(text.folded, s2, e2)
        let z1 = firstKnown ? max(Thresholds.listed, score(model, f, i, e)) : score(model, f, i, e)
        let z2 = secondKnown ? max(Thresholds.listed, score(model, f, s2, e2)) : score(model, f, s2, e2)
        // A sentence-initial run is strict unless it fills its clause ("… Please fix this. Paloma Montilla Ruiz",
        // "Marloes Kamphuis, marloes@…"): a signature, not a capitalised verb or noun opening a sentence.
        // German stays strict: its nouns are capitalised anywhere.
        let sentenceInitial = LexiconPersonRecognizer.isSentenceStart(text, i)
            && !(fillsClause(text, e2) || (nextNameWord(text, after: e2).map { fillsClause(text, $0.1) } ?? false))
        let extra = german || sentenceInitial ? Thresholds.strictExtra : 0
        guard z1 >= Thresholds.word + extra, z2 >= Thresholds.word + extra, z1 + z2 >= Thresholds.pair + 2 * extra else { return nil }
        var end = e2
        var unlisted = !firstKnown || !secondKnown
        // A third word: "Paloma Montilla Ruiz".
        if let (s3, e3) = nextNameWord(text, after: e2), eligible(text, s3, e3, german: german) {
            let thirdKnown = SurnameLexicon.contains(text.folded, s3, e3)
            if thirdKnown || score(model, f, s3, e3) >= Thresholds.pair / 2 + extra {
                end = e3
                unlisted = unlisted || !thirdKnown
            }
        }
        guard unlisted, !determinerBefore(text, i), !LexiconPersonRecognizer.digitFollows(text, end), !capitalOrDigitFollows(text, end), !LexiconPersonRecognizer.productFollows(text, end),
              !LexiconPersonRecognizer.containerBefore(text, i), !LexiconPersonRecognizer.brandWordBefore(text, i),
              !LexiconPersonRecognizer.saintBefore(text, i) else { return nil }
        return end
    }

    /// Whether the text ends at `end`, or a line break, a comma or a full stop follows it (no space between).
    @inline(__always) private static func fillsClause(_ text: ScannedText, _ end: Int) -> Bool {
        let v = text.values
        var k = end
        while k < v.count, v[k] == 32 || v[k] == 9 { k += 1 }
        if k >= v.count || v[k] == 10 || v[k] == 13 { return true }
        return k == end && (v[k] == 44 || v[k] == 46)
    }

    /// English street-type words that end a street named like a person ("Kingsley Mews", "Ashcombe Crescent").
    private static let streetWords: WordHashSet = WordHash.table(
        "court close crescent terrace place grove mews row square gardens walk")

    /// Articles and numerals that stand before products, not before people ("un Xiaomi Redmi", "la Bbox
    /// Ultym", "zes Van Gogh posters"), possessives ("my Tommy Hilfiger jacket") and place prepositions
    /// ("we moved to … in Milton Keynes"); "de", "the", "to", "from" and "with" are left out ("la oficina de
    /// Getafe", "the Smiths", "I spoke to Harlan Pettibone").
    private static let determiners: WordHashSet = WordHash.table("""
        my our your their mon mes notre nos votre vos mein meine meinen meinem meiner unser unsere unseren \
        mijn onze uw mi mis nuestro nuestra nuestros mio mia miei mie nostro nostra meu minha meus minhas nosso \
        nossa in near nach naar em \
        a an ein eine einen einem einer eines un une una uno unos unas um uma uns umas een het le la les el los \
        las il lo gli o os as du des del della dello dei degli ce cet cette ces este esta estos estas questo \
        questa dieser diese dieses deze dit two three four five six zwei drei vier fünf sechs deux trois quatre \
        cinq six dos tres cuatro cinco seis due tre quattro cinque sei twee drie vier vijf zes dois duas três
        """)

    /// Whether a ``determiners`` word or a number stands one space before `start`.
    private static func determinerBefore(_ text: ScannedText, _ start: Int) -> Bool {
        let v = text.values
        guard start >= 2, v[start - 1] == 32 else { return false }
        if ScalarClass.isDigit(v[start - 2]) { return true }
        var s = start - 1
        while s > 0, ScalarClass.isLetter(v[s - 1]) { s -= 1 }
        return s < start - 1 && determiners.contains(WordHash.of(text.folded, s, start - 1))
    }

    /// Whether one space and a capitalised word or a digit follow `end` ("Xiaomi Redmi Note 14"): the run
    /// is then part of a longer product or place name.
    @inline(__always) private static func capitalOrDigitFollows(_ text: ScannedText, _ end: Int) -> Bool {
        let v = text.values
        guard end + 1 < v.count, v[end] == 32 else { return false }
        return ScalarClass.isUpper(v[end + 1]) || ScalarClass.isDigit(v[end + 1])
    }

    /// The next capitalised word after one space from `e`, skipping up to two lower-case particles
    /// ("van der"), with no digit glued to it; nil otherwise.
    private static func nextNameWord(_ text: ScannedText, after e: Int) -> (Int, Int)? {
        let v = text.values
        var k = e
        for _ in 0..<3 {
            guard let (s, we) = LexiconPersonRecognizer.nextWord(text, after: k) else { return nil }
            if we < v.count, ScalarClass.isDigit(v[we]) { return nil }
            if ScalarClass.isUpper(v[s]) { return (s, we) }
            guard we - s <= 5, LexiconPersonRecognizer.particles.contains(WordHash.of(text.folded, s, we)) else { return nil }
            k = we
        }
        return nil
    }

    /// The end of a name-like word after a standalone capital initial and a dot at `i` ("M. Lüdtke").
    private static func initialThenName(_ text: ScannedText, _ f: UnsafeBufferPointer<UInt32>, _ i: Int, model: NameLikenessModel) -> Int? {
        let v = text.values
        let n = v.count
        guard i + 3 < n, v[i + 1] == 46, v[i + 2] == 32 else { return nil }
        // Not the end of "U.S." or "Plan B.": a space, line break, colon, comma or the text start before.
        guard i == 0 || v[i - 1] == 32 || v[i - 1] == 10 || v[i - 1] == 58 || v[i - 1] == 44 || v[i - 1] == 40 else { return nil }
        if i >= 2, v[i - 1] == 32, v[i - 2] == 46 { return nil }
        // Not the second of two capitalised words ("Plan B. Smith").
        if i >= 2, v[i - 1] == 32, ScalarClass.isLetter(v[i - 2]) {
            var p = i - 2
            while p > 0, ScalarClass.isLetter(v[p - 1]) { p -= 1 }
            if ScalarClass.isUpper(v[p]) { return nil }
        }
        let s = i + 3
        guard ScalarClass.isUpper(v[s]) else { return nil }
        let e = LexiconPersonRecognizer.wordEnd(v, s)
        guard e - s >= 3, e >= n || !ScalarClass.isDigit(v[e]), eligible(text, s, e, german: false),
              score(model, f, s, e) >= Thresholds.initial else { return nil }
        return e
    }
}
