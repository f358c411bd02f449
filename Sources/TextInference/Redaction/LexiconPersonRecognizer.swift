/// Finds personal names without a cue phrase, from the given-name and surname lexicons.
///
/// Three shapes are accepted, each at a word start in a cased script:
/// - a capitalised known given name followed by one or two capitalised surname-like words, with
///   particles ("Claudia Neumann", "Anouk van Leeuwen", "Fernanda Lima Barbosa");
/// - a capitalised word that is not a common word followed by a known surname ("Priya Patel");
/// - a capitalised known given name on its own inside a sentence ("ask for Kevin", "Groet, Maarten"),
///   unless the name is also an everyday word or product ("Grace", "Max", "Victoria") or a digit
///   follows ("Jan 2024").
///
/// Surname-like words exclude stop words, months, weekdays, product and place words (``nonNames``),
/// so "Apple Pay", "Visa", "Mercedes Benz" or "Hugo Boss" stay. Only capitalised words are looked
/// up, with allocation-free hashes, so the scan costs one pass over word starts.
enum LexiconPersonRecognizer {
    /// Appends ``EntityType/person`` candidates for lexicon-confirmed names in `text`.
    static func scan(_ context: ScanContext, into candidates: inout [Candidate]) {
        let text = context.text
        let strictNouns = context.language == "de"
        let v = text.values
        let f = text.folded
        let n = v.count
        var i = 0
        while i < n {
            let c = v[i]
            guard ScalarClass.isUpper(c), text.isWordStart(i) else { i += 1; continue }
            let e = wordEnd(v, i)
            // An initial before a known surname: "J. Smith", "J. de Boer", "A. Okafor".
            if e == i + 1, let end = initialSurname(text, i) ?? joinedInitialsSurname(text, i) {
                candidates.append(Candidate(type: .person, start: i, end: end))
                i = end
                continue
            }
            // A register entry, surname first: "LEROY Mathis, né le …", "LOPES, Beatriz", "Lopes, Beatriz" on its own line.
            if e - i >= 2, let end = surnameFirstEntry(text, i, e) {
                candidates.append(Candidate(type: .person, start: i, end: end))
                i = end
                continue
            }
            guard e - i >= 2, !allCaps(v, i, e) else { i = max(e, i + 1); continue }
            // "7631 Johnson Village", "18 Russell Hills": a word after a house number names a street.
            if i >= 2, v[i - 1] == 32, ScalarClass.isDigit(v[i - 2]) { i = e; continue }
            let firstEnd = hyphenPart(v, i, e)
            // The word's hash once: ``FirstNameLexicon/contains(_:_:_:)`` of `i..<e` is a look-up of it.
            let wordHash = WordHash.of(f, i, e)
            let given = (firstEnd != e && FirstNameLexicon.contains(f, i, firstEnd)) || FirstNameLexicon.table.contains(wordHash)
            let common = nonNames.contains(wordHash)
            // "two bottles of Pedro Ximénez", "tre bottiglie di Santa Margherita": after a container word a
            // name-like pair is a product.
            if given, !common, !containerBefore(text, i),
               let end = surnames(text, after: e, maxWords: 2, strictNouns: strictNouns) ?? contactPartner(text, i, e, strictNouns: strictNouns),
               !brandWordBefore(text, i) {
                candidates.append(Candidate(type: .person, start: i, end: end))
                i = end
                continue
            }
            // A middle initial: "Faina D. Yefremova", "Stephan M Urner" (a known given name or surname on either side).
            if !common, let (sStart, sEnd) = initialThenWord(text, after: e),
               given || (SurnameLexicon.contains(f, sStart, sEnd) && !isSentenceStart(text, i)),
               !nonNames.contains(WordHash.of(f, sStart, sEnd)), !leadingWords.contains(wordHash), !places.contains(wordHash) {
                candidates.append(Candidate(type: .person, start: i, end: sEnd))
                i = sEnd
                continue
            }
            // A trailing initial: "Quentin M. :", "Publicada por Lorena G. el …", "(Scanner: Grzegorz W.)".
            if given, !common, let end = trailingInitialEnd(text, after: e), !containerBefore(text, i), !brandWordBefore(text, i),
               !saintBefore(text, i), !places.contains(wordHash) {
                candidates.append(Candidate(type: .person, start: i, end: end))
                i = end
                continue
            }
            // A subject before a contact verb: "Kofi Boateng called twice", "Katrin Vogel hat angerufen".
            if !common, let end = subjectBeforeContactVerb(text, i, e, given: given) {
                candidates.append(Candidate(type: .person, start: i, end: end))
                i = end
                continue
            }
            if !given, !common,
               let (sStart, sEnd) = nextWord(text, after: e), ScalarClass.isUpper(v[sStart]),
               SurnameLexicon.contains(f, sStart, sEnd), !nonNames.contains(WordHash.of(f, sStart, sEnd)),
               !brandWords.contains(wordHash), !brandWordBefore(text, i),
               !leadingWords.contains(wordHash), !places.contains(wordHash), !places.contains(WordHash.of(f, sStart, sEnd)),
               // "Ajoutez Benoît Pierre": a sentence-initial word before a given name is a verb, not a name.
               !(isSentenceStart(text, i) && FirstNameLexicon.contains(f, sStart, sEnd) && nextWord(text, after: sEnd) != nil) {
                candidates.append(Candidate(type: .person, start: i, end: sEnd))
                i = sEnd
                continue
            }
            // "Santa Margherita", "San Marco", "São Jorge": a name after a saint word names a place or product.
            if given, !common, !ambiguous.contains(wordHash), !isSentenceStart(text, i) || endsText(text, e),
               !digitFollows(text, e), !productFollows(text, e), !saintBefore(text, i), !containerBefore(text, i),
               !brandWordBefore(text, i) {
                candidates.append(Candidate(type: .person, start: i, end: e))
            }
            i = e
        }
    }

    /// Containers and packs whose contents are named after them ("bottles of", "Flaschen", "botellas de").
    private static let containerWords: WordHashSet = WordHash.table("""
        bottle bottles jars packet packets boxes bags flasche flaschen dosen \
        packung packungen bouteille bouteilles boîte boîtes canette canettes botella botellas caja cajas lata latas \
        bottiglia bottiglie scatola scatole lattina lattine fles flessen blikken garrafa garrafas \
        caixas pacote pacotes
        """)
    /// Container words that are also everyday words ("Can Maria call me?", "a dozen", Dutch "blik" = glance):
    /// they count only with a ``containerPrepositions`` word after them ("a can of", "een doos van").
    private static let containerWordsBeforePreposition: WordHashSet = WordHash.table(
        "can cans jar pack packs box bag dose doos dozen blik caixa")
    /// Prepositions between a container word and its contents.
    private static let containerPrepositions: WordHashSet = WordHash.table("of de di van von")

    /// The start of the letter word that ends one space before `end`, or nil when no such word stands there.
    private static func letterWordStart(_ text: ScannedText, before end: Int) -> Int? {
        let v = text.values
        guard end > 1, v[end - 1] == 32 else { return nil }
        var s = end - 1
        while s > 0, ScalarClass.isLetter(v[s - 1]) { s -= 1 }
        return s < end - 1 ? s : nil
    }

    /// Whether a ``containerWords`` word, optionally followed by a ``containerPrepositions`` word, stands
    /// right before `start` (single spaces between).
    static func containerBefore(_ text: ScannedText, _ start: Int) -> Bool {
        let v = text.values
        func wordBefore(_ end: Int) -> Int? { letterWordStart(text, before: end) }
        guard let s1 = wordBefore(start) else { return false }
        if containerWords.contains(WordHash.of(text.folded, s1, start - 1)) { return true }
        guard containerPrepositions.contains(WordHash.of(text.folded, s1, start - 1)), let s2 = wordBefore(s1) else { return false }
        let container = WordHash.of(text.folded, s2, s1 - 1)
        if containerWords.contains(container) || containerWordsBeforePreposition.contains(container) { return true }
        // "due bottiglie di Gaja e una di Bruno Giacosa", "two bottles of X and one of Y": "one of" refers back
        // to a container word earlier in the same sentence.
        guard oneWords.contains(container) else { return false }
        var k = s2 - 1
        while k > 0, s2 - k < 120 {
            let c = v[k - 1]
            if c == 46 || c == 33 || c == 63 || c == 10 { return false }
            if ScalarClass.isLetter(c), !ScalarClass.isLetter(v[k]) {
                var s = k - 1
                while s > 0, ScalarClass.isLetter(v[s - 1]) { s -= 1 }
                if containerWords.contains(WordHash.of(text.folded, s, k)) {
                    // Only the parallel shape "bottles of X … one of Y" counts: "two bottles and one of Maria
                    // Lopez's neighbours" names a person.
                    var p = k
                    while p < s2, v[p] == 32 { p += 1 }
                    var e = p
                    while e < s2, ScalarClass.isLetter(v[e]) { e += 1 }
                    return e > p && containerPrepositions.contains(WordHash.of(text.folded, p, e))
                }
                k = s
                continue
            }
            k -= 1
        }
        return false
    }

    /// Words for "one" that stand for a container named before ("una di", "one of", "une de", "uma de", "eine von").
    private static let oneWords: WordHashSet = WordHash.table("one una uno une um uma één eine einer")

    /// Estate and shop words that make the following name a brand ("Maison Laurent", "Château Margaux",
    /// "Weingut Robert Weil", "Quinta do Crasto", "Hertog Jan"): capitalised, one space before the name.
    /// Nobility words other than "hertog" stay out: King, Prince and Duke are also given names and surnames
    /// ("Caller: Prince Michael Adeyemi").
    static let brandWords: WordHashSet = WordHash.table("""
        maison château chateau domaine weingut bodega bodegas quinta tenuta cascina fattoria herdade \
        boulangerie pâtisserie patisserie brasserie trattoria osteria pizzeria atelier hertog
        """)

    /// Whether one space and a capitalised ``brandWords`` word (optionally followed by a particle) stand before `start`.
    static func brandWordBefore(_ text: ScannedText, _ start: Int) -> Bool {
        let v = text.values
        func wordBefore(_ end: Int) -> Int? { letterWordStart(text, before: end) }
        guard var s = wordBefore(start) else { return false }
        if ScalarClass.isLower(v[s]), particles.contains(WordHash.of(text.folded, s, start - 1)) {
            let p = s
            guard let s2 = wordBefore(p) else { return false }
            s = s2
            return ScalarClass.isUpper(v[s]) && brandWords.contains(WordHash.of(text.folded, s, p - 1))
        }
        return ScalarClass.isUpper(v[s]) && brandWords.contains(WordHash.of(text.folded, s, start - 1))
    }

    /// Prepositions before the person one spoke with ("mit", "with", "con", "avec", "met", "com").
    private static let partnerPrepositions: WordHashSet = WordHash.table("mit")

    /// Participles and verbs of talking that close a German clause about a conversation partner.
    private static let talkVerbs: WordHashSet = WordHash.table("""
        telefoniert gesprochen geschrieben gechattet gemailt besprochen telefonierte sprach schrieb \
        angerufen vereinbart geklärt
        """)

    /// In German, where nouns are capitalised, a known given name and one capitalised word after "mit", when
    /// the clause ends with a verb of talking: "Ich habe gestern mit Jens Oberländer aus Ihrer Buchhaltung
    /// telefoniert". The word must not be a stop, product, place or noun-suffixed word.
    private static func contactPartner(_ text: ScannedText, _ i: Int, _ e: Int, strictNouns: Bool) -> Int? {
        guard strictNouns, !ambiguous.contains(WordHash.of(text.folded, i, e)) else { return nil }
        let v = text.values
        let f = text.folded
        guard i > 4, v[i - 1] == 32 else { return nil }
        var p = i - 1
        while p > 0, ScalarClass.isLetter(v[p - 1]) { p -= 1 }
        guard p < i - 1, partnerPrepositions.contains(WordHash.of(f, p, i - 1)),
              let (s, we) = nextWord(text, after: e), ScalarClass.isUpper(v[s]), we - s >= 3, !allCaps(v, s, we) else { return nil }
        let h = WordHash.of(f, s, we)
        guard !nonNames.contains(h), !places.contains(h), !hasNounSuffix(f, s, we), !FirstNameLexicon.contains(f, s, we) || SurnameLexicon.contains(f, s, we) else { return nil }
        var k = we
        var steps = 0
        while steps < 8, k < v.count, v[k] == 32 || v[k] == 44 {
            guard let (ws, wEnd) = nextWord(text, after: v[k] == 44 ? k + 1 : k) else { break }
            if talkVerbs.contains(WordHash.of(f, ws, wEnd)) { return we }
            k = wEnd
            steps += 1
        }
        return nil
    }

    /// Words that make the next name a saint's, i.e. a place, church or product name.
    private static let saintWords: WordHashSet = WordHash.table("santa san santo são sao saint sainte sankt sint")

    /// Whether one space and a capitalised ``saintWords`` word stand right before `start`, the word not
    /// glued to digits: "São Paulo", "Santa Margherita", but not Portuguese "são" (= "are") in "os
    /// responsáveis são Pedro e Ana".
    static func saintBefore(_ text: ScannedText, _ start: Int) -> Bool {
        let v = text.values
        guard start > 2, v[start - 1] == 32 else { return false }
        var s = start - 1
        while s > 0, ScalarClass.isLetter(v[s - 1]) { s -= 1 }
        guard s < start - 1, ScalarClass.isUpper(v[s]), s == 0 || !ScalarClass.isDigit(v[s - 1]) else { return false }
        return saintWords.contains(WordHash.of(text.folded, s, start - 1))
    }

    /// The end of the word at `i`: letters with inner apostrophes or hyphens. A possessive "'s" that
    /// ends the word is left out ("Aoife's subscription" reads "Aoife").
    @inline(__always) static func wordEnd(_ v: [UInt32], _ i: Int) -> Int {
        var e = i
        let n = v.count
        while e < n, ScalarClass.isLetter(v[e]) || ((v[e] == 39 || v[e] == 45 || v[e] == 0x2019) && e + 1 < n && ScalarClass.isLetter(v[e + 1])) {
            if v[e] == 39 || v[e] == 0x2019, e > i, v[e + 1] == 115 || v[e + 1] == 83, e + 2 >= n || !ScalarClass.isLetter(v[e + 2]) { break }
            e += 1
        }
        return e
    }

    /// The end of the first part of a hyphenated word ("Jean" in "Jean-Luc"), or `e`.
    @inline(__always) static func hyphenPart(_ v: [UInt32], _ i: Int, _ e: Int) -> Int {
        var k = i
        while k < e, v[k] != 45 { k += 1 }
        return k
    }

    /// Whether `v[i..<e]` has no lower-case letter (an acronym or a shouted word).
    @inline(__always) static func allCaps(_ v: [UInt32], _ i: Int, _ e: Int) -> Bool {
        var k = i
        while k < e {
            if ScalarClass.isLower(v[k]) { return false }
            k += 1
        }
        return true
    }

    /// The next word after a single space from `e`, if any.
    @inline(__always) static func nextWord(_ text: ScannedText, after e: Int) -> (Int, Int)? {
        let v = text.values
        guard e + 1 < v.count, v[e] == 32, ScalarClass.isLetter(v[e + 1]) else { return nil }
        return (e + 1, wordEnd(v, e + 1))
    }

    /// The end of one to `maxWords` capitalised surname-like words (particles allowed between) after `e`.
    ///
    /// In German (`strictNouns`), where every noun is capitalised, a word must be a listed surname or
    /// close the clause; elsewhere words with noun suffixes ("-ung", "-heit", "-tion") need the lexicon.
    private static func surnames(_ text: ScannedText, after e: Int, maxWords: Int, strictNouns: Bool) -> Int? {
        let v = text.values
        let f = text.folded
        var end = -1
        var k = e
        var words = 0
        var particlesSeen = 0
        while words < maxWords, let (s, we) = nextWord(text, after: k) {
            let h = WordHash.of(f, s, we)
            // Belgian and Dutch capitalised particles: "Marina De Mulder", "Jan Van den Broeck".
            if ScalarClass.isUpper(v[s]), capitalParticles.contains(h), particlesSeen < 2,
               let (ns, _) = nextWord(text, after: we), ScalarClass.isLetter(v[ns]) {
                particlesSeen += 1
                k = we
                continue
            }
            if ScalarClass.isUpper(v[s]) {
                guard we - s >= 2, !nonNames.contains(h), !allCaps(v, s, we) || we - s <= 3 else { break }
                if words > 0, FirstNameLexicon.contains(f, s, we), !SurnameLexicon.contains(f, s, we) { break }
                if !SurnameLexicon.contains(f, s, we), !wordSurnames.contains(h), !isDoubleSurname(f, s, we),
                   (strictNouns && !closesClause(text, we) && !hasSurnameSuffix(f, s, we)) || hasNounSuffix(f, s, we) { break }
                words += 1
                end = we
                particlesSeen = 0
            } else if words > 0, particlesSeen == 0, we - s == 1, v[s] == 101 || v[s] == 121,
                      let (ns, ne) = nextWord(text, after: we), ScalarClass.isUpper(v[ns]), SurnameLexicon.contains(f, ns, ne),
                      !FirstNameLexicon.contains(f, ns, ne) || ne >= v.count || v[ne] == 10 || v[ne] == 13, !nonNames.contains(WordHash.of(f, ns, ne)), !places.contains(WordHash.of(f, ns, ne)),
                      nextWord(text, after: ne).map({ !ScalarClass.isUpper(v[$0.0]) }) ?? true {
                // Iberian "e"/"y" between two surnames: "Diogo Sousa e Silva", "José Ortega y Gasset" (the word after
                // a known surname, no given name, and no capitalised word after it: "Ana Costa e Pedro Lima" stays two names).
                words += 1
                end = ne
                k = ne
                continue
            } else if particles.contains(h), particlesSeen < 2 {
                // "Paolo Conti da Firenze", "Julien Lambert de Liège": a city of origin after the surname is
                // none of it (a place that is also a known surname, "da Costa", still is).
                if words > 0, let (ns, ne) = nextWord(text, after: we), ScalarClass.isUpper(v[ns]),
                   places.contains(WordHash.of(f, ns, ne)), !SurnameLexicon.contains(f, ns, ne) { break }
                particlesSeen += 1
                // "Femke van 't Hof": the elided Dutch article counts as a second particle.
                if let after = NameReader.elidedArticleEnd(v, we) {
                    particlesSeen += 1
                    k = after
                    continue
                }
            } else {
                break
            }
            k = we
        }
        // "María del Carmen Ortega Ruiz", "Ana Paula Souza Lima": a third word only when it is a known surname.
        if end > 0, words == maxWords, let (s, we) = nextWord(text, after: end), ScalarClass.isUpper(v[s]),
           SurnameLexicon.contains(f, s, we), !nonNames.contains(WordHash.of(f, s, we)), !places.contains(WordHash.of(f, s, we)),
           !FirstNameLexicon.contains(f, s, we) {
            end = we
        }
        return end > 0 ? end : nil
    }

    /// A single capital initial (with or without a dot) and a capitalised word after `e`: returns the
    /// word's bounds ("Faina D. Yefremova", "Ravil G Yefimov").
    private static func initialThenWord(_ text: ScannedText, after e: Int) -> (Int, Int)? {
        let v = text.values
        let n = v.count
        guard e + 3 < n, v[e] == 32, ScalarClass.isUpper(v[e + 1]) else { return nil }
        var k = e + 2
        if v[k] == 46 { k += 1 }
        guard k + 1 < n, v[k] == 32, ScalarClass.isUpper(v[k + 1]), !ScalarClass.isLetter(v[e + 2]) else { return nil }
        let s = k + 1
        let we = wordEnd(v, s)
        guard we - s >= 2, !allCaps(v, s, we) else { return nil }
        return (s, we)
    }

    /// The end of a surname-first register entry at `i..<e` (passenger lists, forms, client cards): a known
    /// surname written in capitals, then one space or ", " and one or two capitalised (not capitalised-only)
    /// known given names ("LEROY Mathis", "LOPES, Beatriz", "MARTIN Anne Sophie"). A surname in title case
    /// counts only with the comma, opening its line, the given names filling the rest of the line ("Lopes,
    /// Beatriz"). No word may be a stop, product or place word, and the surname must not also be a given name
    /// in title case ("Thomas, Anna" reads as an address to Anna). Acronyms ("IBM Sarah") are no known surname.
    static func surnameFirstEntry(_ text: ScannedText, _ i: Int, _ e: Int) -> Int? {
        let v = text.values
        let f = text.folded
        let n = v.count
        guard e + 3 < n, v[e] == 32 || (v[e] == 44 && v[e + 1] == 32) else { return nil }
        let caps = allCaps(v, i, e)
        guard e - i >= 3 || caps else { return nil }
        let h = WordHash.of(f, i, e)
        guard SurnameLexicon.contains(f, i, e), !nonNames.contains(h), !places.contains(h), caps || !ambiguous.contains(h) else { return nil }
        let comma = v[e] == 44
        if !caps {
            guard comma, i == 0 || v[i - 1] == 10 || v[i - 1] == 13, !FirstNameLexicon.table.contains(h) else { return nil }
        }
        var k = comma ? e + 1 : e
        var end = -1
        var words = 0
        while words < 2, let (s, we) = nextWord(text, after: k), ScalarClass.isUpper(v[s]), we - s >= 2, !allCaps(v, s, we) {
            let g = WordHash.of(f, s, we)
            guard FirstNameLexicon.table.contains(g), !nonNames.contains(g), !places.contains(g) else { break }
            words += 1
            end = we
            k = we
        }
        guard end > 0 else { return nil }
        if !caps {
            var j = end
            while j < n, v[j] == 32 || v[j] == 9 { j += 1 }
            guard j >= n || v[j] == 10 || v[j] == 13 else { return nil }
        }
        return end
    }

    /// The end of a surname initial after a given name ending at `e`: one space, one capital letter and a dot,
    /// and after the dot no letter or digit (not "U.S.", "A.1"), nor a hyphen ("Mercedes A.-Klasse").
    /// "Quentin M." and "Lorena G. el" end there; "Plan B." does not reach here (no given name).
    @inline(__always) static func trailingInitialEnd(_ text: ScannedText, after e: Int) -> Int? {
        let v = text.values
        let n = v.count
        guard e + 2 < n, v[e] == 32, ScalarClass.isUpper(v[e + 1]), v[e + 2] == 46 else { return nil }
        if e + 3 < n {
            let c = v[e + 3]
            guard !ScalarClass.isLetter(c), !ScalarClass.isDigit(c), c != 45 else { return nil }
        }
        return e + 3
    }

    /// The end of a known surname after a capital initial at `i` ("J. Smith", "J. de Boer"), if any.
    /// The initial must stand alone (not "U.S.", not the end of "Plan B.") and carry a dot.
    private static func initialSurname(_ text: ScannedText, _ i: Int) -> Int? {
        let v = text.values
        let n = v.count
        guard i + 3 < n, v[i + 1] == 46, v[i + 2] == 32, i == 0 || v[i - 1] == 32 || v[i - 1] == 10 || v[i - 1] == 40 else { return nil }
        // Not the second of two capitalised words ("Plan B. Smith"), and not a list of initials ("U. S. A.").
        if i >= 2, v[i - 1] == 32, ScalarClass.isLetter(v[i - 2]) {
            var p = i - 2
            while p > 0, ScalarClass.isLetter(v[p - 1]) { p -= 1 }
            if ScalarClass.isUpper(v[p]) { return nil }
        }
        return surnameAfterInitials(text, from: i + 3, knownOnly: true)
    }

    /// The end of a capitalised surname starting at `start`, after at most two particles ("de Bruijn",
    /// "van der Berg"), or nil for a word in capitals, a non-name word or a word of fewer than three letters.
    /// With `knownOnly` the surname must be known unless a particle opened it.
    private static func surnameAfterInitials(_ text: ScannedText, from start: Int, knownOnly: Bool) -> Int? {
        let v = text.values
        let f = text.folded
        let n = v.count
        var k = start
        var particlesSeen = 0
        while particlesSeen < 2, k < n, ScalarClass.isLetter(v[k]) {
            let we = wordEnd(v, k)
            let h = WordHash.of(f, k, we)
            if particles.contains(h) || capitalParticles.contains(h), we + 1 < n, v[we] == 32, ScalarClass.isUpper(v[we + 1]) {
                particlesSeen += 1
                k = we + 1
                continue
            }
            guard ScalarClass.isUpper(v[k]), we - k >= 2, !allCaps(v, k, we), !nonNames.contains(h) else { return nil }
            return !knownOnly || SurnameLexicon.contains(f, k, we) || particlesSeen > 0 ? we : nil
        }
        return nil
    }

    /// Joined initials that abbreviate places, organisations, times and notes, never a person ("U.S. Steel",
    /// "P.S. Note", "S.A. Group"). Source: common English, French, German, Dutch, Spanish, Italian and Portuguese
    /// abbreviations; no copied list.
    private static let initialAbbreviations = WordHash.table("""
        us uk eu un usa dc am pm ps nb sa bv nv ev uae ue eua ee uu rd pd ad bc ie eg vs st
        """)

    /// The end of a capitalised surname after two or three joined initials at `i` ("H.J. Kuiper",
    /// "P.-Y. Kerbrat", "J.W. de Bruijn"): joined initials name a person even when the surname is not known.
    /// The initials must stand alone and spell no common abbreviation ("U.S. Steel", "P.S. Note").
    private static func joinedInitialsSurname(_ text: ScannedText, _ i: Int) -> Int? {
        let v = text.values
        let f = text.folded
        let n = v.count
        guard i == 0 || v[i - 1] == 32 || v[i - 1] == 10 || v[i - 1] == 40, let after = NameReader.joinedInitialsEnd(v, i),
              after + 2 < n, v[after] == 32 else { return nil }
        let letters = (i..<after).filter { ScalarClass.isLetter(v[$0]) }.map { f[$0] }
        guard !initialAbbreviations.contains(WordHash.of(letters, 0, letters.count)) else { return nil }
        return surnameAfterInitials(text, from: after + 1, knownOnly: false)
    }

    /// Verbs of contacting and reporting that follow a person as the subject ("Kofi Boateng called",
    /// "Katrin Vogel hat angerufen", "Camille Durand a appelé").
    private static let contactVerbs: WordHashSet = WordHash.table("""
        called phoned rang emailed e-mailed wrote texted messaged said says asked complained mentioned reported \
        confirmed contacted replied rings calls emails writes asks \
        rief schrieb meldete sagte fragte ruft schreibt meldet sagt fragt \
        appelle appelait écrit ecrit signale signalé demande \
        llamó llamo escribió escribio dijo preguntó pregunto \
        chiamato chiama scritto scrive detto \
        belde belt schreef mailde vroeg zei meldde \
        ligou telefonou escreveu disse perguntou ligou-me
        """)

    /// Everyday verbs after a sentence-initial known given name on its own ("Scott is very reliable",
    /// "Johanna shouted at …", "Anna ist im Urlaub", "Julie est partie"): no contact verb, so only a known,
    /// unambiguous given name counts as their subject.
    private static let subjectVerbs: WordHashSet = WordHash.table("""
        is was has had will would can could did does shouted spent promised told sent helped explained left gave \
        went came agreed offered tried refused answered booked ordered returned received needs wants lives works \
        worked lived moved joined paid signed checked forgot lost found ist war wird kann wollte arbeitet wohnt \
        est était etait va peut veut travaille habite es era está estaba tiene va puede quiere trabaja vive è \
        può vuole lavora abita heeft wil kan werkt woont é foi tem vai pode quer trabalha mora
        """)

    /// Auxiliaries before a past participle ("hat … angerufen", "a appelé", "ha llamado", "ha chiamato", "heeft gebeld").
    private static let auxiliaries: WordHashSet = WordHash.table("hat has had a ha heeft hatte")

    /// Past participles of contacting verbs after an auxiliary.
    private static let contactParticiples: WordHashSet = WordHash.table("""
        called phoned emailed written asked complained angerufen geschrieben gemeldet gefragt appelé écrit \
        téléphoné demandé llamado escrito preguntado chiamato scritto telefonato gebeld geschreven gemaild \
        gevraagd ligado telefonado escrito
        """)

    /// The end of a name at the start of a sentence that is the subject of a contact verb: two or three
    /// capitalised words (or one known given name) right before "called", "rang", "hat … angerufen", ….
    /// The words must be no stop, product, place or noun-suffixed words.
    private static func subjectBeforeContactVerb(_ text: ScannedText, _ i: Int, _ e: Int, given: Bool) -> Int? {
        guard isSentenceStart(text, i) else { return nil }
        let v = text.values
        let f = text.folded
        let firstHash = WordHash.of(f, i, e)
        guard !leadingWords.contains(firstHash), !places.contains(firstHash), !hasNounSuffix(f, i, e) else { return nil }
        var end = e
        var words = 1
        var k = e
        while words < 3, let (s, we) = nextWord(text, after: k) {
            let h = WordHash.of(f, s, we)
            if !ScalarClass.isUpper(v[s]) {
                if particles.contains(h) { k = we; continue }
                break
            }
            // A middle initial: "Faina D. Yefremova called".
            if we == s + 1, words == 1 {
                k = we < v.count && v[we] == 46 ? we + 1 : we
                continue
            }
            guard we - s >= 2, !allCaps(v, s, we), !nonNames.contains(h), !places.contains(h), !hasNounSuffix(f, s, we) else { return nil }
            words += 1
            end = we
            k = we
        }
        guard words >= 2 || (given && !ambiguous.contains(firstHash)) else { return nil }
        guard let (vs, ve) = nextWord(text, after: end), ScalarClass.isLower(v[vs]) else { return nil }
        let verb = WordHash.of(f, vs, ve)
        if contactVerbs.contains(verb) || (words == 1 && given && subjectVerbs.contains(verb)) { return end }
        // "hat gestern zweimal angerufen": an auxiliary and a participle within the next four words.
        guard auxiliaries.contains(verb) else { return nil }
        // "Nerea ha pegado …", "Jonas hat den Schlüssel …": a known given name before an auxiliary that is no other
        // word ("a" is also a preposition and an English article, so it waits for its participle).
        if words == 1, given, unambiguousAuxiliaries.contains(verb) { return end }
        var m = ve
        var steps = 0
        while steps < 4, let (ws, we) = nextWord(text, after: m) {
            let h = WordHash.of(f, ws, we)
            if contactParticiples.contains(h) || disclosureParticiples.contains(h) { return end }
            // "Romain a collé la clé": right after the auxiliary, a participle by its ending.
            if steps == 0, ScalarClass.isLower(v[ws]), isParticipleShaped(f, ws, we) { return end }
            m = we
            steps += 1
        }
        return nil
    }

    /// Auxiliaries that are no preposition or article in any of the seven languages.
    private static let unambiguousAuxiliaries: WordHashSet = WordHash.table("hat ha hatte heeft")

    /// Past participles of pasting, posting, sharing and leaking, after an auxiliary: the subject of a leak report
    /// ("Abdoulaye Traoré a rappelé", "Nerea ha pegado el token", "Davide ha incollato"). Hand-written for this
    /// recognizer (own list, no external source).
    private static let disclosureParticiples: WordHashSet = WordHash.table("""
        pasted posted shared leaked committed pushed uploaded published exposed copied forwarded sent deleted         eingefügt gepostet geteilt hochgeladen veröffentlicht gepusht committet kopiert weitergeleitet geschickt         gelöscht rappelé collé posté partagé publié poussé copié envoyé transféré supprimé commité         pegado publicado compartido subido enviado copiado reenviado borrado llamado         incollato pubblicato condiviso caricato inviato copiato inoltrato cancellato richiamato         geplakt gepost gedeeld geüpload gepusht gekopieerd doorgestuurd verwijderd teruggebeld         colado partilhado compartilhado carregado copiado encaminhado apagado
        """)

    /// Whether the folded word `f[s..<e]` ends like a past participle of a regular verb: French "-é(e)(s)",
    /// Spanish, Italian and Portuguese "-ado/-ido/-ato/-ito/-uto" (and their feminine forms).
    private static func isParticipleShaped(_ f: [UInt32], _ s: Int, _ e: Int) -> Bool {
        guard e - s >= 4 else { return false }
        var end = e
        if f[end - 1] == 115 { end -= 1 }  // s
        if f[end - 1] == 101, f[end - 2] == 0xE9 { end -= 1 }  // ée
        if f[end - 1] == 0xE9 { return true }  // é
        let vowel = f[end - 1]
        guard vowel == 111 || vowel == 97, end - s >= 5, f[end - 2] == 100 || f[end - 2] == 116 else { return false }  // o a, d t
        let stem = f[end - 3]
        return stem == 97 || stem == 105 || stem == 117  // a i u
    }

    /// Product words after a given name ("Jackson Pro 2", "Fritz!Box"): the name is a product's.
    @inline(__always) static func productFollows(_ text: ScannedText, _ e: Int) -> Bool {
        let v = text.values
        guard e < v.count else { return false }
        if v[e] == 33 || v[e] == 43, e + 1 < v.count, ScalarClass.isLetter(v[e + 1]) { return true }
        guard let (s, we) = nextWord(text, after: e) else { return false }
        let h = WordHash.of(text.folded, s, we)
        // "the Morgan recliner", "die Jakob Kaffeemaschine": a furniture or appliance noun names the product line.
        if productNouns.contains(h) || endsWithAny(productNounSuffixes, text.folded, s, we, keeping: 3) { return true }
        return ScalarClass.isUpper(v[s]) && productWords.contains(h)
    }

    /// Model words of product names.
    private static let productWords: WordHashSet = WordHash.table("pro plus max mini ultra lite slim air edition series classic sport deluxe")

    /// Furniture and appliance nouns of the seven languages that follow a product line's name (any case).
    /// German ones count only as compound endings (``productNounSuffixes``): "Lampe" is also a family name.
    private static let productNouns: WordHashSet = WordHash.table("""
        recliner armchair sofa couch loveseat lamp mattress kettle toaster blender shaver razor stroller headphones \
        earbuds backpack nightstand wardrobe dresser bookcase fauteuil canapé \
        matelas bouilloire sillón sillon lámpara lampara colchón colchon poltrona lampada materasso bollitore \
        matras waterkoker candeeiro colchão colchao chaleira
        """)

    /// German compound endings of such nouns ("Kaffeemaschine", "Stehlampe", "Bürostuhl", "Wasserkocher").
    private static let productNounSuffixes: [[UInt32]] = ["maschine", "lampe", "stuhl", "sessel", "matratze", "rasierer", "kocher"]
        .map { [UInt32](scalarsOf: $0) }

    /// Family names that are also everyday words ("Vogel", "Koch", "Fuchs", "Baker"): accepted only
    /// right after a known given name, also in German where capitalised nouns are otherwise no surnames.
    /// Written by hand from general knowledge of frequent family names (own licence).
    static let wordSurnames: WordHashSet = WordHash.table("""
        vogel koch wolf fuchs jäger jaeger hahn lang lange sommer winter kaiser könig koenig schwarz weiß weiss \
        braun richter klein graf busch engel stein ernst jung keller horn sauer kraft bock nagel brand kramer \
        schreiber meister schütz schuetz schuster krebs hirsch adler held frey herzog bischof ritter vetter baum \
        bär baer strauß strauss stark kurz groß gross hase fink specht storch wirth förster foerster glaser maurer \
        schlosser franke thiel link busse reiter fiedler sänger vogt
        """)

    /// Whether punctuation, a line break or the end of the text follows `e` (after at most one space).
    @inline(__always) static func closesClause(_ text: ScannedText, _ e: Int) -> Bool {
        var k = e
        if k < text.count, text.values[k] == 32 { k += 1 }
        guard k < text.count else { return true }
        let c = text.values[k]
        return c == 44 || c == 46 || c == 33 || c == 63 || c == 10 || c == 13 || c == 59 || c == 58 || c == 41 || c == 45
    }

    private static let nounSuffixes: [[UInt32]] = ["ung", "heit", "keit", "schaft", "tion", "chen", "nis", "tät", "ment", "ismus",
                                                   "ência", "ação"]
        .map { [UInt32](scalarsOf: $0) }

    private static let surnameSuffixes: [[UInt32]] = [
        "mann", "bach", "berg", "burg", "feld", "stein", "hoff", "horst", "ski", "witz", "itz", "hardt", "brecht",
        "hauser", "häuser", "meier", "meyer", "maier", "mayer", "huber", "müller", "linger", "inger", "bauer",
        "rath", "roth", "hold", "wald", "dorf", "lein", "ke", "ow",
    ].map { [UInt32](scalarsOf: $0) }

    /// Whether a hyphenated word joins two family names, one of them listed or surname-shaped
    /// ("Steinbauer-Lettner", "Schumacher-Lüthi").
    private static func isDoubleSurname(_ f: [UInt32], _ s: Int, _ e: Int) -> Bool {
        var h = s
        while h < e, f[h] != 45 { h += 1 }
        guard h > s + 1, h + 2 < e else { return false }
        for (a, b) in [(s, h), (h + 1, e)] where SurnameLexicon.contains(f, a, b) || hasSurnameSuffix(f, a, b) { return true }
        return false
    }

    /// Whether the folded word ends like a German family name ("Hasselbach", "Brandstätter" does not).
    @inline(__always) private static func hasSurnameSuffix(_ f: [UInt32], _ s: Int, _ e: Int) -> Bool {
        endsWithAny(surnameSuffixes, f, s, e, keeping: 2)
    }

    /// The end of the word before the first noun-suffixed word that is no known surname, or nil when there is none.
    ///
    /// Only words after the first one are looked at ("Urs Meier Rechnung R-…" → "Urs Meier"); the second word is
    /// cut only when more text follows it on its line, since a two-word signature ending its line is a name even
    /// when its surname ends like a noun ("Viele Grüße,\nTobias Hartung", "Regards, Wing Cheung").
    static func endBeforeNounSuffixedWord(_ text: ScannedText, _ name: (start: Int, end: Int)) -> Int? {
        let v = text.values
        var previousEnd = wordEnd(v, name.start)
        var k = previousEnd
        var index = 1
        while k < name.end, !ScalarClass.isLetter(v[k]) { k += 1 }
        while k < name.end {
            let e = wordEnd(v, k)
            if e > k, hasNounSuffix(text.folded, k, e), !SurnameLexicon.contains(text.folded, k, e),
               index >= 2 || !lineEndsAt(v, e) {
                return previousEnd
            }
            index += 1
            previousEnd = e
            k = max(e, k + 1)
            while k < name.end, !ScalarClass.isLetter(v[k]) { k += 1 }
        }
        return nil
    }

    /// Whether the line ends at `e` (only spaces or tabs before a line break or the end of the text).
    private static func lineEndsAt(_ v: [UInt32], _ e: Int) -> Bool {
        var j = e
        while j < v.count, v[j] == 32 || v[j] == 9 { j += 1 }
        return j == v.count || v[j] == 10 || v[j] == 13
    }

    /// Whether a capitalised word of the span ends like a common noun ("meine Schwester Gitarre Bestellung").
    static func hasNounSuffixedWord(_ text: ScannedText, _ name: (start: Int, end: Int)) -> Bool {
        var k = name.start
        while k < name.end {
            let e = wordEnd(text.values, k)
            if e > k, hasNounSuffix(text.folded, k, e) { return true }
            k = max(e, k + 1)
            while k < name.end, !ScalarClass.isLetter(text.values[k]) { k += 1 }
        }
        return false
    }

    /// Whether the folded word ends like a (German or Latin-derived) common noun.
    @inline(__always) static func hasNounSuffix(_ f: [UInt32], _ s: Int, _ e: Int) -> Bool {
        endsWithAny(nounSuffixes, f, s, e, keeping: 3)
    }

    /// Whether `f[s..<e]` ends with one of `suffixes` and keeps at least `keeping` letters before it.
    @inline(__always) private static func endsWithAny(_ suffixes: [[UInt32]], _ f: [UInt32], _ s: Int, _ e: Int,
                                                       keeping: Int) -> Bool {
        for suffix in suffixes where e - s >= suffix.count + keeping {
            var k = 0
            while k < suffix.count, f[e - suffix.count + k] == suffix[k] { k += 1 }
            if k == suffix.count { return true }
        }
        return false
    }

    /// Whether `i` begins a sentence: only spaces since the text start, a line break or `.`, `!`, `?`.
    static func isSentenceStart(_ text: ScannedText, _ i: Int) -> Bool {
        var k = i - 1
        let v = text.values
        while k >= 0, v[k] == 32 || v[k] == 9 || v[k] == 0xA0 || v[k] == 34 || v[k] == 40 || v[k] == 0xBF || v[k] == 0xA1 { k -= 1 }
        if k < 0 { return true }
        let c = v[k]
        // The dot of an initial or abbreviated title ends no sentence: "a D. Fernanda" (Dona), "J. Fernanda".
        if c == 46, k >= 1, ScalarClass.isUpper(v[k - 1]), k == 1 || v[k - 2] == 32 { return false }
        return c == 10 || c == 13 || c == 46 || c == 33 || c == 63 || c == 58 || c == 0x2026
    }

    /// Whether only spaces, line breaks and closing punctuation follow `e` ("… Não fui eu! Joana").
    @inline(__always) static func endsText(_ text: ScannedText, _ e: Int) -> Bool {
        var k = e
        while k < text.count, ScalarClass.isWhitespace(text.values[k]) || text.values[k] == 46 || text.values[k] == 33 { k += 1 }
        return k >= text.count
    }

    @inline(__always) static func digitFollows(_ text: ScannedText, _ e: Int) -> Bool {
        var k = e
        while k < text.count, k - e < 2, text.values[k] == 32 || text.values[k] == 46 { k += 1 }
        return k < text.count && ScalarClass.isDigit(text.values[k])
    }

    /// Particles that may be capitalised inside a name (Belgian "De Clercq", "Van Damme", "Le Goff", Arabic
    /// "El Amrani", "Ben Salah", "Abu Bakr").
    static let capitalParticles: WordHashSet = WordHash.table("van von de da di del della der den le la dos das du ter ten el al ben bin abu")

    /// Lower-case particles allowed between name words.
    static let particles: WordHashSet = WordHash.table("van von de da di del della der den du le la dos das do ter los las")

    /// Given names that are also everyday words, products or places: accepted only with a surname or a cue.
    static let ambiguous: WordHashSet = WordHash.table("""
        max mark grace may hope joy amber ruby jade florence victoria sofia aurora angel ángel rosa alba pilar \
        mercedes dolores paz luz iris roos floor ella bill art frank jack don will lily holly poppy rose \
        chance summer april june august camille dominique claude sky hugo leo mila noor bruno marina \
        alice eva lima sara jean pierre rita gloria patience faith christian martin simon thomas \
        noël noel brooklyn israel paris london georgia virginia carolina india china asia africa america \
        adelaide sydney austin dallas jordan lourdes santiago regina trinidad fatima fátima berlin milan \
        valencia nancy lorraine orange apple crystal destiny precious star royal américa áfrica deus ion fort \
        alexa siri nova echo german fede ludo duda pepe vitória vitoria
        """)

    /// Prepositions and determiners that start sentences ("Desde Córdoba", "Im Zimmer"): never the first word of an
    /// unknown-word-plus-surname name.
    static let leadingWords: WordHashSet = WordHash.table("""
        desde hasta para por sobre entre depuis pour chez dans sous sans seit nach bei für vom zum zur aus \
        über unter durch ohne gegen dalla dal dallo dai dagli tra fra sopra sotto verso vanaf voor naar bij \
        uit door zonder onder pelo pela sem sob após since after before during until im dem den des dieses \
        diese dieser diesem mein meine meinem meinen sein seine ihr ihre kein keine eines einem einen einer \
        em no na nos nas num numa does did is was are und oder aber instituto \
        when while then also quando cuando quand lorsque wenn als dann danach toen terwijl dopo después despues \
        depois après apres pero mais maar ma mas porque perché weil omdat because siempre sempre toujours immer \
        altijd always never nunca nie jamais mai nooit ainda still aún aun encore noch nog ancora
        """)

    /// Countries, large cities, banks and place nouns of the seven languages' countries: many are also
    /// family names ("Palermo", "Toledo"), so they confirm no name on their own but stay allowed after
    /// a known given name ("Marta Palermo").
    static let places: WordHashSet = WordHash.table(placeList)

    /// The words of ``places``, space-separated (also negatives for `supportstream train names`).
    static let placeList = """
        spain españa espana italy italia france frankreich germany deutschland alemania allemagne portugal \
        brasil brazil argentina méxico mexico chile colombia perú peru belgium belgique belgië belgien \
        nederland netherlands holland schweiz suisse svizzera switzerland österreich austria ireland irlanda \
        england scotland wales poland polska polen canada australia uruguay venezuela ecuador bolivia \
        madrid barcelona sevilla córdoba cordoba granada málaga malaga toledo murcia bilbao zaragoza cáceres \
        caceres badajoz alicante valladolid salamanca lisboa lisbon braga coimbra faro roma rome milano \
        torino napoli firenze bologna genova venezia palermo trapani verona catania lyon marseille toulouse \
        nantes bordeaux lille strasbourg bruxelles brussel brussels antwerpen anvers gent liège luik \
        amsterdam rotterdam utrecht eindhoven groningen hamburg münchen munich köln cologne frankfurt \
        stuttgart düsseldorf dortmund leipzig dresden hannover nürnberg bremen wien vienna graz salzburg \
        linz zürich zurich genf genève geneva basel bern lausanne dublin cork galway limerick manchester \
        leeds glasgow edinburgh birmingham liverpool bristol toronto montreal montréal vancouver ottawa \
        melbourne brisbane perth auckland recife salvador fortaleza curitiba rosario mendoza vitória vitoria \
        bogotá bogota medellín medellin quito caracas montevideo asunción asuncion \
        santander bbva caixa caixabank sabadell bankinter unicaja ing rabobank abn revolut bunq n26 \
        sparkasse volksbank commerzbank postbank intesa unicredit fineco millennium novobanco bradesco \
        costa itaú itau nubank hills flats heights gardens park parkway católicos catolicos reyes magos suzuki \
        toyota honda nissan hyundai kia renault peugeot citroën fiat seat skoda volkswagen nickel
        """

    /// Capitalised words that are never taken as part of a name: stop words, greetings, months,
    /// weekdays, products, payment brands, places, street words and support vocabulary.
    static let nonNames: WordHashSet = {
        var set = WordHash.set(nonNameList)
        for word in NameReader.stopWords { set.insert(WordHash.of(word, 0, word.count)) }
        return WordHashSet(set)
    }()

    /// The listed words of ``nonNames``, space-separated (also negatives for `supportstream train names`).
    static let nonNameList = """
            pay card cards visa mastercard maestro amex paypal klarna ideal bizum satispay twint sepa \
            apple google amazon microsoft samsung android iphone ipad mac windows linux office teams \
            outlook gmail hotmail yahoo icloud whatsapp facebook instagram netflix spotify uber \
            prime plus pro premium basic gold silver platinum business mobile online app apps web \
            support team service services help desk helpdesk center centre care kundenservice \
            kundendienst serviceteam support-team servicio atención atencion clientes client clients \
            assistenza clienti klantenservice apoio suporte equipa equipe bank banco banque \
            store shop street road avenue lane drive way straße strasse weg platz gasse allee rue \
            namen nachname vorname klingel klingelschild türklingel briefkasten brievenbus citofono campanello \
            sonnette interphone campainha interfone deurbel naambordje \
            boulevard chemin calle avenida paseo plaza via viale corso piazza largo straat laan \
            plein gracht rua travessa praça praca santa san são sao saint st puerto rio vila villa \
            porto monte nueva new york city benz boss station airport hotel express \
            monday tuesday wednesday thursday friday saturday sunday january february march april \
            june july august september october november december montag dienstag mittwoch \
            donnerstag freitag samstag sonntag januar februar märz juni juli oktober dezember \
            lundi mardi mercredi jeudi vendredi samedi dimanche janvier février avril juin \
            juillet août septembre octobre novembre décembre lunes martes miércoles jueves viernes \
            sábado domingo enero febrero marzo mayo junio julio agosto septiembre octubre \
            noviembre diciembre lunedì martedì mercoledì giovedì venerdì sabato gennaio febbraio \
            aprile maggio giugno luglio settembre ottobre dicembre maandag dinsdag woensdag \
            donderdag vrijdag zaterdag zondag januari februari maart mei augustus segunda terça \
            quarta quinta sexta janeiro fevereiro março maio junho julho setembro outubro \
            novembro dezembro hi hello hey dear hallo liebe lieber bonjour salut hola ciao salve \
            buongiorno gentile hoi beste geachte olá ola oi caro cara prezado prezada estimado \
            estimada good morning afternoon evening guten tag morgen abend buenos buenas días dias \
            tardes bom boa goedemorgen goedemiddag goedenavond damen herren madame monsieur \
            mesdames messieurs señor señora señores signore signori sir madam mevrouw meneer \
            senhor senhora senhores thanks thank merci danke gracias grazie obrigado obrigada \
            bedankt dank regards cordialement saludos saluti groeten cumprimentos grüße grüsse \
            order invoice account password email e-mail refund payment delivery package parcel \
            tracking number name address phone iban bic swift pin code ticket issue problem \
            error update version release herr herrn frau mr mrs ms miss mx dr prof docteur doctor doktor \
            familie famille familia famiglia família \
            centro shopping galeria galleria \
            sr sra srta sig signor signora dhr mevr hr fr mme mlle don doña dott ing i'm i'll i've i'd \
            ihr ihre euer votre vos your su sus vostro vostra uw vosso vossa nuestro notre unser \
            department dept departamento département abteilung ufficio reparto afdeling divisão division \
            office büro bureau oficina escritório kantoor equipo équipe equipa squadra gruppo group groupe \
            grupo groep gruppe company compañía empresa società azienda bedrijf firma firm ltd limited gmbh \
            ag inc llc plc corp sa sl srl spa bv nv lda holdings holding international global solutions \
            customer kundenservice klantenservice billing accounts finance sales marketing legal hr it \
            facturación facturation fatturazione buchhaltung contabilidad contabilità administratie financeiro \
            acquisti einkauf compras achats inkoop slim ultra lite mini edition series deluxe mail post logistics \
            courier insurance telecom energy kollege kollegin kollegen mitarbeiter mitarbeiterin techniker technikerin \
            fahrer fahrerin berater beraterin kunde kundin chef chefin colleague collègue collega colega compañero \
            compañera medewerker medewerkster técnico tecnico technician driver manager \
            papa mama mum mom dad daddy mummy mommy oma opa omi opi maman papi mami papá mamá papà mamma \
            nonna nonno mãe pai vovó vovô avó avô \
            vivo modell model modelo modello modèle \
            belge suisse français française canadien canadienne italien italienne espagnol espagnole portugais \
            portugaise allemand allemande anglais anglaise américain américaine néerlandais néerlandaise marocain \
            marocaine algérien algérienne tunisien tunisienne sénégalais sénégalaise brésilien brésilienne \
            luxembourgeois luxembourgeoise québécois québécoise
            """
}
