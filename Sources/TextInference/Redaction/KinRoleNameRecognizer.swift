/// Finds names announced by a kinship or role word (``KinRoleLexicon``), a lower-case courtesy title, a bare
/// "name", or a chat self-introduction that opens the text, where no other rule reads them.
///
/// - After a kinship or role word (optionally behind a possessive, and a comma or colon): one to four capitalised
///   words with surname particles ("Tanguy Le Bihan", "Delroy St. Aubyn", "Anouk van Dijk"): "His daughter Adwoa is",
///   "mon fils Ilyès (né le …)", "o estafeta Anderson disse". A single word must close its clause or come before a
///   lower-case word or a parenthesis, and be a known given name or surname or look like a name to
///   ``NameLikenessModel``; German (every noun capitalised) asks for a higher score.
/// - After a lower-case "mr."/"mrs."/"ms.": one or two lower-case name-like words ("neighbor mr. okafor didnt").
/// - After a bare "name" that follows a comma or opens a line: lower-case name-like words that close the clause
///   ("…, name kevin zabel.").
/// - After a naming phrase ("my name is", "me llamo"), or a self-introduction ("soy", "sono", "im", "é o") that opens the text, alone or after a greeting
///   ("holaa soy arantxa", "hi im jordan feliciano i need", "ciao sono salvo giuffrida,"): one to three
///   lower-case words that are no common words (stop, function and support words, ``commonAfterCue``, or a
///   negative name-likeness score).
///
/// Reads only the cue hits already found, so a text without such cues costs one pass over its hits.
enum KinRoleNameRecognizer {
    /// Name-likeness thresholds (logits of ``NameLikenessModel``), chosen on the PII sample sets.
    enum Thresholds {
        /// The least score of one unlisted capitalised word after a kinship or role word, and of the first word of a
        /// longer name: the cue and the capital already speak for a name, the score only vetoes common words.
        static let single: Float = -1.0
        /// The same in German, where the word may be any noun.
        static let singleGerman: Float = 3.0
        /// The least score of the first unlisted word of a longer German name.
        static let firstGerman: Float = 0.5
        /// The least score of an unlisted lower-case word after a self-introduction ("soy", "sono", "my name is"):
        /// only clearly common words are vetoed; the stop lists and ``commonAfterCue`` do the rest.
        static let lowercase: Float = -2.0
        /// The same after a lower-case courtesy title or a bare "name".
        static let lowercaseStrict: Float = 0.5
    }

    /// Appends ``EntityType/person`` candidates for the names these cues announce in `context`.
    static func scan(_ context: ScanContext, model: NameLikenessModel?, into candidates: inout [Candidate]) {
        let text = context.text
        let v = text.values
        var lastEnd = -1
        for hit in context.cues where hit.start >= lastEnd {
            var found: (start: Int, end: Int)?
            switch hit.kind {
            case .kinRole:
                let h = WordHash.of(text.folded, hit.start, hit.end)
                if KinRoleLexicon.lowercaseTitleTable.contains(h) {
                    // Capitalised titles are read by the title rule of ``PersonRecognizer``.
                    guard ScalarClass.isLower(v[hit.start]), hit.start == 0 || v[hit.start - 1] == 32 || v[hit.start - 1] == 10 else { continue }
                    found = lowercaseName(text, at: hit.end, model: model, threshold: Thresholds.lowercaseStrict, closing: false)
                } else if KinRoleLexicon.nameWordTable.contains(h) {
                    guard ScalarClass.isLower(v[hit.start]), afterCommaOrLineStart(text, hit.start) else { continue }
                    found = lowercaseName(text, at: hit.end, model: model, threshold: Thresholds.lowercaseStrict, closing: true)
                        ?? capitalisedNameAfterBareName(text, at: hit.end)
                } else {
                    found = cuedName(context, after: hit, model: model)
                }
            case .weakSelfName, .selfName:
                // "Sono nato il …", "Ik ben geboren": a writer who capitalises the cue capitalises a name too.
                guard hit.end < text.count, v[hit.end] == 32, ScalarClass.isLower(v[hit.start]),
                      shortCueFits(text, hit, context.language) else { continue }
                let h = WordHash.of(text.folded, hit.start, hit.end)
                // Other weak cues ("c", "its", "met", "qui") open too many sentences: ``PersonRecognizer`` reads known
                // given names after them.
                guard namingCues.contains(h) || introCues.contains(h) && opensText(text, hit.start) else { continue }
                found = lowercaseName(text, at: skipArticle(text, hit.end), model: model, threshold: Thresholds.lowercase, closing: false)
            default:
                continue
            }
            guard let name = found else { continue }
            candidates.append(Candidate(type: .person, start: name.start, end: name.end))
            lastEnd = name.end
        }
    }

    // MARK: Capitalised names after kinship and role words

    /// Courtesy titles after a kinship or role word: the title rule reads the name after them.
    private static let titleWords: WordHashSet = WordHash.table("""
        mr mrs ms miss dr prof herr frau sr sra srta sig dott don doña dona dhr mevr mme mlle m monsieur madame \
        signor signora senhor senhora señor señora meneer mevrouw
        """)

    /// Capitalised abbreviations of "saint" inside surnames ("St. Aubyn", "Ste. Marie", "St. John").
    private static let saintAbbreviations: WordHashSet = WordHash.table("st ste")

    /// The name after the kinship or role cue `hit`, if one is there and passes the checks of the type's note.
    private static func cuedName(_ context: ScanContext, after hit: CueLexicon.Hit, model: NameLikenessModel?) -> (start: Int, end: Int)? {
        let text = context.text
        let v = text.values
        let f = text.folded
        let n = v.count
        var j = hit.end
        // "my son's school": a possessive after the cue is no name. "beim Nachbarn (Yıldırım, 2. OG)": the name may
        // open a parenthesis.
        guard j < n, v[j] == 32 || v[j] == 44 || v[j] == 58 || v[j] == 40 else { return nil }
        let colon = v[j] == 58 || (j + 1 < n && v[j] == 32 && v[j + 1] == 58)
        var parenthesis = false
        while j < n, j - hit.end < 3, v[j] == 32 || v[j] == 44 || v[j] == 58 || v[j] == 40 {
            if v[j] == 40 { parenthesis = true }
            j += 1
        }
        guard j < n, ScalarClass.isUpper(v[j]) else { return nil }
        let german = context.language == "de"
        guard let run = readRun(text, at: j, german: german) else { return nil }
        // "Installer: Hi there": a role word labelling a transcript turn is followed by speech; a name fills the line.
        if colon, startsLine(text, hit.start), !endsLine(text, run.end),
           !FieldSeparator.closesLabelName(text, run.firstStart, run.end, words: run.words) { return nil }
        let firstEnd = LexiconPersonRecognizer.wordEnd(v, run.firstStart)
        let firstHash = WordHash.of(f, run.firstStart, firstEnd)
        if LexiconPersonRecognizer.places.contains(firstHash), !SurnameLexicon.contains(f, run.firstStart, firstEnd) { return nil }
        let known = FirstNameLexicon.contains(f, run.firstStart, firstEnd) || SurnameLexicon.contains(f, run.firstStart, firstEnd)
        let firstScore = score(model, f, run.firstStart, firstEnd)
        // In parentheses a single word may be a school, a floor or a note ("Mio figlio (Liceo) …"): only a listed name,
        // or one that looks like a name to the model at the strict German threshold, counts.
        if parenthesis, run.words == 1, !known, firstScore < Thresholds.singleGerman { return nil }
        if run.words == 1 {
            // "the Driver App", "der Fahrer Paket": one word must stand alone, as a name after such a word does.
            guard LexiconPersonRecognizer.closesClause(text, run.end) || lowercaseOrParenthesisFollows(text, run.end)
                    || FieldSeparator.follows(text, run.end) else { return nil }
            if german, LexiconPersonRecognizer.hasNounSuffix(f, run.firstStart, firstEnd), !SurnameLexicon.contains(f, run.firstStart, firstEnd) { return nil }
            guard known || firstScore >= (german ? Thresholds.singleGerman : Thresholds.single) else { return nil }
            return (run.start, run.end)
        }
        guard known || firstScore >= (german ? Thresholds.firstGerman : Thresholds.single) else { return nil }
        return (run.start, run.end)
    }

    /// A run of capitalised name words at `position`: initials ("V. Mourão"), capitalised and lower-case particles
    /// ("Le Bihan", "van der Berg", "St. Aubyn") between words; no stop, title, product, place-noun or shouted word.
    private static func readRun(_ text: ScannedText, at position: Int, german: Bool) -> (start: Int, end: Int, firstStart: Int, words: Int)? {
        let v = text.values
        let f = text.folded
        let n = v.count
        var k = position
        var end = -1
        var words = 0
        var pending = 0
        var firstStart = -1
        while words < 4, k < n, ScalarClass.isLetter(v[k]) {
            let e = LexiconPersonRecognizer.wordEnd(v, k)
            guard e > k else { break }
            let h = WordHash.of(f, k, e)
            if ScalarClass.isUpper(v[k]) {
                // "Delroy St. Aubyn", "Marie Ste. Croix".
                if words > 0, pending < 2, saintAbbreviations.contains(h), e + 2 < n, v[e] == 46, v[e + 1] == 32, ScalarClass.isUpper(v[e + 2]) {
                    pending += 1
                    k = e + 2
                    continue
                }
                // "Tanguy Le Bihan", "Jan Van den Broeck".
                if words > 0, pending < 2, LexiconPersonRecognizer.capitalParticles.contains(h), e + 2 < n, v[e] == 32, ScalarClass.isUpper(v[e + 1]) {
                    pending += 1
                    k = e + 1
                    continue
                }
                // An initial before a capitalised word ("V. Mourão").
                if e == k + 1 {
                    guard e + 2 < n, v[e] == 46, v[e + 1] == 32, ScalarClass.isUpper(v[e + 2]) else { break }
                    k = e + 2
                    continue
                }
                if titleWords.contains(h) || LexiconPersonRecognizer.nonNames.contains(h) || NameReader.stopWords.contains(Array(f[k..<e])) { break }
                // "der Zusteller DHL", "the courier DPD": a word in capitals is a company or an acronym.
                if LexiconPersonRecognizer.allCaps(v, k, e) { break }
                if german, words > 0, LexiconPersonRecognizer.hasNounSuffix(f, k, e), !SurnameLexicon.contains(f, k, e) { break }
                if words == 0 { firstStart = k }
                words += 1
                end = e
                pending = 0
            } else if words > 0, pending < 2, LexiconPersonRecognizer.particles.contains(h) {
                pending += 1
            } else {
                break
            }
            guard e + 1 < n, v[e] == 32, ScalarClass.isLetter(v[e + 1]) else { break }
            k = e + 1
        }
        guard words > 0 else { return nil }
        return (position, end, firstStart, words)
    }

    /// Two or three capitalised words right after a bare "name" that close their clause ("…, name Gwen Tanner."),
    /// none of them a non-name, or nil.
    private static func capitalisedNameAfterBareName(_ text: ScannedText, at position: Int) -> (start: Int, end: Int)? {
        let v = text.values
        guard position + 1 < v.count, v[position] == 32, ScalarClass.isUpper(v[position + 1]),
              let name = NameReader.read(text, at: position + 1, maxWords: 3, allowCaseless: false), name.start == position + 1,
              LexiconPersonRecognizer.closesClause(text, name.end) else { return nil }
        var words = 0
        var k = name.start
        while k < name.end {
            let e = LexiconPersonRecognizer.wordEnd(v, k)
            guard e > k else { k += 1; continue }
            if ScalarClass.isUpper(v[k]) {
                if LexiconPersonRecognizer.nonNames.contains(WordHash.of(text.folded, k, e)) { return nil }
                words += 1
            }
            k = e
        }
        return words >= 2 ? name : nil
    }

    // MARK: Lower-case names

    /// Frequent words after "I'm"/"soy"/"sono"/"sou"/"ich bin"/"je suis"/"ik ben"/"mr." that are no names and
    /// may be missing from the stop-word tables: adjectives, participles, adverbs and prepositions. Source:
    /// hand-written for this project from everyday chat phrasing in the seven languages (own list).
    private static let commonAfterCue: WordHashSet = WordHash.table("""
        not so very really just still also already here there new back sorry sure glad happy sad tired stuck lost \
        confused frustrated upset annoyed angry worried interested unable done ready home away out writing calling \
        trying waiting having looking getting going contacting reaching wondering hoping following emailing messaging \
        a an the one your his her their from in at on with for about gonna trying having \
        nuevo nueva nuevos nuevas de del el la los las un una yo muy tu su cliente clienta aquí aqui otra otro \
        estudiante usuario usuaria socio socia también tambien ya solo sola bien mal triste cansado cansada \
        nuovo nuova nuovi il lo gli le uno io qui stanco stanca stanchi contento contenta cliente utente già gia \
        sempre ancora molto tanto proprio davvero di da al alla solo sola \
        novo nova o os as um uma eu meu minha seu sua aqui outra outro vez de do da dos das cliente também ja já \
        muito cansado cansada ainda sempre \
        nouveau nouvelle le les un une moi très tres encore déjà deja client cliente \
        neu neue der die das ein eine kunde kundin noch schon sehr gerade \
        nieuw nieuwe de het een klant nog al erg heel \
        pretty kinda quite totally unhappy disappointed locked currently reaching \
        súper super bastante desesperado desesperada molesto molesta enfadado enfadada preocupado preocupada \
        arrabbiato arrabbiata preoccupato preoccupata disperato disperata \
        chateado chateada preocupada bem \
        vraiment déçu déçue énervé énervée fâché fâchée inquiet inquiète désolé désolée \
        sauer echt froh krank wütend enttäuscht verzweifelt genervt traurig \
        boos blij ziek teleurgesteld \
        born nato nata nati nate geboren né née nacido nacida nascido nascida little bit unter bei über nicht mit aus \
        von zu sous sur avec pour sin con per
        """)

    /// Self-introductions that put the writer's name next ("soy", "sono", "im", "é o", "ich bin"): after a greeting
    /// that opens the text they take lower-case words with the loose ``Thresholds/lowercase``. Hand-written (own list).
    private static let introCues = phraseTable(["soy", "sono", "sou", "im", "i'm", "i am", "ich bin", "ik ben", "je suis",
                                                "é o", "é a", "aqui é"])

    /// Naming phrases that announce a name anywhere in a text ("my name is", "me llamo"). Hand-written (own list).
    private static let namingCues = phraseTable([
        "my name is", "me llamo", "mi nombre es", "mi chiamo", "il mio nome è", "je m'appelle", "ich heiße",
        "ich heisse", "mein name ist", "mijn naam is", "ik heet", "me chamo", "meu nome é", "o meu nome é", "mon nom est",
        "u spreekt met", "je spreekt met", "sie sprechen mit",
    ])

    /// The end of one to three lower-case name-like words at `position` (after spaces), or nil: each no common
    /// word and, unless a known given name or surname, scoring at least `threshold`. With `closing` the words must
    /// close their clause.
    private static func lowercaseName(_ text: ScannedText, at position: Int, model: NameLikenessModel?, threshold: Float,
                                      closing: Bool) -> (start: Int, end: Int)? {
        let v = text.values
        let f = text.folded
        let n = v.count
        var k = position
        while k < n, k - position < 3, v[k] == 32 { k += 1 }
        let start = k
        var end = -1
        var words = 0
        var particles = 0
        while words < 3, k < n, ScalarClass.isLower(v[k]) {
            var e = k
            while e < n, ScalarClass.isLower(v[e]) || ((v[e] == 39 || v[e] == 45) && e + 1 < n && ScalarClass.isLower(v[e + 1])) { e += 1 }
            guard e - k >= 2, e >= n || !ScalarClass.isLetter(v[e]), e >= n || !ScalarClass.isDigit(v[e]) else { break }
            let h = WordHash.of(f, k, e)
            // "ruud ter steege", "nunzio di stefano": up to two surname particles between name words.
            if words > 0, particles < 2, LexiconPersonRecognizer.particles.contains(h), e + 1 < n, v[e] == 32, ScalarClass.isLower(v[e + 1]) {
                particles += 1
                k = e + 1
                continue
            }
            guard !commonAfterCue.contains(h), !KinRoleLexicon.wordTable.contains(h), !isLaughter(f, k, e),
                  !LexiconPersonRecognizer.nonNames.contains(h), !LexiconPersonRecognizer.particles.contains(h),
                  !LexiconPersonRecognizer.places.contains(h), !NameReader.isFunctionWord(text, k),
                  !NameReader.stopWords.contains(Array(f[k..<e])) else { break }
            let known = (FirstNameLexicon.contains(f, k, e) || SurnameLexicon.contains(f, k, e)) && !LexiconPersonRecognizer.ambiguous.contains(h)
            guard known || score(model, f, k, e) >= threshold else { break }
            // "o matheus do pedido 77412": a word after a particle that a number follows names the thing numbered.
            if particles > 0, e + 1 < n, v[e] == 32, ScalarClass.isDigit(v[e + 1]) { break }
            words += 1
            end = e
            particles = 0
            guard e + 1 < n, v[e] == 32, ScalarClass.isLower(v[e + 1]) else { break }
            k = e + 1
        }
        guard words > 0 else { return nil }
        if closing, !LexiconPersonRecognizer.closesClause(text, end) { return nil }
        return (start, end)
    }

    // MARK: Positions

    /// Greetings that may come before a self-introduction that opens a chat ("holaa soy …", "olá boa noite, é o …").
    /// Source: hand-written (own list).
    private static let greetings: WordHashSet = WordHash.table("""
        hi hello hey hiya yo morning evening afternoon good hallo moin servus guten tag morgen abend hola buenas buenos \
        días dias tardes noches buen día dia ciao salve buongiorno buonasera olá ola oi bom boa tarde noite \
        bonjour bonsoir salut coucou hoi goedemorgen goedemiddag goedenavond dag
        """)

    /// Whether only greetings (at most four words, elongated ones too: "holaa"), punctuation and emoji stand before
    /// `position` on its line, and the line is the text's first or follows a blank line.
    private static func opensText(_ text: ScannedText, _ position: Int) -> Bool {
        let v = text.values
        let f = text.folded
        var k = position
        var words = 0
        while k > 0 {
            let c = v[k - 1]
            if c == 10 { return true }
            // "Trascrizione segreteria: salve sono …", "Voicemail 09:14: hi im …": a heading that opens the line.
            if c == 58 { return k < v.count && v[k] == 32 && opensLineAsHeading(text, colon: k - 1) }
            if ScalarClass.isLetter(c) {
                let e = k
                var s = k
                while s > 0, ScalarClass.isLetter(v[s - 1]) { s -= 1 }
                words += 1
                guard words <= 4, isGreeting(f, s, e) else { return false }
                k = s
                continue
            }
            // Spaces, punctuation and emoji between greetings; no digits.
            guard !ScalarClass.isDigit(c) else { return false }
            k -= 1
        }
        return true
    }

    /// Whether the colon at `colon` ends a short heading that opens its line: at most 48 scalars before it on the
    /// line, none of them a sentence's end (`.`, `!`, `?`).
    private static func opensLineAsHeading(_ text: ScannedText, colon: Int) -> Bool {
        let v = text.values
        var k = colon
        while k > 0, colon - k < 48 {
            let c = v[k - 1]
            if c == 10 { return true }
            if c == 46 || c == 33 || c == 63 { return false }
            k -= 1
        }
        return k == 0
    }

    /// Whether `f[s..<e]` is a greeting, also with its last letter repeated ("holaa", "heyyy").
    private static func isGreeting(_ f: [UInt32], _ s: Int, _ e: Int) -> Bool {
        if greetings.contains(WordHash.of(f, s, e)) { return true }
        var t = e
        while t - s > 2, f[t - 1] == f[t - 2] { t -= 1 }
        return t < e && greetings.contains(WordHash.of(f, s, t))
    }

    /// Whether a one- or two-letter self-introduction fits the text's language: "im" only in English (German "im" is
    /// "in the"), "c" only in French; longer cues always fit.
    private static func shortCueFits(_ text: ScannedText, _ hit: CueLexicon.Hit, _ language: String) -> Bool {
        guard hit.end - hit.start <= 2 else { return true }
        let f = text.folded
        if hit.end - hit.start == 2, f[hit.start] == 105, f[hit.start + 1] == 109 { return language == "en" }
        if hit.end - hit.start == 1, f[hit.start] == 99 { return language == "fr" }
        return false
    }

    /// Whether a comma (and spaces) or a line start comes right before `position`.
    private static func afterCommaOrLineStart(_ text: ScannedText, _ position: Int) -> Bool {
        var k = position
        while k > 0, text.values[k - 1] == 32 { k -= 1 }
        return k == 0 || text.values[k - 1] == 44 || text.values[k - 1] == 10
    }

    /// Whether `position` starts its line (after spaces and tabs).
    private static func startsLine(_ text: ScannedText, _ position: Int) -> Bool {
        var k = position
        while k > 0, text.values[k - 1] == 32 || text.values[k - 1] == 9 { k -= 1 }
        return k == 0 || text.values[k - 1] == 10 || text.values[k - 1] == 13
    }

    /// Whether only spaces and `.`, `!`, `,` stand between `end` and the line's end.
    private static func endsLine(_ text: ScannedText, _ end: Int) -> Bool {
        var j = end
        let v = text.values
        while j < text.count, v[j] == 32 || v[j] == 46 || v[j] == 33 || v[j] == 44 { j += 1 }
        return j >= text.count || v[j] == 10 || v[j] == 13
    }

    /// Whether one space and a lower-case word or an opening parenthesis follow `end` ("Adwoa is", "Ilyès (né").
    private static func lowercaseOrParenthesisFollows(_ text: ScannedText, _ end: Int) -> Bool {
        end + 1 < text.count && text.values[end] == 32 && (ScalarClass.isLower(text.values[end + 1]) || text.values[end + 1] == 40)
    }

    /// Articles between a self-introduction and a chat name ("sono la giulia", "soy el pepe").
    private static let articles: WordHashSet = WordHash.table("el la il lo o a der die")

    /// Skips one article and its space after `position`.
    private static func skipArticle(_ text: ScannedText, _ position: Int) -> Int {
        var j = position
        while j < text.count, j - position < 2, text.values[j] == 32 { j += 1 }
        let e = LexiconPersonRecognizer.wordEnd(text.values, j)
        guard e > j, e < text.count, text.values[e] == 32, articles.contains(WordHash.of(text.folded, j, e)) else { return position }
        return e
    }

    /// Whether `f[s..<e]` is chat laughter ("kkk", "jaja", "hahaha", "rsrs", "hehe"): one letter repeated, or a
    /// two-letter syllable repeated at least twice.
    private static func isLaughter(_ f: [UInt32], _ s: Int, _ e: Int) -> Bool {
        let length = e - s
        guard length >= 2 else { return false }
        if (s..<e).allSatisfy({ f[$0] == f[s] }) { return true }
        guard length >= 4, length % 2 == 0 else { return false }
        return (s + 2..<e).allSatisfy { f[$0] == f[$0 - 2] }
    }

    /// The ``WordHash`` values of whole phrases (folded, spaces kept), to tell which cue a hit is.
    private static func phraseTable(_ phrases: [String]) -> WordHashSet {
        WordHashSet(Set(phrases.map { phrase in
            let folded = [UInt32](scalarsOf: phrase)
            return WordHash.of(folded, 0, folded.count)
        }))
    }

    /// The name-likeness logit of `f[s..<e]`, or -infinity without a model.
    private static func score(_ model: NameLikenessModel?, _ f: [UInt32], _ s: Int, _ e: Int) -> Float {
        guard let model else { return -.infinity }
        return model.logit(f, s, e)
    }
}
