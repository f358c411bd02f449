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
            guard e - i >= 2, !allCaps(v, i, e) else { i = max(e, i + 1); continue }
            let firstEnd = hyphenPart(v, i, e)
            let given = FirstNameLexicon.contains(f, i, firstEnd) || FirstNameLexicon.contains(f, i, e)
            let wordHash = WordHash.of(f, i, e)
            let common = nonNames.contains(wordHash)
            if given, !common, let end = surnames(text, after: e, maxWords: 2, strictNouns: strictNouns) {
                candidates.append(Candidate(type: .person, start: i, end: end))
                i = end
                continue
            }
            if !given, !common,
               let (sStart, sEnd) = nextWord(text, after: e), ScalarClass.isUpper(v[sStart]),
               SurnameLexicon.contains(f, sStart, sEnd), !nonNames.contains(WordHash.of(f, sStart, sEnd)),
               !leadingWords.contains(wordHash), !places.contains(wordHash), !places.contains(WordHash.of(f, sStart, sEnd)),
               // "Ajoutez Benoît Pierre": a sentence-initial word before a given name is a verb, not a name.
               !(isSentenceStart(text, i) && FirstNameLexicon.contains(f, sStart, sEnd) && nextWord(text, after: sEnd) != nil) {
                candidates.append(Candidate(type: .person, start: i, end: sEnd))
                i = sEnd
                continue
            }
            if given, !common, !ambiguous.contains(wordHash), !isSentenceStart(text, i) || endsText(text, e),
               !digitFollows(text, e) {
                candidates.append(Candidate(type: .person, start: i, end: e))
            }
            i = e
        }
    }

    /// The end of the word at `i`: letters with inner apostrophes or hyphens.
    @inline(__always) static func wordEnd(_ v: [UInt32], _ i: Int) -> Int {
        var e = i
        let n = v.count
        while e < n, ScalarClass.isLetter(v[e]) || ((v[e] == 39 || v[e] == 45 || v[e] == 0x2019) && e + 1 < n && ScalarClass.isLetter(v[e + 1])) {
            e += 1
        }
        return e
    }

    /// The end of the first part of a hyphenated word ("Jean" in "Jean-Luc"), or `e`.
    @inline(__always) private static func hyphenPart(_ v: [UInt32], _ i: Int, _ e: Int) -> Int {
        var k = i
        while k < e, v[k] != 45 { k += 1 }
        return k
    }

    @inline(__always) private static func allCaps(_ v: [UInt32], _ i: Int, _ e: Int) -> Bool {
        var k = i
        while k < e {
            if ScalarClass.isLower(v[k]) { return false }
            k += 1
        }
        return true
    }

    /// The next word after a single space from `e`, if any.
    @inline(__always) private static func nextWord(_ text: ScannedText, after e: Int) -> (Int, Int)? {
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
                if !SurnameLexicon.contains(f, s, we), (strictNouns && !closesClause(text, we) && !hasSurnameSuffix(f, s, we))
                    || hasNounSuffix(f, s, we) { break }
                words += 1
                end = we
                particlesSeen = 0
            } else if particles.contains(h), particlesSeen < 2 {
                particlesSeen += 1
            } else {
                break
            }
            k = we
        }
        return end > 0 ? end : nil
    }

    /// Whether punctuation, a line break or the end of the text follows `e` (after at most one space).
    @inline(__always) static func closesClause(_ text: ScannedText, _ e: Int) -> Bool {
        var k = e
        if k < text.count, text.values[k] == 32 { k += 1 }
        guard k < text.count else { return true }
        let c = text.values[k]
        return c == 44 || c == 46 || c == 33 || c == 63 || c == 10 || c == 13 || c == 59 || c == 58 || c == 41 || c == 45
    }

    private static let nounSuffixes: [[UInt32]] = ["ung", "heit", "keit", "schaft", "tion", "chen", "nis", "tät", "ment", "ismus"]
        .map { [UInt32](scalarsOf: $0) }

    private static let surnameSuffixes: [[UInt32]] = [
        "mann", "bach", "berg", "burg", "feld", "stein", "hoff", "horst", "ski", "witz", "itz", "hardt", "brecht",
        "hauser", "häuser", "meier", "meyer", "maier", "mayer", "huber", "müller", "linger", "inger", "bauer",
        "rath", "roth", "hold", "wald", "dorf", "lein", "ke", "ow",
    ].map { [UInt32](scalarsOf: $0) }

    /// Whether the folded word ends like a German family name ("Hasselbach", "Brandstätter" does not).
    @inline(__always) private static func hasSurnameSuffix(_ f: [UInt32], _ s: Int, _ e: Int) -> Bool {
        endsWithAny(surnameSuffixes, f, s, e, keeping: 2)
    }

    /// Whether the folded word ends like a (German or Latin-derived) common noun.
    @inline(__always) private static func hasNounSuffix(_ f: [UInt32], _ s: Int, _ e: Int) -> Bool {
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
        return c == 10 || c == 13 || c == 46 || c == 33 || c == 63 || c == 58 || c == 0x2026
    }

    /// Whether only spaces, line breaks and closing punctuation follow `e` ("… Não fui eu! Joana").
    @inline(__always) private static func endsText(_ text: ScannedText, _ e: Int) -> Bool {
        var k = e
        while k < text.count, ScalarClass.isWhitespace(text.values[k]) || text.values[k] == 46 || text.values[k] == 33 { k += 1 }
        return k >= text.count
    }

    @inline(__always) private static func digitFollows(_ text: ScannedText, _ e: Int) -> Bool {
        var k = e
        while k < text.count, k - e < 2, text.values[k] == 32 || text.values[k] == 46 { k += 1 }
        return k < text.count && ScalarClass.isDigit(text.values[k])
    }

    /// Particles that may be capitalised inside a name (Belgian "De Clercq", "Van Damme", "Le Goff").
    static let capitalParticles: Set<UInt64> = WordHash.set("van von de da di del della der den le la dos das du ter ten")

    /// Lower-case particles allowed between name words.
    static let particles: Set<UInt64> = WordHash.set("van von de da di del della der den du le la dos das do ter")

    /// Given names that are also everyday words, products or places: accepted only with a surname or a cue.
    static let ambiguous: Set<UInt64> = WordHash.set("""
        max mark grace may hope joy amber ruby jade florence victoria sofia aurora angel ángel rosa alba pilar \
        mercedes dolores paz luz iris roos floor ella bill art frank jack don will lily holly poppy rose \
        chance summer april june august camille dominique claude sky hugo leo mila noor bruno marina \
        alice eva lima sara jean pierre rita gloria patience faith christian martin simon thomas \
        noël noel brooklyn israel paris london georgia virginia carolina india china asia africa america \
        adelaide sydney austin dallas jordan lourdes santiago regina trinidad fatima fátima berlin milan \
        valencia nancy lorraine orange apple crystal destiny precious star royal américa áfrica deus ion fort
        """)

    /// Prepositions and determiners that start sentences ("Desde Córdoba", "Im Zimmer"): never the first word of an
    /// unknown-word-plus-surname name.
    static let leadingWords: Set<UInt64> = WordHash.set("""
        desde hasta para por sobre entre depuis pour chez dans sous sans seit nach bei für vom zum zur aus \
        über unter durch ohne gegen dalla dal dallo dai dagli tra fra sopra sotto verso vanaf voor naar bij \
        uit door zonder onder pelo pela sem sob após since after before during until im dem den des dieses \
        diese dieser diesem mein meine meinem meinen sein seine ihr ihre kein keine eines einem einen einer \
        em no na nos nas num numa does did is was are und oder aber instituto
        """)

    /// Countries, large cities, banks and place nouns of the seven languages' countries: many are also
    /// family names ("Palermo", "Toledo"), so they confirm no name on their own but stay allowed after
    /// a known given name ("Marta Palermo").
    static let places: Set<UInt64> = WordHash.set("""
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
        melbourne brisbane perth auckland recife salvador fortaleza curitiba rosario mendoza \
        santander bbva caixa caixabank sabadell bankinter unicaja ing rabobank abn revolut bunq n26 \
        sparkasse volksbank commerzbank postbank intesa unicredit fineco millennium novobanco bradesco \
        costa itaú itau nubank hills flats heights gardens park parkway católicos catolicos reyes magos suzuki \
        toyota honda nissan hyundai kia renault peugeot citroën fiat seat skoda volkswagen nickel
        """)

    /// Capitalised words that are never taken as part of a name: stop words, greetings, months,
    /// weekdays, products, payment brands, places, street words and support vocabulary.
    static let nonNames: Set<UInt64> = {
        var set = WordHash.set("""
            pay card cards visa mastercard maestro amex paypal klarna ideal bizum satispay twint sepa \
            apple google amazon microsoft samsung android iphone ipad mac windows linux office teams \
            outlook gmail hotmail yahoo icloud whatsapp facebook instagram netflix spotify uber \
            prime plus pro premium basic gold silver platinum business mobile online app apps web \
            support team service services help desk helpdesk center centre care kundenservice \
            kundendienst serviceteam support-team servicio atención atencion clientes client clients \
            assistenza clienti klantenservice apoio suporte equipa equipe bank banco banque \
            store shop street road avenue lane drive way straße strasse weg platz gasse allee rue \
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
            sr sra srta sig signor signora dhr mevr hr fr mme mlle don doña dott ing i'm i'll i've i'd \
            ihr ihre euer votre vos your su sus vostro vostra uw vosso vossa nuestro notre unser \
            department dept departamento département abteilung ufficio reparto afdeling divisão division \
            office büro bureau oficina escritório kantoor equipo équipe equipa squadra gruppo group groupe \
            grupo groep gruppe company compañía empresa società azienda bedrijf firma firm ltd limited gmbh \
            ag inc llc plc corp sa sl srl spa bv nv lda holdings holding international global solutions \
            customer kundenservice klantenservice billing accounts finance sales marketing legal hr it \
            facturación facturation fatturazione buchhaltung contabilidad contabilità administratie financeiro \
            acquisti einkauf compras achats inkoop
            """)
        for word in NameReader.stopWords { set.insert(WordHash.of(word, 0, word.count)) }
        return set
    }()
}
