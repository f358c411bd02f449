/// Finds street addresses and postcodes given in context.
///
/// Three street shapes are recognised, each with a house number: English order
/// (`221B Baker Street`), a leading street word (`Calle Mayor 5`, `12 rue de Rivoli`,
/// `Via Roma 10`, `ul. Długa 5`) and compound street names (`Hauptstraße 5`,
/// `Kerkstraat 12`, `Storgatan 3`, `Mariahilfer Straße 88`). A following unit, postcode and city
/// (`, 10115 Berlin`, `, Springfield, IL 62704`, `- Bela Vista, São Paulo - SP, 01310-200`) is included.
/// Weak shapes count only with a unit, postcode or city after them: English street words that also
/// name other things (`19 Elm Grove, Bristol BS7 8PU`) and lower-case leading words
/// (`rue Courvoisier 2\n9559 Barbey`). A unit may stand before the house number (`Flat 0/2, 9 …`,
/// `1207-55 Bloor St`), a numbered street takes its house number after a number sign (`Calle 7 N.º 1234`),
/// and tails include `#22`, `bus 0201`, a Mexican colonia with `C.P.`, and `Cedex 01`. A postcode after a
/// cue ("zip", "PLZ", "código postal") is redacted on its own.
enum AddressRecognizer {
    private static func set(_ words: String) -> WordSet {
        WordSet(Set(words.split(separator: " ").map { [UInt32](scalarsOf: String($0)) }))
    }

    /// A set of folded words that answers for a span of the text without copying it
    /// (a ``FoldedWordTable``: one hash of the span, then a scalar comparison on equal hashes).
    private struct WordSet {
        let table: FoldedWordTable

        init(_ words: Set<[UInt32]>) {
            table = FoldedWordTable(Array(words))
        }

        /// Whether the folded text `start..<end` is one of the words.
        func contains(_ text: ScannedText, _ start: Int, _ end: Int) -> Bool {
            table.contains(text.folded, start, end)
        }

        /// Whether `token`'s folded text is one of the words.
        func contains(_ text: ScannedText, _ token: Token) -> Bool { contains(text, token.start, token.end) }
    }

    private static let englishSuffixes = set(
        "street st avenue ave road rd lane ln boulevard blvd drive dr court ct place pl way terrace parkway pkwy highway hwy circle cir square sq close crescent row trail promenade esplanade circuit"
    )
    /// Street-type words that also name other things ("Elm Grove", "Mill Park", "Bond Gardens"): a street
    /// ending in one counts only when a unit, postcode or city follows it.
    private static let weakEnglishSuffixes = set(
        """
        grove groves gardens garden mews walk walks hill hills green greens rise vale view views wharf quay parade mall alley \
        path pike ridge ridges loop plaza heights hollow meadow meadows landing crossing point points cove coves creek glen \
        glens knoll knolls manor manors bend estate estates gateway junction junctions harbor harbors harbour orchard park \
        parks squares streets trace track valley valleys village villages villas vista ways expressway freeway turnpike \
        causeway bypass motorway lights light locks lock ports port forest falls fall union unions shore shores shoal \
        shoals spur spurs summit underpass overpass tunnel stream station springs mill mills mount mountain mountains \
        lake lakes island islands isle fields field flats fords ford forge forges fork forks ferry extension divide dale \
        crest curve corner corners courts common club cliff cliffs center centers canyon cape camp burg burgs brook \
        brooks bridge branch radial ramp ranch rapids rest river route run skyway stravenue throughway trafficway \
        viaduct ville wall wells well passage prairie plains plain pines neck lodge loaf key keys inlet haven
        """
    )
    /// German weekdays, months and parts of the day or week: after "am" they name a time ("Am Dienstag gegen 17"),
    /// never a street. Hand-written (own list).
    private static let timeWordsAfterAm = set(
        "montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli august " +
        "september oktober november dezember wochenende morgen abend vormittag nachmittag mittag anfang ende tag " +
        "telefon monatsende monatsanfang jahresende wochenanfang feiertag sonnabend vortag")
    /// Whether `token` is a German time word (``timeWordsAfterAm``) or a compound ending in a part of the day
    /// ("Donnerstagabend", "Heiligabend", "Ostermontag", "Vortag").
    private static func isTimeWordAfterAm(_ text: ScannedText, _ token: Token) -> Bool {
        if timeWordsAfterAm.contains(text, token) { return true }
        let w = word(text, token)
        return timeSuffixes.contains { w.count > $0.count + 1 && Array(w.suffix($0.count)) == $0 }
    }

    /// Endings of German compounds that name a day or a part of it. Hand-written (own list).
    private static let timeSuffixes: [[UInt32]] = ["tag", "abend", "morgen", "mittag", "nacht"].map { [UInt32](scalarsOf: $0) }

    /// Street endings after a Viennese place adjective ("Wiedner Hauptstraße"); "-platz" is left out, it also ends
    /// office nouns ("Drucker Arbeitsplatz 3"). Hand-written.
    private static let viennaStreetSuffixes: [[UInt32]] = ["straße", "strasse", "gasse", "allee"].map { [UInt32](scalarsOf: $0) }

    /// German street nouns written as a separate word after an adjective ("Mariahilfer Straße 88", "Alte Gasse 3").
    private static let separateStreetWords = set("straße strasse str weg gasse platz allee ring damm ufer chaussee steig pfad markt")
    private static let leadingWords = set(
        "am calle c avenida avda av paseo plaza carrer rue avenue boulevard bd chemin allée impasse place quai via viale piazza corso largo vicolo rua travessa praça alameda estrada ul ulica aleja strada camino cuesta ronda carretera travesía glorieta pasaje rambla diagonal diag borgo contrada salita traversa lungomare rotonda incrocio piazzale vico lungotevere circonvallazione rodovia chácara colônia viela vereda passarela rang blv bulevar " +
        // Catalan leading street words ("Passeig de Sant Joan 104", "Avinguda Diagonal 640", "Plaça Reial 3").
        // Source: Catalan street-type words as the Generalitat's addressing norms use them; no copied list.
        "passeig avinguda plaça placa travessera baixada " +
        // Colombian grid streets ("Carrera 7 # 71-21", "Transversal 23 # 95-53"); hand-written, no copied list.
        "carrera transversal " +
        // Galician leading street words ("Rúa do Franco 12", "Praza do Obradoiro 2", "Camiño Real 4"); hand-written,
        // from the Galician street names of the Xunta's toponymy; no copied list.
        "rúa praza camiño " +
        // Belgian and French highways named after their destination ("Chaussée de Wavre 1120", "chaussée de Louvain 12").
        "chaussée " +
        // Italian hamlets and localities with their own house numbers ("Fraz. Pian di Sotto 4", "Località Poggio 12").
        "fraz frazione località " +
        // Peruvian "jirón" streets ("Jr. Huancavelica 320"); hand-written.
        "jr jirón jiron"
    )
    private static let compoundSuffixes: [[UInt32]] = [
        "straße", "strasse", "str", "weg", "gasse", "platz", "allee", "damm", "ufer", "straat", "laan", "gracht",
        "plein", "kade", "singel", "ring", "markt", "dijk", "steeg", "gatan", "vägen", "gata", "väg", "torget", "gade", "vej",
        "baan", "dreef", "boulevard",
    ].map { [UInt32](scalarsOf: $0) }
    /// Compound suffixes that also end common words, so they need more evidence.
    private static let ambiguousSuffixes: Set<[UInt32]> = Set(["ring", "markt"].map { [UInt32](scalarsOf: $0) })
    /// Folded vowels (a e i o u y): "Monitoring", "Offering" are not streets.
    private static let vowels: Set<UInt32> = [97, 101, 105, 111, 117, 121]
    private static let units = set(
        "apt apartment suite ste unit flat floor fl piso planta étage etage wohnung top apto ap sala bloco appartamento interno int interior edificio edif depto dpto dto torre oficina local andar lote piano scala puerta portal bloque escalera esc casa loja app appt whg conj conjunto cj " +
        // Flat and room words written before the street ("Appartement 14, 2 rue …", "chambre 112, 3 avenue …",
        // "Room 204, 15 King Street") and Viennese stair and door words after a slash ("88/Stiege 2/Top 12");
        // hand-written, no copied list.
        "appartement chambre room zimmer kamer habitación stiege tür " +
        // Australian shop units before a house-number range ("Shop 3, 10-12 King Street").
        "shop"
    )
    /// Room words among ``units`` (hand-written, own list).
    private static let roomWords = set("chambre room zimmer kamer habitación")
    private static let fillers: [[UInt32]] = ["is ", "ist ", "es ", "est ", "é ", "è "].map { [UInt32](scalarsOf: $0) }
    private static let directions = set("n s e w ne nw se sw north south east west")

    private struct Token {
        let start: Int
        let end: Int
        let isNumber: Bool  // digits, optionally followed by one letter ("221B")
        let capitalised: Bool
    }

    /// Appends ``EntityType/address`` candidates for every street address or cued postcode.
    static func scan(_ context: ScanContext, into candidates: inout [Candidate]) {
        let text = context.text
        let tokens = tokenize(text)
        var t = 0
        while t < tokens.count {
            if let (endToken, end, weak) = street(text, tokens, t) {
                var extended = extend(text, tokens, after: endToken, end: end)
                if !weak, extended.end == end, let tail = cityCloseTail(text, tokens, after: endToken, end: end) { extended = tail }
                if weak, extended.end == end {
                    t += 1
                    continue
                }
                var start = tokens[t].start
                // Hyphenated street names start before the matched word: "Konrad-Adenauer-Straße 12",
                // "Willem-Alexanderlaan 4".
                var b = t
                while !tokens[t].isNumber, b > 0, t - b < 3, tokens[b - 1].capitalised, !tokens[b - 1].isNumber,
                      tokens[b - 1].end + 1 == tokens[b].start, text.at(tokens[b - 1].end) == 45 {
                    b -= 1
                }
                start = tokens[b].start
                // A unit written first: "Flat 3, 15 High Street", "Apt 4B, 221 Main St", "Unit 5/22 George St",
                // and the Canadian unit-dash-number "1207-55 Bloor St W" (unit 1207, house 55).
                let slashUnit = b == t && t >= 1 && tokens[t].isNumber && tokens[t - 1].isNumber
                    && tokens[t].start == tokens[t - 1].end + 1
                    && (text.at(tokens[t - 1].end) == 47 || dashUnit(text, tokens[t - 1]))
                if b == t, t >= 2, tokens[t - 1].isNumber, units.contains(text, tokens[t - 2]),
                   adjacent(text, tokens[t - 2], tokens[t - 1]), slashUnit || near(text, tokens[t - 1].end, tokens[t].start) {
                    // A building and staircase may stand before the unit: "Bât. B, esc. 4, 23 rue …",
                    // "Résidence Les Tilleuls, appt 7, 5 rue …".
                    // A room is an institution's (hotel, care home, hospital): its building's name is a public place
                    // ("à la résidence Les Glycines, chambre 112, 3 avenue …") and stays.
                    start = roomWords.contains(text, tokens[t - 2]) ? tokens[t - 2].start
                        : leadingPart(text, tokens, t - 2) ?? tokens[t - 2].start
                } else if slashUnit {
                    start = tokens[t - 1].start
                    // A unit before a house-number range: "Unit 12, 45-47 Pitt Street", "Shop 3, 10-12 King St".
                    if t >= 3, tokens[t - 2].isNumber, units.contains(text, tokens[t - 3]), tokens[t - 3].capitalised,
                       adjacent(text, tokens[t - 3], tokens[t - 2]), near(text, tokens[t - 2].end, tokens[t - 1].start) {
                        start = tokens[t - 3].start
                    }
                } else if b == t {
                    start = leadingPart(text, tokens, t) ?? start
                }
                candidates.append(Candidate(type: .address, start: start, end: extended.end))
                t = extended.token + 1
                continue
            }
            // A street without a house number after a unit or building, confirmed by a postcode after it:
            // "Apt 2, Harbour Court, Quay Road, Galway H91 E2K3", "Flat 4, Rose Court, Mill Lane, Bristol BS7 8PU".
            if let (endToken, end) = unnumberedStreet(text, tokens, t) {
                let extended = extend(text, tokens, after: endToken, end: end)
                if extended.token > endToken, (endToken + 1...extended.token).contains(where: { postcode(text, tokens, $0) != nil }),
                   let start = leadingPart(text, tokens, t) {
                    candidates.append(Candidate(type: .address, start: start, end: extended.end))
                    t = extended.token + 1
                    continue
                }
            }
            // A named estate or plot with its lot or unit and a postcode, no street number: "Quinta do Lago, Lote 18,
            // 8135-024 Almancil", "Urbanización Los Pinos, Portal 3, 29600 Marbella".
            if let (endToken, start) = namedPlotStart(text, tokens, t) {
                let extended = afterPostcode(text, tokens, endToken)
                candidates.append(Candidate(type: .address, start: start, end: extended.end))
                t = extended.token + 1
                continue
            }
            t += 1
        }
        for hit in context.cues where hit.kind == .postcode {
            var j = hit.end
            while j < text.count, j - hit.end < 3, text.values[j] == 58 || text.values[j] == 32 { j += 1 }
            for filler in fillers where text.hasFoldedPrefix(filler, at: j) { j += filler.count }
            if let index = tokens.firstIndex(where: { $0.start == j }), let end = postcode(text, tokens, index) {
                candidates.append(Candidate(type: .address, start: j, end: tokens[end].end))
            } else if let answer = answerLine(text, afterQuestion: j), let index = tokens.firstIndex(where: { $0.start == answer }),
                      let end = postcode(text, tokens, index), endsLine(text, tokens[end].end) {
                // "wat is uw postcode?\njoost: 1017 CT", "> and the billing postcode?\nBS8 1TH": a line that
                // holds only a postcode answers the question.
                candidates.append(Candidate(type: .address, start: answer, end: tokens[end].end))
            }
        }
    }

    private static func tokenize(_ text: ScannedText) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.count / 4)
        let v = text.values
        var i = 0
        while i < v.count {
            guard ScalarClass.isWordChar(v[i]) else { i += 1; continue }
            var e = i
            var digits = 0
            while e < v.count, ScalarClass.isWordChar(v[e]) {
                if ScalarClass.isDigit(v[e]) { digits += 1 }
                e += 1
            }
            let length = e - i
            let isNumber = digits > 0 && digits <= 5 && ScalarClass.isDigit(v[i])
                && (digits == length || (digits == length - 1 && ScalarClass.isLetter(v[e - 1]))
                    || (length - digits <= 6 && numberSuffixes.contains(text, i + digits, e)))
            tokens.append(Token(start: i, end: e, isNumber: isNumber, capitalised: ScalarClass.isUpper(v[i])))
            i = e
        }
        return tokens
    }

    private static func word(_ text: ScannedText, _ token: Token) -> [UInt32] { Array(text.folded[token.start..<token.end]) }

    /// Whether only spaces (and at most one `.`/`,`) separate two tokens on the same line. With `elision`, an
    /// apostrophe may close a short word inside a street name ("Via dell'Orso", "Piazza Sant'Anna", "Via Ca' Rossa",
    /// "rue de l'Église").
    private static func adjacent(_ text: ScannedText, _ a: Token, _ b: Token, allowComma: Bool = false, elision: Bool = false) -> Bool {
        let gap = b.start - a.end
        guard gap >= 1, gap <= 3 else { return false }
        for k in a.end..<b.start {
            let c = text.values[k]
            if c == 32 || c == 46 || c == 0xA0 || (c == 47 && k == a.end) || (allowComma && c == 44) { continue }
            if elision, k == a.end, c == 39 || c == 0x2019, !a.isNumber, a.end - a.start <= 4, !b.isNumber { continue }
            // A hyphen inside a compound street name: "Faubourg Saint-Denis", "Rue Jean-Jaurès".
            if c == 45, gap == 1, !a.isNumber, !b.isNumber { continue }
            return false
        }
        return true
    }

    /// Returns the last token index and end offset of a street starting at token `t`.
    private static func street(_ text: ScannedText, _ tokens: [Token], _ t: Int) -> (Int, Int, Bool)? {
        if let box = postBox(text, tokens, t) { return box }
        if let (end, offset) = strongStreet(text, tokens, t) { return (end, offset, false) }
        // The weak shapes, dispatched on the token's kind (this runs for almost every token): a number may start an
        // English weak street or a French one, a lower-case word a lower-case leading or compound street.
        // The structural tests of each shape stand here, before the calls.
        let token = tokens[t]
        if token.isNumber {
            if let weak = weakStreet(text, tokens, t) { return weak }
            guard t + 2 < tokens.count, !tokens[t + 1].isNumber, !tokens[t + 1].capitalised else { return nil }
            return weakLeadingStreet(text, tokens, t)
        }
        guard !token.capitalised else { return nil }
        if let lower = lowercaseLeadingStreet(text, tokens, t) { return lower }
        guard token.end - token.start >= 6, t + 3 < tokens.count, tokens[t + 1].isNumber else { return nil }
        return lowercaseCompoundStreet(text, tokens, t)
    }

    /// Leading street words that are also written in lower case at the start of an address line
    /// ("rue Courvoisier 2\n9559 Barbey", "avenue Curdy 10, 7183 Muriset"): kept only when a postcode follows.
    private static let lowercaseLeadingWords = set("rue avenue chemin route boulevard place allée impasse quai via viale piazza corso calle avenida rua")
    /// Leading street words after which chat writes the street name in lower case too ("rua das flores 123").
    private static let chatStreetWords = set("rua via calle avenida")
    /// The first two folded letters of ``lowercaseLeadingWords`` (ru ro av ch bo pl al im qu vi pi co ca), packed.
    private static let leadingPairs: [UInt32] = ["ru", "ro", "av", "ch", "bo", "pl", "al", "im", "qu", "vi", "pi", "co", "ca"]
        .map { pair in let s = Array(pair.unicodeScalars); return s[0].value << 16 | s[1].value }

    /// "rue Courvoisier 2", "rua das flores 123": a lower-case leading street word, name words and a house number
    /// (weak: the caller keeps it only when it extends to a postcode or city).
    private static func lowercaseLeadingStreet(_ text: ScannedText, _ tokens: [Token], _ t: Int) -> (Int, Int, Bool)? {
        let first = tokens[t]
        let length = first.end - first.start
        guard !first.capitalised, !first.isNumber, length >= 3, length <= 9 else { return nil }
        // Structural tests before the word look-up: every listed word starts with one of "abcipqrv", and
        // a capitalised name word and a house number must follow within five tokens.
        switch text.folded[first.start] {
        case 97, 98, 99, 105, 112, 113, 114, 118: break
        default: return nil
        }
        var number = false
        var m = t + 1
        while m < tokens.count, m - t <= 5 {
            if tokens[m].isNumber { number = true; break }
            m += 1
        }
        // The listed words' first two letters, before the word look-up (most lower-case words fail here).
        guard number, leadingPairs.contains(text.folded[first.start] << 16 | text.folded[first.start + 1]),
              lowercaseLeadingWords.contains(text, first) else { return nil }
        var k = t + 1
        var names = 0
        let lowercaseNames = chatStreetWords.contains(text, first)
        while k < tokens.count, k - t <= 5, adjacent(text, tokens[k - 1], tokens[k], allowComma: tokens[k].isNumber) {
            if tokens[k].isNumber { return names > 0 ? (k, tokens[k].end, true) : nil }
            // Chat writes the street name in lower case too ("moro na rua das flores 123 apto 4"): after rua, via,
            // calle or avenida a word of three or more letters that is no article or particle counts (the caller
            // still asks for a unit or postcode); after the others ("la place de parking 12 étage 2") only a
            // capitalised word does.
            if tokens[k].capitalised || (lowercaseNames && tokens[k].end - tokens[k].start >= 3
                                         && !cityParticles.contains(text, tokens[k]) && !buildingArticles.contains(text, tokens[k])) {
                names += 1
            }
            k += 1
        }
        return nil
    }

    /// French street types that are also ordinary words ("41 cours Lafayette" but "3 cours de maths", "9 square
    /// Moncey" but "9 square metres", "220 route de Lyon" but "la route 66"). Source: hand-written from the street
    /// types of the French national address base (BAN) naming conventions; no copied list.
    private static let weakLeadingWords = set("cours passage square rond faubourg fbg route esplanade parvis sentier ruelle montée cité mail")

    /// "41 cours Lafayette", "2 rond-point des Champs-Élysées": a house number, a weak French street type and name
    /// words ending in a capitalised one (weak: the caller keeps it only when a unit, postcode or city follows).
    private static func weakLeadingStreet(_ text: ScannedText, _ tokens: [Token], _ t: Int) -> (Int, Int, Bool)? {
        let first = tokens[t]
        guard first.isNumber, first.end - first.start <= 5, t + 2 < tokens.count, !tokens[t + 1].isNumber, !tokens[t + 1].capitalised,
              adjacent(text, first, tokens[t + 1]) else { return nil }
        // Every listed word starts with c, e, f, m, p, r or s: test that before the word look-up.
        switch text.folded[tokens[t + 1].start] {
        case 99, 101, 102, 109, 112, 114, 115: break
        default: return nil
        }
        guard weakLeadingWords.contains(text, tokens[t + 1]) else { return nil }
        if text.at(first.start - 1) == 58 { return nil }  // the minutes of a clock time
        var last: Int?
        var m = t + 2
        while m < tokens.count, m - t <= 6, !tokens[m].isNumber, adjacent(text, tokens[m - 1], tokens[m]) {
            if tokens[m].capitalised {
                last = m
            } else if !(buildingArticles.contains(text, tokens[m]) || (m == t + 2 && text.at(tokens[m].start - 1) == 45)) {
                break
            }
            m += 1
        }
        guard let last else { return nil }
        return (last, tokens[last].end, true)
    }

    /// "keizersgracht 12, 1015 cj amsterdam", "hauptstraße 5, 10115 berlin": a lower-case compound street, its house
    /// number, a comma or line break, a postcode (a Dutch one's letters may be lower case too) and a city word.
    private static func lowercaseCompoundStreet(_ text: ScannedText, _ tokens: [Token], _ t: Int) -> (Int, Int, Bool)? {
        let first = tokens[t]
        guard !first.capitalised, !first.isNumber, first.end - first.start >= 6, t + 3 < tokens.count, tokens[t + 1].isNumber,
              tokens[t + 1].end - tokens[t + 1].start <= 4, adjacent(text, first, tokens[t + 1]) else { return nil }
        let post = t + 2
        let postLength = tokens[post].end - tokens[post].start
        guard postLength == 4 || postLength == 5, near(text, tokens[t + 1].end, tokens[post].start),
              (tokens[t + 1].end..<tokens[post].start).contains(where: { text.values[$0] == 44 || text.values[$0] == 10 }),
              (tokens[post].start..<tokens[post].end).allSatisfy({ ScalarClass.isDigit(text.values[$0]) }),
              hasCompoundSuffix(text, first) else { return nil }
        var postEnd = post
        let letters = tokens[post + 1]
        if postLength == 4, letters.end - letters.start == 2, single(text, tokens[post], letters), text.at(tokens[post].end) == 32,
           (letters.start..<letters.end).allSatisfy({ ScalarClass.isASCIILetter(text.values[$0]) }),
           ScalarClass.isUpper(text.values[letters.start]) == ScalarClass.isUpper(text.values[letters.start + 1]) {
            postEnd = post + 1
        }
        var city = postEnd + 1
        // Four digits alone are also a count ("onderweg 2, 1015 mensen"): then the city must be capitalised.
        guard city < tokens.count, !tokens[city].isNumber, tokens[city].end - tokens[city].start >= 2,
              postEnd > post || postLength == 5 || tokens[city].capitalised,
              spaced(text, tokens[postEnd].end, tokens[city].start, firstGap: false) else { return nil }
        // "den haag", "de bilt": a particle and the name after it.
        if cityParticles.contains(text, tokens[city]), city + 1 < tokens.count, !tokens[city + 1].isNumber,
           single(text, tokens[city], tokens[city + 1]) {
            city += 1
        }
        guard tokens[city].end - tokens[city].start >= 3 else { return nil }
        return (city, tokens[city].end, false)
    }

    /// Whether the token ends in a compound street suffix (``compoundSuffixes``, not the ambiguous ones and not
    /// "str") after at least three more letters: "keizersgracht", "hauptstraße".
    private static func hasCompoundSuffix(_ text: ScannedText, _ token: Token) -> Bool {
        let length = token.end - token.start
        for suffix in compoundSuffixes where suffix.count >= 4 || suffix == weg || suffix == vej {
            guard length >= suffix.count + 3, !ambiguousSuffixes.contains(suffix) else { continue }
            if text.hasFoldedPrefix(suffix, at: token.end - suffix.count) { return true }
        }
        return false
    }

    private static let weg = [UInt32](scalarsOf: "weg")
    private static let vej = [UInt32](scalarsOf: "vej")

    /// "Harbour Court,", "Quay Road,": one to three capitalised words ending in a street-type word and a comma,
    /// with no house number; the caller keeps it only after a unit or building part and before a postcode.
    private static func unnumberedStreet(_ text: ScannedText, _ tokens: [Token], _ t: Int) -> (Int, Int)? {
        guard tokens[t].capitalised, !tokens[t].isNumber else { return nil }
        var k = t + 1
        while k < tokens.count, k - t <= 2, tokens[k].capitalised, !tokens[k].isNumber, single(text, tokens[k - 1], tokens[k]) {
            let after = text.at(tokens[k].end)
            if after == 44 || (after == 46 && text.at(tokens[k].end + 1) == 44),
               englishSuffixes.contains(text, tokens[k]) || weakEnglishSuffixes.contains(text, tokens[k]) {
                return (k, tokens[k].end)
            }
            k += 1
        }
        return nil
    }

    /// A place name of two to four capitalised words (lower-case particles between: "Quinta do Lago") that opens
    /// a run (no capitalised word right before it) and does not start with a common word unless a particle
    /// follows it, then ", ", a unit or lot word and its
    /// number, and a postcode after a comma or line break: returns the postcode's token and the name's start.
    private static func namedPlotStart(_ text: ScannedText, _ tokens: [Token], _ t: Int) -> (Int, Int)? {
        guard tokens[t].capitalised, !tokens[t].isNumber,
              t == 0 || !(tokens[t - 1].capitalised && spaced(text, tokens[t - 1].end, tokens[t].start, firstGap: false)) else { return nil }
        var k = t + 1
        var words = 1
        var particle = false
        while k < tokens.count, k - t < 6, spaced(text, tokens[k - 1].end, tokens[k].start, firstGap: false), !tokens[k].isNumber {
            if tokens[k].capitalised {
                words += 1
            } else if tokens[k].end - tokens[k].start <= 5, cityParticles.contains(text, tokens[k]) {
                // (Every particle has at most five letters: longer words are rejected without a look-up.)
                particle = true
            } else {
                return nil
            }
            k += 1
        }
        guard words >= 2, tokens[k - 1].capitalised, k + 2 < tokens.count, text.at(tokens[k - 1].end) == 44,
              tokens[k].start == tokens[k - 1].end + 2, units.contains(text, tokens[k]), tokens[k + 1].isNumber,
              single(text, tokens[k], tokens[k + 1]), near(text, tokens[k + 1].end, tokens[k + 2].start),
              text.at(tokens[k + 1].end) == 44 || text.at(tokens[k + 1].end) == 10,
              let zipEnd = postcode(text, tokens, k + 2),
              // A common first word ("Quinta" is also Thursday) only with a particle inside the name: "Quinta do Lago".
              particle || !isCommonWord(text, tokens[t]) else { return nil }
        return (zipEnd, tokens[t].start)
    }

    /// "19 Elm Grove": a house number, one or two capitalised words and a weak street-type word
    /// (``weakEnglishSuffixes``); the caller keeps it only when it extends to a unit, postcode or city.
    private static func weakStreet(_ text: ScannedText, _ tokens: [Token], _ t: Int) -> (Int, Int, Bool)? {
        guard tokens[t].isNumber, tokens[t].end - tokens[t].start <= 5 else { return nil }
        var k = t + 1
        while k < tokens.count, k - t <= 3, adjacent(text, tokens[k - 1], tokens[k]), !tokens[k].isNumber, tokens[k].capitalised {
            if k > t + 1, weakEnglishSuffixes.contains(text, tokens[k]) { return (k, tokens[k].end, true) }
            k += 1
        }
        return nil
    }

    private static func strongStreet(_ text: ScannedText, _ tokens: [Token], _ t: Int) -> (Int, Int)? {
        let first = tokens[t]
        if first.isNumber {
            // The minutes of a clock time are no house number: "at 02:17 AM. The …" ("am" leads German streets).
            if text.at(first.start - 1) == 58, ScalarClass.isDigit(text.at(first.start - 2)) { return nil }
            // "passed away on March 9. Please close her account": a number that ends a sentence leads no street.
            if text.at(first.end) == 46, text.at(first.end + 1) == 32 || text.at(first.end + 1) == 10 { return nil }
            // "15, place Bellecour": a comma between the number and a leading street word.
            // Not before an abbreviated street word ("600 918 247, C/ Alcalá 14": a phone number, then the street).
            if t + 2 < tokens.count, text.at(first.end) == 44, tokens[t + 1].start == first.end + 2,
               text.at(first.end + 1) == 32, leadingWords.contains(text, tokens[t + 1]), !tokens[t + 2].isNumber,
               text.at(tokens[t + 1].end) == 32,
               adjacent(text, tokens[t + 1], tokens[t + 2]) {
                var end = t + 2
                var m = t + 3
                while m < tokens.count, m - (t + 2) <= 4, adjacent(text, tokens[m - 1], tokens[m]), !tokens[m].isNumber {
                    end = m
                    m += 1
                }
                return (end, tokens[end].end)
            }
            // "221B Baker Street", "12 rue de Rivoli"; "3 bis rue Victor Hugo", "12 ter avenue des Lilas".
            var k = t + 1
            if k + 1 < tokens.count, numberSuffixes.contains(text, tokens[k]), single(text, first, tokens[k]),
               leadingWords.contains(text, tokens[k + 1]), single(text, tokens[k], tokens[k + 1]) {
                k += 1
            }
            var names = 0
            while k < tokens.count, k - t <= 5, adjacent(text, tokens[k - 1], tokens[k]),
                  !tokens[k].isNumber || (k == t + 1 && numberedStreetName(text, tokens, k)) {
                // A street word glued to digits by a hyphen is a code's prefix ("Stornonummer ST-771044", "AVE-2210").
                let codePrefix = text.at(tokens[k].end) == 45 && ScalarClass.isDigit(text.at(tokens[k].end + 1))
                if names >= 1, tokens[k].capitalised || tokens[k - 1].capitalised, !codePrefix, englishSuffixes.contains(text, tokens[k]) {
                    var end = k
                    if end + 1 < tokens.count, adjacent(text, tokens[end], tokens[end + 1]),
                       directions.contains(text, tokens[end + 1]), tokens[end + 1].capitalised {
                        end += 1
                    }
                    return (end, tokens[end].end + (text.at(tokens[end].end) == 46 ? 1 : 0))
                }
                if names == 0, leadingWords.contains(text, tokens[k]) {
                    var end = k
                    var m = k + 1
                    // A unit word ends the street name: "813 chemin Duchesne Suite 658".
                    while m < tokens.count, m - k <= 4, adjacent(text, tokens[m - 1], tokens[m], elision: m > k + 1), !tokens[m].isNumber,
                          !(m > k + 1 && m + 1 < tokens.count && tokens[m + 1].isNumber && units.contains(text, tokens[m])) {
                        end = m
                        m += 1
                    }
                    if end > k { return (end, tokens[end].end) }
                }
                names += 1
                k += 1
            }
            return nil
        }
        let dotted = text.at(first.end) == 46 || text.at(first.end) == 47
        guard first.capitalised || dotted, first.end - first.start <= 24 else { return nil }
        // "c/o Martin Dupuis, 14 rue …": "care of" is no "C/" (calle) street.
        if first.end == first.start + 1, text.at(first.end) == 47, text.folded[first.start] == 99,
           ScalarClass.fold(text.at(first.end + 1)) == 111, !ScalarClass.isLetter(text.at(first.end + 2)) { return nil }
        if leadingWords.contains(text, first) || isBoulevardAbbreviation(text, first) {
            // "Am Dienstag gegen 17:30", "Am Wochenende 3 Pakete": a German time word after "am" names a day, no street.
            if t + 1 < tokens.count, word(text, first) == [97, 109], isTimeWordAfterAm(text, tokens[t + 1]) { return nil }
            // "2:14 AM on Sunday": the English time marker in capitals, or "am" before a lower-case word, leads no street.
            if word(text, first) == [97, 109],
               ScalarClass.isUpper(text.at(first.start + 1)) || (t + 1 < tokens.count && !tokens[t + 1].capitalised) { return nil }
            // "Calle Mayor 5", "Via Roma 10", "ul. Długa 5".
            var k = t + 1
            while k < tokens.count, k - t <= 6, adjacent(text, tokens[k - 1], tokens[k], allowComma: tokens[k].isNumber, elision: k > t + 1) {
                // "Camino Rural s/n", "Via Roma snc": no house number (sin número, senza numero civico).
                if k > t + 1, let none = noNumberEnd(text, tokens, k) { return (none, tokens[none].end) }
                if tokens[k].isNumber {
                    if k > t + 1 { return (k, tokens[k].end) }
                    // A numbered street takes its house number after a number sign: "Calle 50 N.º 742",
                    // "Calle 12 Nº 845", "Calle 45 nro. 310", "Carrera 15 # 88-64".
                    if let house = signedHouseNumber(text, tokens, after: k, numbered: true) { return (house, tokens[house].end) }
                    return nil
                }
                // "Calle Mitre N° 621", "Av. Corrientes nº 1234": a number sign before the house number.
                if k > t + 1, let house = signedHouseNumber(text, tokens, after: k - 1, numbered: false) { return (house, tokens[house].end) }
                k += 1
            }
            return nil
        }
        // "Mariahilfer Straße 88/7", "Berliner Str. 12": an adjective and a separate street noun.
        if first.capitalised, t + 2 < tokens.count, tokens[t + 2].isNumber, tokens[t + 1].capitalised,
           separateStreetWords.contains(text, tokens[t + 1]), adjacent(text, first, tokens[t + 1]),
           adjacent(text, tokens[t + 1], tokens[t + 2]), !isCommonWord(text, first) {
            return (t + 2, tokens[t + 2].end)
        }
        // "Wiedner Hauptstraße 63/2/14", "Landstraßer Hauptstraße 71": a place adjective in -er before a compound
        // street name belongs to it.
        if first.capitalised, t + 2 < tokens.count, tokens[t + 2].isNumber, tokens[t + 1].capitalised,
           adjacent(text, first, tokens[t + 1]), adjacent(text, tokens[t + 1], tokens[t + 2]) {
            let adjective = word(text, first)
            let street = word(text, tokens[t + 1])
            if adjective.count >= 5, adjective.suffix(2) == [101, 114], !isCommonWord(text, first),
               viennaStreetSuffixes.contains(where: { street.count > $0.count + 2 && Array(street.suffix($0.count)) == $0 }) {
                return (t + 2, tokens[t + 2].end)
            }
        }
        if first.capitalised, t + 1 < tokens.count, tokens[t + 1].isNumber, adjacent(text, first, tokens[t + 1]) {
            // "Hauptstraße 5", "Bahnhofstr. 12", "Kerkstraat 12".
            let w = word(text, first)
            for suffix in compoundSuffixes where w.count >= suffix.count && Array(w.suffix(suffix.count)) == suffix {
                // "-ring" and "-markt" also end ordinary words ("Spring 2024", "String 3", "Monitoring 5"):
                // those need a longer word that is not a common one, and no vowel before "ring".
                if ambiguousSuffixes.contains(suffix) {
                    let before = w.count > suffix.count ? w[w.count - suffix.count - 1] : 0
                    if w.count < suffix.count + 3 || isCommonWord(text, first) || Self.vowels.contains(before) { break }
                }
                return (t + 1, tokens[t + 1].end)
            }
        }
        // A street without a street word, confirmed by the postcode and city after it: "Damrak 1, 1012 LG
        // Amsterdam", "Meir 78\n2000 Antwerpen", "Grote Markt 1, 9000 Gent".
        // The words must be no names or units ("Barbara Yudina Apt. 675"), and a comma or line break must
        // separate the house number from the postcode.
        // Structural tests first: the word look-ups run only for a capitalised word before a house number.
        if first.capitalised, t + 2 < tokens.count, tokens[t + 1].isNumber || tokens[t + 2].isNumber {
            var number = t + 1
            // After a street adjective the name word may also be a surname: "Lange Voorhout 9", "Korte Vijverberg 2".
            if !tokens[number].isNumber, tokens[number].capitalised, adjacent(text, first, tokens[number]),
               !isCommonWord(text, tokens[number]), !isNameOrUnit(text, tokens[number]) || streetAdjectives.contains(text, first) {
                number += 1
            }
            // A box or unit number may stand before the postcode: "Meir 24 bus 3, 2000 Antwerpen".
            var post = number + 1
            // "Meir 52, bus 4, 2000 Antwerpen": a comma may stand before the box word.
            if post + 1 < tokens.count, tokens[number].isNumber, tokens[post + 1].isNumber,
               tokens[post + 1].end - tokens[post + 1].start <= 4, boxWords.contains(text, tokens[post]),
               adjacent(text, tokens[number], tokens[post], allowComma: true), adjacent(text, tokens[post], tokens[post + 1]) {
                post += 2
            }
            if tokens[number].isNumber, tokens[number].end - tokens[number].start <= 4,
               adjacent(text, tokens[number - 1], tokens[number]), post < tokens.count,
               near(text, tokens[post - 1].end, tokens[post].start),
               (tokens[post - 1].end..<tokens[post].start).contains(where: { text.values[$0] == 44 || text.values[$0] == 10 }),
               let postEnd = postcode(text, tokens, post),
               !isCommonWord(text, first), !units.contains(text, first),
               // A name ("Barbara Yudina Apt. 675") is no street, except before a Dutch postcode ("Voorhout 9, 2514 EA").
               isDutchPostcode(text, tokens, post, postEnd) || !isNameOrUnit(text, first) || streetAdjectives.contains(text, first)
                || prepositionStart(text, tokens, t) != nil,
               postEnd + 1 < tokens.count, !tokens[postEnd + 1].isNumber,
               spaced(text, tokens[postEnd].end, tokens[postEnd + 1].start, firstGap: true),
               tokens[postEnd + 1].capitalised && !isCommonWord(text, tokens[postEnd + 1])
                || isDutchPostcode(text, tokens, post, postEnd)
                    && (tokens[postEnd + 1].capitalised || isElidedArticle(text, tokens, postEnd + 1)) {
                // After a Dutch postcode ("2514 EA Den Haag", "5211 GB 's-Hertogenbosch") a common word may begin the city.
                return (number, tokens[number].end)
            }
        }
        return nil
    }

    /// Capitalised prepositions that begin German and Dutch street names before an article
    /// ("Hinter dem Rathaus 4a", "Auf der Mauer 2", "Laan van Meerdervoort 55", "Achter de Dom 7", "Over de Kelders 3").
    private static let streetPrepositions = set(
        "hinter auf an in unter über vor zum zur im am bei beim neben zwischen laan plein achter over buiten binnen onder bij naast tussen"
    )
    /// Dutch and German adjectives that begin street names ("Lange Nieuwstraat", "Korte Gracht", "Alte Gasse").
    private static let streetAdjectives = set(
        "lange korte oude nieuwe hoge lage grote kleine eerste tweede derde alte neue große grosse kleine obere untere hohe breite"
    )
    /// Articles between such a preposition and the street's name word.
    private static let streetArticles = set("dem der den die das van de het")
    /// Building and residence words that may precede a street on its line ("Résidence Les Pins, bât. B, 4 allée …").
    private static let buildingWords = set(
        "résidence residence immeuble bâtiment bât building bldg edificio edif bloco bloque torre escalier " +
        // Rural properties named before their road ("Sítio Boa Esperança, Estrada Municipal km 7", "Finca Los Olivos,
        // Camino Viejo 3", "Podere Il Poggio, Via …"); hand-written, no copied list.
        "sítio sitio fazenda chácara chacara quinta finca cortijo masía masia podere cascina"
    )
    /// English house-name words that end the name of a house written on the line before its street ("Maple Cottage\n14
    /// Church Lane", "Manor Farm, Long Lane"): the capitalised words before them on that line belong to the name.
    /// Hand-written (own list).
    private static let houseWords = set("cottage lodge farm barn manor rectory vicarage grange mill farmhouse bungalow")
    /// Lower-case articles inside a building name ("Résidence du Parc", "Edificio de la Torre").
    private static let buildingArticles = set("du de des la le les del della do da dos das")

    /// Where a street that starts at token `t` really starts when a preposition and article
    /// ("Hinter dem", "Laan van") or a building part ("Résidence Les Pins, bât. B,") stands before it
    /// on the same line; nil when nothing does.
    private static func leadingPart(_ text: ScannedText, _ tokens: [Token], _ t: Int) -> Int? {
        if let start = prepositionStart(text, tokens, t) { return start }
        if let start = namedStreetStart(text, tokens, t) { return start }
        // "Lange Nieuwstraat 41", "Oude Gracht 12", "Alte Gasse 3": a capitalised adjective before a street name word.
        if t >= 1, !tokens[t].isNumber, tokens[t].capitalised, tokens[t - 1].capitalised, single(text, tokens[t - 1], tokens[t]),
           text.at(tokens[t - 1].end) == 32, streetAdjectives.contains(text, tokens[t - 1]) {
            return tokens[t - 1].start
        }
        // A building part: scan back over capitalised words, single letters, numbers and building or
        // unit words joined by spaces, commas or dots, on the same line or up to two lines above
        // ("Flat 2A, Heron Court\n17 Mill Lane"; a line that ends with a dot ends the scan).
        var found: Int?
        var houseName = false
        var b = t - 1
        var breaks = 0
        while b >= 0, t - b <= 7 {
            let gapStart = tokens[b].end
            let gapEnd = tokens[b + 1].start
            // A Scottish flat position joins two numbers with a slash: "Flat 3/1, 17 … Road" (floor 3, door 1).
            let flatPosition = gapEnd == gapStart + 1 && text.values[gapStart] == 47 && tokens[b].isNumber && tokens[b + 1].isNumber
            guard gapEnd - gapStart <= 3, flatPosition
                    || (gapStart..<gapEnd).allSatisfy({ [32, 44, 46, 0xA0, 10, 13].contains(text.values[$0]) }) else { break }
            if !flatPosition, (gapStart..<gapEnd).contains(where: { text.values[$0] == 10 }) {
                breaks += 1
                guard breaks <= 2, !(gapStart..<gapEnd).contains(where: { text.values[$0] == 46 }) else { break }
            }
            let token = tokens[b]
            let sameLine = !(gapStart..<gapEnd).contains(where: { text.values[$0] == 10 })
            // A house name is capitalised words joined by single spaces: a comma ends it ("Jane Doe, Rose Cottage").
            if !sameLine || (houseName && text.values[token.end] != 32) { houseName = false }
            if buildingWords.contains(text, token) {
                found = token.start
            } else if token.capitalised, houseWords.contains(text, token) {
                found = token.start
                houseName = true
            } else if houseName, sameLine, token.capitalised, !token.isNumber, text.values[token.end] == 32 {
                found = token.start
            } else if token.capitalised, units.contains(text, token),
                      tokens[b + 1].isNumber || isUnitLetter(text, tokens[b + 1]) || isUnitCode(text, tokens[b + 1]),
                      b + 1 < t, text.values[tokens[b + 1].start - 1] == 32, !capitalisedWordBefore(text, token.start) {
                // A unit before a building name: "Flat 2, Rosewood Court, 14 Elm Grove" (not after a name on
                // the same line, "Mrs. Jane Doe Apt. 675 …", which keeps the name whole).
                found = token.start
            } else if !(token.capitalised || token.isNumber || isUnitCode(text, token) || units.contains(text, token)
                        || floorWords.contains(text, token) || buildingArticles.contains(text, token)) {
                break
            }
            b -= 1
        }
        return found
    }

    /// Titles that begin Dutch and Flemish streets named after a person ("Burgemeester de Withstraat",
    /// "Dokter van Deenweg", "Koningin Julianalaan"). Source: common Dutch street-naming practice; no copied list.
    private static let streetTitles = set(
        "burgemeester burg dokter dr professor prof pastoor pater koningin koning prins prinses graaf gravin generaal " +
        "admiraal kapitein minister sint st meester mr"
    )
    /// Capitalised particles that begin Dutch streets named after a person ("Van Speijkstraat", "De Clercqstraat").
    private static let streetNameParticles = set("van de ter ten der den")

    /// Where a Dutch compound street named after a person starts: "Van Speijkstraat 88", "Burgemeester de
    /// Withstraat 14", "Prins Hendrikkade 5"; nil when no such title or particle stands right before token `t`.
    private static func namedStreetStart(_ text: ScannedText, _ tokens: [Token], _ t: Int) -> Int? {
        guard t >= 1, !tokens[t].isNumber, tokens[t].capitalised else { return nil }
        var a = t - 1
        var lowerParticles = 0
        while a >= 1, lowerParticles < 2, !tokens[a].capitalised, streetNameParticles.contains(text, tokens[a]),
              single(text, tokens[a], tokens[a + 1]), text.at(tokens[a].end) == 32 {
            a -= 1
            lowerParticles += 1
        }
        guard tokens[a].capitalised, text.at(tokens[a].end) == 32 || text.at(tokens[a].end) == 46,
              tokens[a + 1].start - tokens[a].end <= 2 else { return nil }
        if streetTitles.contains(text, tokens[a]) { return tokens[a].start }
        if lowerParticles == 0, single(text, tokens[a], tokens[a + 1]), streetNameParticles.contains(text, tokens[a]) {
            return tokens[a].start
        }
        return nil
    }

    /// Whether a capitalised word stands right before `position`, separated by spaces only.
    private static func capitalisedWordBefore(_ text: ScannedText, _ position: Int) -> Bool {
        let v = text.values
        var p = position
        while p > 0, v[p - 1] == 32 { p -= 1 }
        guard p < position, p > 0, ScalarClass.isLetter(v[p - 1]) else { return false }
        var s = p - 1
        while s > 0, ScalarClass.isLetter(v[s - 1]) { s -= 1 }
        return ScalarClass.isUpper(v[s])
    }

    /// The start of a preposition and article before the street name word at `t` (up to two more
    /// capitalised words may stand between: "Laan van Nieuw Oost-Indië 40"), if there is one.
    private static func prepositionStart(_ text: ScannedText, _ tokens: [Token], _ t: Int) -> Int? {
        guard t >= 2, !tokens[t].isNumber, tokens[t].capitalised else { return nil }
        var a = t - 1
        while a > t - 4, a >= 1, tokens[a].capitalised, !tokens[a].isNumber, single(text, tokens[a], tokens[a + 1]) { a -= 1 }
        guard a >= 1, !tokens[a].capitalised, streetArticles.contains(text, tokens[a]), single(text, tokens[a], tokens[a + 1]),
              tokens[a - 1].capitalised, single(text, tokens[a - 1], tokens[a]),
              streetPrepositions.contains(text, tokens[a - 1]) else { return nil }
        return tokens[a - 1].start
    }

    /// Whether `token` is a unit number joined to the house number by a hyphen ("1207-55 Bloor St"): one to
    /// four digits, a hyphen right after it, and no digit, hyphen or slash before it (not a range's or code's tail).
    private static func dashUnit(_ text: ScannedText, _ token: Token) -> Bool {
        let before = text.at(token.start - 1)
        return text.at(token.end) == 45 && token.end - token.start <= 4 && ScalarClass.isDigit(text.values[token.start])
            && ScalarClass.isDigit(text.values[token.end - 1]) && before != 45 && before != 47 && !ScalarClass.isWordChar(before)
    }

    /// Whether the number at `k` names the street after a house number, a street-type word right after it:
    /// "10442 82 Ave NW" (Edmonton's grid), "3120 16 St". One to three digits, no letter, after a house number of
    /// three or more digits ("10 20 Ct" is a count).
    private static func numberedStreetName(_ text: ScannedText, _ tokens: [Token], _ k: Int) -> Bool {
        let token = tokens[k]
        guard token.end - token.start <= 3, ScalarClass.isDigit(text.values[token.end - 1]), text.values[token.start] != 48,
              tokens[k - 1].end - tokens[k - 1].start >= 3, k + 1 < tokens.count else { return false }
        let next = tokens[k + 1]
        return next.capitalised && single(text, token, next) && englishSuffixes.contains(text, next)
    }

    /// Whether one space (or, inside a name, one hyphen) joins two tokens.
    private static func single(_ text: ScannedText, _ a: Token, _ b: Token) -> Bool {
        b.start == a.end + 1 && (text.at(a.end) == 32 || text.at(a.end) == 45)
    }

    /// Number signs before a house number ("N°" reads as the token "N").
    private static let numberSigns = set("n nº no nr nro núm num")

    /// The house number's token after a number sign that follows token `k`: "N° 621", "nº 1234", "N.º 742",
    /// "nro. 310", "# 88" (a lone `#` between two numbers); nil when none does. After a numbered street
    /// (`numbered`, "Calle 5 no 3" is also "street 5, not 3") a lower-case "no" needs its dot.
    private static func signedHouseNumber(_ text: ScannedText, _ tokens: [Token], after k: Int, numbered: Bool) -> Int? {
        guard k + 2 < tokens.count else { return nil }
        let sign = tokens[k + 1]
        // "# 88", "#88": only spaces and one '#' between the street's number and the house number.
        if numbered, sign.isNumber, sign.start - tokens[k].end <= 3,
           (tokens[k].end..<sign.start).allSatisfy({ text.values[$0] == 32 || text.values[$0] == 35 }),
           (tokens[k].end..<sign.start).contains(where: { text.values[$0] == 35 }) {
            // "Carrera 43A # 18 Sur-135": a direction and the plot number after the cross street.
            if k + 3 < tokens.count, directionsAfterHouse.contains(text, tokens[k + 2]), tokens[k + 2].start == sign.end + 1,
               text.at(tokens[k + 2].end) == 45, tokens[k + 3].isNumber, tokens[k + 3].start == tokens[k + 2].end + 1 {
                return k + 3
            }
            return k + 1
        }
        guard !sign.isNumber, numberSigns.contains(text, sign) else { return nil }
        if numbered, !sign.capitalised, sign.end - sign.start == 2, text.folded[sign.start + 1] == 111, text.at(sign.end) != 46 {
            return nil
        }
        var house = k + 2
        // "N.º": the ordinal indicator after the dot reads as its own token.
        if tokens[house].end == tokens[house].start + 1, tokens[house].start == sign.end + 1, text.at(sign.end) == 46,
           text.values[tokens[house].start] == 0xBA, house + 1 < tokens.count {
            house += 1
        }
        guard tokens[house].isNumber, tokens[house].start - tokens[house - 1].end <= 3 else { return nil }
        return house
    }

    /// Directions between a Colombian cross street and its plot number ("# 18 Sur-135"). Hand-written.
    private static let directionsAfterHouse = set("sur norte este oeste bis")

    /// "Bv." (bulevar, Argentina): the abbreviation with its dot, not the all-capital Dutch company form "BV".
    private static func isBoulevardAbbreviation(_ text: ScannedText, _ token: Token) -> Bool {
        token.end - token.start == 2 && text.values[token.start] == 66 && text.values[token.start + 1] == 118 && text.at(token.end) == 46
    }

    /// Box and door words between a house number and the postcode ("Meir 24 bus 3", "Rue X 5 bte 2").
    /// A road's kilometre mark counts as its house number's unit ("Estrada Nacional 2 km 5", "Carretera N-340 km 12").
    private static let boxWords = set("bus bte boîte boite apt app appt km")

    /// Whether the token is a known given name or surname, or a unit word ("Apt", "Suite").
    private static func isNameOrUnit(_ text: ScannedText, _ token: Token) -> Bool {
        units.contains(text, token) || FirstNameLexicon.contains(text.folded, token.start, token.end)
            || SurnameLexicon.contains(text.folded, token.start, token.end)
    }

    /// Whether the token is a stop word, product, month or support word (``LexiconPersonRecognizer/nonNames``).
    private static func isCommonWord(_ text: ScannedText, _ token: Token) -> Bool {
        LexiconPersonRecognizer.nonNames.contains(WordHash.of(text.folded, token.start, token.end))
    }

    /// The postcode's last token after a city run from `k`, with an optional province in brackets between
    /// them ("Québec (Québec) G1R 1N8", "Montréal, QC H2X 1Y4" is left to the region-code rule); nil otherwise.
    private static func cityThenPostcode(_ text: ScannedText, _ tokens: [Token], _ k: Int) -> Int? {
        var m = cityRun(text, tokens, from: k)
        guard m > k, m < tokens.count else { return nil }
        let gapStart = tokens[m - 1].end
        // "(Québec) ": a bracketed capitalised province of one or two words.
        if tokens[m].start == gapStart + 2, text.at(gapStart) == 32, text.at(gapStart + 1) == 40, tokens[m].capitalised {
            var close = m
            if close + 1 < tokens.count, tokens[close + 1].capitalised, spaced(text, tokens[close].end, tokens[close + 1].start, firstGap: false) {
                close += 1
            }
            guard text.at(tokens[close].end) == 41, close + 1 < tokens.count,
                  near(text, tokens[close].end + 1, tokens[close + 1].start) else { return nil }
            m = close + 1
        } else if !near(text, gapStart, tokens[m].start) {
            return nil
        }
        return postcode(text, tokens, m)
    }

    /// The last token of a "no number" mark at `k` in place of a house number: Spanish "s/n" or "S/N" (sin número),
    /// Italian "snc" (senza numero civico); nil otherwise.
    private static func noNumberEnd(_ text: ScannedText, _ tokens: [Token], _ k: Int) -> Int? {
        let token = tokens[k]
        let f = text.folded
        if token.end == token.start + 1, f[token.start] == 115, text.at(token.end) == 47, k + 1 < tokens.count,
           tokens[k + 1].start == token.end + 1, tokens[k + 1].end == tokens[k + 1].start + 1, f[tokens[k + 1].start] == 110 {
            return k + 1
        }
        if token.end == token.start + 3, f[token.start] == 115, f[token.start + 1] == 110, f[token.start + 2] == 99 { return k }
        return nil
    }

    /// Whether a unit word is glued to the house number by a slash (Austria: "Mariahilfer Straße 88/Top 12",
    /// "Hauptstraße 5/Stiege 2/Top 7").
    private static func slashJoined(_ text: ScannedText, _ end: Int, _ unit: Token) -> Bool {
        text.at(end) == 47 && unit.start == end + 1 && unit.capitalised
    }

    /// Roman floor numerals after a hyphen (Dutch "88-III", "12-I", "4-II").
    private static func isRomanFloor(_ text: ScannedText, _ token: Token) -> Bool {
        let length = token.end - token.start
        return length <= 4 && (token.start..<token.end).allSatisfy { [73, 86, 88].contains(text.values[$0]) }
    }

    /// Extends a street with a unit, postcode and city when they follow; after a unit or house-number range, also
    /// with the places that close the address without a postcode ("Av. Apoquindo 3000, depto. 1204, Las Condes,
    /// Santiago", "Calle 93 # 11-27, Apto 402, Bogotá").
    private static func extend(_ text: ScannedText, _ tokens: [Token], after t: Int, end: Int) -> (token: Int, end: Int) {
        let parts = extendParts(text, tokens, after: t, end: end)
        guard parts.token > t else { return countryTail(text, tokens, after: t, end: end) ?? parts }
        let closed = closingPlaces(text, tokens, parts)
        if closed.token == parts.token, let tail = unitCityTail(text, tokens, parts, street: t) { return tail }
        return closed
    }

    /// Countries in the seven languages, folded, for an address that closes with its country ("…, Luanda,
    /// Angola", "1070 Wien\nÖsterreich"). Hand-written for this project from general knowledge (own list):
    /// the EU and EFTA countries, the Americas, the Portuguese-, Spanish- and Dutch-speaking countries of
    /// Africa and the Caribbean, and a few others often shipped to.
    private static let countries = set(
        """
        germany deutschland allemagne alemania germania duitsland alemanha austria österreich autriche oostenrijk \
        áustria switzerland schweiz suisse svizzera suiza zwitserland suíça france frankreich francia frankrijk frança \
        spain spanien espagne españa spagna spanje espanha italy italien italie italia italië itália portugal portogallo \
        netherlands nederland niederlande holland belgium belgien belgique belgië bélgica belgio luxembourg luxemburg \
        lussemburgo luxemburgo ireland irland irlande irlanda ierland éire poland polen pologne polonia polónia polônia \
        denmark dänemark danemark dinamarca danimarca denemarken sweden schweden suède suecia svezia zweden suécia \
        norway norwegen norvège noruega norvegia noorwegen finland finnland finlande finlandia finlândia greece \
        griechenland grèce grecia griekenland grécia czechia tschechien hungary ungarn hongrie hungría ungheria \
        hongarije hungria romania rumänien roumanie rumanía roménia croatia kroatien croatie croacia croazia kroatië \
        croácia slovenia slowenien slovénie eslovenia slovenië slovakia slowakei slovaquie eslovaquia bulgaria bulgarien \
        bulgarie bulgarije estonia estland lithuania litauen latvia lettland malta cyprus zypern chypre chipre cipro \
        iceland islande islandia usa canada kanada canadá mexico méxico mexiko mexique messico brazil brasil brasilien \
        brésil brasile brazilië argentina argentinien argentine argentinië chile chili cile colombia kolumbien colombie \
        colômbia peru perú pérou venezuela ecuador equateur équateur uruguay paraguay bolivia bolivien bolivie bolívia \
        angola mozambique moçambique mosambik mozambico suriname surinam curaçao aruba marokko maroc marruecos marocco \
        marrocos morocco tunisia tunesien tunisie túnez tunisie algeria algerien algérie argelia turkey türkei turquie \
        turquía turchia turkije turquia australia australien australie australië nigeria ghana kenya senegal sénégal \
        india indien inde japan japon japón giappone china chine cina uk
        """
    )
    /// Countries of two words joined by a space (written `_` here) or a hyphen, folded: "United Kingdom",
    /// "Reino Unido", "Royaume-Uni" (same source as ``countries``).
    private static let countryPairs = WordSet(Set("""
        united_kingdom united_states vereinigtes_königreich royaume-uni reino_unido regno_unito verenigd_koninkrijk \
        vereinigte_staaten états-unis estados_unidos stati_uniti verenigde_staten cabo_verde cape_verde new_zealand \
        nueva_zelanda nouvelle-zélande nuova_zelanda nieuw-zeeland nova_zelândia são_tomé south_africa sudáfrica \
        südafrika zuid-afrika áfrica_do_sul república_dominicana costa_rica puerto_rico el_salvador czech_republic \
        países_bajos pays-bas paesi_bassi países_baixos guinea-bissau guiné-bissau
        """.split(separator: " ").map { [UInt32](scalarsOf: $0.replacingOccurrences(of: "_", with: " ")) }))

    /// The last token of a country of one or two words at token `k` ("Angola", "United Kingdom"), or nil.
    private static func countryAt(_ text: ScannedText, _ tokens: [Token], _ k: Int) -> Int? {
        guard k < tokens.count, tokens[k].capitalised, !tokens[k].isNumber else { return nil }
        if k + 1 < tokens.count, tokens[k + 1].start == tokens[k].end + 1, text.at(tokens[k].end) == 32 || text.at(tokens[k].end) == 45,
           tokens[k + 1].capitalised || text.at(tokens[k].end) == 45 {
            if countryPairs.contains(text, tokens[k].start, tokens[k + 1].end) { return k + 1 }
        }
        return countries.contains(text, tokens[k]) ? k : nil
    }

    /// A street without postcode closed by its city and country: "Kernkampweg 41, Paramaribo, Suriname",
    /// "Rua Rainha Ginga 74, 3.º andar, Luanda, Angola" (floor and door marks allowed before the city). The
    /// country must be known and close the address; one or two city or district runs may stand before it.
    private static func countryTail(_ text: ScannedText, _ tokens: [Token], after t: Int, end: Int) -> (token: Int, end: Int)? {
        var k = t + 1
        var last = end
        // Floor and door: "3.º andar", "2º Esq".
        var floors = k
        while floors < tokens.count, floors - k < 4, floors == k ? near(text, last, tokens[floors].start) : floorGap(text, tokens[floors - 1].end, tokens[floors].start),
              !tokens[floors].capitalised || tokens[floors].isNumber || tokens[floors].end - tokens[floors].start == 1,
              isFloorToken(text, tokens[floors]) {
            floors += 1
        }
        if floors > k {
            k = floors
            last = tokens[floors - 1].end
        }
        var runs = 0
        while runs < 3, k < tokens.count, text.at(last) == 44, text.at(last + 1) == 32, tokens[k].start == last + 2 {
            if let c = countryAt(text, tokens, k) {
                guard runs > 0, closesAddress(text, tokens[c].end), text.at(tokens[c].end) != 44 else { return nil }
                return (c, tokens[c].end)
            }
            guard tokens[k].capitalised, !tokens[k].isNumber, !isCommonWord(text, tokens[k]) || placePrefixes.contains(text, tokens[k]) else { return nil }
            let m = cityRun(text, tokens, from: k)
            guard m > k else { return nil }
            last = tokens[m - 1].end
            k = m
            runs += 1
        }
        return nil
    }

    /// A city that closes a strong street without a postcode: "Keizerstraat 141, Paramaribo.", "Rua Rainha Ginga 29,
    /// 3.º andar, Luanda.", "Av. Julius Nyerere 1120, 2.º andar, flat 4, Maputo." (floor, door and unit marks allowed
    /// before it). One run of capitalised place words after ", " that ends the text, its line or its sentence; a common
    /// word ("…, Danke.") is no city.
    private static func cityCloseTail(_ text: ScannedText, _ tokens: [Token], after t: Int, end: Int) -> (token: Int, end: Int)? {
        var k = t + 1
        var last = end
        var floors = k
        while floors < tokens.count, floors - k < 6,
              floors == k ? near(text, last, tokens[floors].start) : floorGap(text, tokens[floors - 1].end, tokens[floors].start) {
            let token = tokens[floors]
            let floorMark = (!token.capitalised || token.isNumber || token.end - token.start == 1) && isFloorToken(text, token)
            let unitWord = units.contains(text, token) && floors + 1 < tokens.count && tokens[floors + 1].isNumber
            guard floorMark || unitWord else { break }
            floors += 1
        }
        if floors > k {
            k = floors
            last = tokens[floors - 1].end
        }
        guard k < tokens.count, text.at(last) == 44, text.at(last + 1) == 32, tokens[k].start == last + 2,
              tokens[k].capitalised, !tokens[k].isNumber,
              !isCommonWord(text, tokens[k]) || placePrefixes.contains(text, tokens[k]) else { return nil }
        let m = cityRun(text, tokens, from: k)
        guard m > k else { return nil }
        let close = tokens[m - 1].end
        guard closesAddress(text, close), text.at(close) != 44, text.at(close) != 59,
              text.at(close) != 46 || close + 1 >= text.count || ScalarClass.isWhitespace(text.values[close + 1]) else { return nil }
        return (m - 1, close)
    }

    /// One or two city runs after a unit that closes the street without a postcode (Latin America):
    /// "Carrera 7 # 71-21, Apto 902, Bogotá, escribidme …", "Av. Providencia 1208, depto 1504, Providencia, Santiago y
    /// mi correo …". The runs end where a lower-case word follows (after a space or a comma) or the address closes.
    private static func unitCityTail(_ text: ScannedText, _ tokens: [Token], _ parts: (token: Int, end: Int), street t: Int) -> (token: Int, end: Int)? {
        let u = parts.token - 1
        guard u > t, units.contains(text, tokens[u]), tokens[parts.token].isNumber else { return nil }
        var last = parts.end
        var k = parts.token + 1
        var runs = 0
        while runs < 2, k < tokens.count, text.at(last) == 44, text.at(last + 1) == 32, tokens[k].start == last + 2,
              tokens[k].capitalised, !tokens[k].isNumber, !isCommonWord(text, tokens[k]) || placePrefixes.contains(text, tokens[k]) {
            let m = cityRun(text, tokens, from: k)
            guard m > k else { break }
            last = tokens[m - 1].end
            k = m
            runs += 1
        }
        guard runs > 0 else { return nil }
        let next = text.at(last)
        let closes = closesAddress(text, last) && next != 44
        let lowerAfter = (next == 44 || next == 32) && k < tokens.count && !tokens[k].capitalised && !tokens[k].isNumber
            && tokens[k].start <= last + 2
        guard closes || lowerAfter else { return nil }
        return (k - 1, last)
    }

    /// Up to three comma-separated runs of capitalised place words after `best` ("…, Las Condes, Santiago",
    /// "…, Chapinero, Bogotá"), kept only when the last one closes the address (end of text, line break or
    /// closing punctuation); `best` otherwise.
    private static func closingPlaces(_ text: ScannedText, _ tokens: [Token], _ best: (token: Int, end: Int)) -> (token: Int, end: Int) {
        var current = best
        var runs = 0
        var k = best.token + 1
        while runs < 3, k < tokens.count, text.at(current.end) == 44, text.at(current.end + 1) == 32, tokens[k].start == current.end + 2,
              tokens[k].capitalised, !tokens[k].isNumber, !isCommonWord(text, tokens[k]) || placePrefixes.contains(text, tokens[k]) {
            let m = cityRun(text, tokens, from: k)
            guard m > k else { break }
            let last = dottedInitials(text, tokens, m - 1)
            current = (last, tokens[last].end)
            runs += 1
            k = last + 1
        }
        guard runs > 0, closesAddress(text, current.end), text.at(current.end) != 44 else { return best }
        return current
    }

    /// Extends a run ending at a single capital over dot-joined capitals: "N.L.", "B.C." (state abbreviations).
    private static func dottedInitials(_ text: ScannedText, _ tokens: [Token], _ last: Int) -> Int {
        var last = last
        while last + 1 < tokens.count, tokens[last].end - tokens[last].start == 1, ScalarClass.isASCIIUpper(text.values[tokens[last].start]),
              text.at(tokens[last].end) == 46, tokens[last + 1].start == tokens[last].end + 1,
              tokens[last + 1].end - tokens[last + 1].start == 1, ScalarClass.isASCIIUpper(text.values[tokens[last + 1].start]) {
            last += 1
        }
        return last
    }

    /// Extends a street with a unit, postcode and city when they follow.
    private static func extendParts(_ text: ScannedText, _ tokens: [Token], after t: Int, end: Int) -> (token: Int, end: Int) {
        var best = (token: t, end: end)
        var k = t + 1
        // House-number ranges and unit suffixes: "45-2", "45/47", "12-14", stair and door "12/2/5".
        var parts = 0
        while parts < 2, k < tokens.count, tokens[k].start == best.end + 1, text.at(best.end) == 45 || text.at(best.end) == 47,
              tokens[k].isNumber, tokens[k].end - tokens[k].start <= 4 {
            best = (k, tokens[k].end)
            k += 1
            parts += 1
        }
        // A floor glued to the house number by a hyphen (Dutch): "88-III", "12-hs", "3-huis".
        if k < tokens.count, tokens[k].start == best.end + 1, text.at(best.end) == 45, !tokens[k].isNumber,
           isRomanFloor(text, tokens[k]) || (tokens[k].end - tokens[k].start <= 4 && floorWords.contains(text, tokens[k])) {
            best = (k, tokens[k].end)
            k += 1
        }
        // Unit: "Apt 4B", "Suite 200", "Torre 6 Dto. 3", Belgian "bus 0301" (a box number, no postcode);
        // a unit after a number sign where the address closes or a city follows, "Ave #14, Denver", "St, #3B"
        // (not "Downing Street #1 priority").
        var unitPairs = 0
        while unitPairs < 2, k < tokens.count {
            if k + 1 < tokens.count, units.contains(text, tokens[k]) || boxWords.contains(text, tokens[k]) || isOfficeAbbreviation(text, tokens[k]),
               tokens[k + 1].isNumber || isUnitLetter(text, tokens[k + 1]),
               near(text, best.end, tokens[k].start) || slashJoined(text, best.end, tokens[k]) {
                best = (k + 1, tokens[k + 1].end)
                k += 2
            } else if tokens[k].isNumber || isUnitCode(text, tokens[k]), text.at(tokens[k].start - 1) == 35,
                      tokens[k].start - 1 == best.end || near(text, best.end, tokens[k].start - 1),
                      closesAddress(text, tokens[k].end)
                        || (k + 1 < tokens.count && tokens[k + 1].capitalised && near(text, tokens[k].end, tokens[k + 1].start)) {
                best = (k, tokens[k].end)
                k += 1
            } else {
                break
            }
            unitPairs += 1
        }
        // A Mexican colonia after the street or unit: "…, Col. Roma Norte, 06700 …", "Colonia del Valle".
        if k + 1 < tokens.count, tokens[k].capitalised, near(text, best.end, tokens[k].start), colonyWords.contains(text, tokens[k]),
           let nameEnd = colonyName(text, tokens, after: k) {
            best = (nameEnd, tokens[nameEnd].end)
            k = nameEnd + 1
        }
        // A neighbourhood line between the street and the postcode (Brazil): "Rua X, 75\nBoa Viagem\n62439-122 Cidade / MG".
        if k < tokens.count, tokens[k].capitalised, !tokens[k].isNumber, lineBreakBetween(text, best.end, tokens[k].start) {
            var m = k
            while m + 1 < tokens.count, m - k < 3, !tokens[m + 1].isNumber, spaced(text, tokens[m].end, tokens[m + 1].start, firstGap: false) {
                m += 1
            }
            if m + 1 < tokens.count, lineBreakBetween(text, tokens[m].end, tokens[m + 1].start), postcode(text, tokens, m + 1) != nil {
                k = m + 1
                best = (m, tokens[m].end)
            }
        }
        // A neighbourhood after the number (Brazil): "Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200".
        if k < tokens.count, tokens[k].capitalised, !tokens[k].isNumber, stateSeparator(text, best.end, tokens[k].start) {
            var m = k
            while m + 1 < tokens.count, m - k < 3, tokens[m + 1].capitalised, !tokens[m + 1].isNumber,
                  spaced(text, tokens[m].end, tokens[m + 1].start, firstGap: false) {
                m += 1
            }
            if text.at(tokens[m].end) == 44 {
                let tail = extend(text, tokens, after: m, end: tokens[m].end)
                if tail.end > tokens[m].end { return tail }
            }
        }
        guard k < tokens.count, near(text, best.end, tokens[k].start)
                || (stateSeparator(text, best.end, tokens[k].start) && postcode(text, tokens, k) != nil) else { return best }
        // Floor and door before the postcode: "45, 3º B, 28001", "25, 2º Esq, 1200-093", "12 bus 3, 1000",
        // "45, 2. OG links, 10827", "17 rue X, Bâtiment B, 3e étage, 69003", "54, 3° piano, 20124".
        // A named building may stand among them: "résidence Les Acacias, bât. B, 31500", "palazzina B, int. 9, 00181".
        var floorEnd = k
        var buildingName = false
        while floorEnd < tokens.count, floorEnd - k < 10, postcode(text, tokens, floorEnd) == nil,
              floorEnd == k || floorGap(text, tokens[floorEnd - 1].end, tokens[floorEnd].start) {
            let token = tokens[floorEnd]
            if namedBuildingWords.contains(text, token) {
                buildingName = true
            } else if buildingName, floorEnd > k, text.at(tokens[floorEnd - 1].end) == 32,
                      token.capitalised || buildingArticles.contains(text, token) {
                // A word of the building's name, on the building word's side of the next comma.
            } else if isFloorToken(text, token) {
                buildingName = false
            } else {
                break
            }
            floorEnd += 1
        }
        if floorEnd > k, floorEnd < tokens.count, near(text, tokens[floorEnd - 1].end, tokens[floorEnd].start) {
            if postcode(text, tokens, floorEnd) != nil {
                k = floorEnd
            } else if let zipEnd = cityThenPostcode(text, tokens, floorEnd) {
                // The city before the postcode after a flat (Canada): "app. 3, Québec (Québec) G1R 1N8".
                return afterPostcode(text, tokens, zipEnd, cityRead: true)
            }
        }
        if let postEnd = postcode(text, tokens, k) {
            return afterPostcode(text, tokens, postEnd)
        }
        // City first: "London NW1 6XE", "Springfield, IL 62704", "Rio de Janeiro - RJ, 22240-003".
        let m = cityRun(text, tokens, from: k)
        guard m > k, m < tokens.count else { return best }
        // A county or region after the city: "Ennis, Co. Clare V95 X2Y3".
        // (Brazil: the city may start the next line, "Copacabana\nRio de Janeiro - RJ, 22041-001".)
        if postcode(text, tokens, m) == nil, !isState(text, tokens[m]), tokens[m].capitalised, !tokens[m].isNumber,
           near(text, tokens[m - 1].end, tokens[m].start),
           (tokens[m - 1].end..<tokens[m].start).contains(where: { text.values[$0] == 44 || text.values[$0] == 10 }) {
            let region = cityRun(text, tokens, from: m, dotted: true)
            if region > m, region < tokens.count, near(text, tokens[region - 1].end, tokens[region].start),
               let zipEnd = postcode(text, tokens, region) {
                return afterPostcode(text, tokens, zipEnd, cityRead: true)
            }
            // A neighbourhood before the city and its state (Brazil): "Av. Paulista 1578, Bela Vista, São Paulo - SP, 01310-200".
            if region > m, region + 1 < tokens.count, stateSeparator(text, tokens[region - 1].end, tokens[region].start),
               isState(text, tokens[region]), near(text, tokens[region].end, tokens[region + 1].start),
               let zipEnd = postcode(text, tokens, region + 1) {
                return afterPostcode(text, tokens, zipEnd, cityRead: true)
            }
            // The same without a CEP, the state closing the address: "Rua X, 2200, Copacabana, Rio de Janeiro - RJ",
            // "sala 3, Centro, Belo Horizonte/MG".
            if region > m, region < tokens.count, stateSeparator(text, tokens[region - 1].end, tokens[region].start),
               isState(text, tokens[region]), closesAddress(text, tokens[region].end) {
                return (region, tokens[region].end)
            }
        }
        // Brazilian state after the city: "São Paulo - SP, 01304-001", "Recife/PE 50030-230".
        if stateSeparator(text, tokens[m - 1].end, tokens[m].start), isState(text, tokens[m]), m + 1 < tokens.count,
           near(text, tokens[m].end, tokens[m + 1].start), let zipEnd = postcode(text, tokens, m + 1) {
            return afterPostcode(text, tokens, zipEnd, cityRead: true)
        }
        if let zipEnd = cityThenPostcode(text, tokens, k), tokens[zipEnd].start > tokens[m].start {
            // A province in brackets between the city and the postcode (Canada): "Québec (Québec) G1R 1N8".
            return afterPostcode(text, tokens, zipEnd, cityRead: true)
        }
        guard near(text, tokens[m - 1].end, tokens[m].start) else { return best }
        if let zipEnd = postcode(text, tokens, m) { return afterPostcode(text, tokens, zipEnd, cityRead: true) }
        // Dublin postal district before an Eircode: "Dublin 4, D04 X2Y7".
        if tokens[m].isNumber, tokens[m].end - tokens[m].start <= 2, m + 1 < tokens.count,
           near(text, tokens[m].end, tokens[m + 1].start), let zipEnd = postcode(text, tokens, m + 1) {
            return (zipEnd, tokens[zipEnd].end)
        }
        // "Springfield, IL 62704", "Lake Sarah, QLD, 4120", "Toronto, ON M5H2N2".
        if isRegionCode(text, tokens[m]), m + 1 < tokens.count, near(text, tokens[m].end, tokens[m + 1].start),
           let zipEnd = postcode(text, tokens, m + 1) {
            return regionTail(text, tokens, (zipEnd, tokens[zipEnd].end))
        }
        return best
    }

    /// Extends a postcode ending at token `postEnd` with the city, state or province after it
    /// ("10115 Berlin", "62439-122 Novaes / MG", "10123 Torino (TO)", "4400, Salta").
    /// After a city already read (`cityRead`, "Renascença, 95995-718 Mendes / AC") a second city must
    /// follow on the same line after a space.
    private static func afterPostcode(_ text: ScannedText, _ tokens: [Token], _ postEnd: Int, cityRead: Bool = false) -> (token: Int, end: Int) {
        var last = postEnd
        var m = postEnd + 1
        // "'s-Hertogenbosch", "'s-Gravenhage", "'t Harde": an elided Dutch article before the city's name.
        if m + 1 < tokens.count, isElidedArticle(text, tokens, m), near(text, tokens[postEnd].end, tokens[m].start - 1) {
            last = m + 1
            m += 2
        }
        while m < tokens.count, m - postEnd <= 3, tokens[m].capitalised, !tokens[m].isNumber, !cityRead || !isCommonWord(text, tokens[m]),
              spaced(text, tokens[m - 1].end, tokens[m].start, firstGap: m == postEnd + 1 && !cityRead) {
            last = m
            m += 1
        }
        // The rest of a compound city name: "Aix-en-Provence", "Zell am See", "Frankfurt am Main", "Biel/Bienne".
        if last > postEnd {
            (last, m) = cityContinuation(text, tokens, last)
            // A French business-delivery office number: "75001 Paris Cedex 01", "13602 Aix-en-Provence Cedex 1".
            if m < tokens.count, tokens[m].isNumber, tokens[m].end - tokens[m].start <= 2, single(text, tokens[last], tokens[m]),
               text.at(tokens[last].end) == 32, cedex.count == tokens[last].end - tokens[last].start,
               text.hasFoldedPrefix(cedex, at: tokens[last].start) {
                last = m
                m += 1
            }
        }
        // Brazilian state after the city: "62439-122 Novaes / MG".
        if last > postEnd, m < tokens.count, isState(text, tokens[m]), stateSeparator(text, tokens[last].end, tokens[m].start) {
            return (m, tokens[m].end)
        }
        // Italian province after the city: "10123 Torino (TO)".
        if last > postEnd, m < tokens.count, isState(text, tokens[m]), tokens[m].start == tokens[last].end + 2,
           text.at(tokens[last].end) == 32, text.at(tokens[last].end + 1) == 40, text.at(tokens[m].end) == 41 {
            return (m, tokens[m].end + 1)
        }
        // A region in brackets after the city: "87435 Kempten (Allgäu)", "10115 Berlin (Mitte)": one to three
        // capitalised words, no digit, the bracket closed right after them.
        if last > postEnd, m < tokens.count, tokens[m].start == tokens[last].end + 2, text.at(tokens[last].end) == 32,
           text.at(tokens[last].end + 1) == 40, tokens[m].capitalised, !tokens[m].isNumber {
            var r = m
            while r + 1 < tokens.count, r - m < 2, tokens[r + 1].capitalised, !tokens[r + 1].isNumber,
                  spaced(text, tokens[r].end, tokens[r + 1].start, firstGap: false) || tokens[r + 1].start == tokens[r].end + 1 && text.at(tokens[r].end) == 45 {
                r += 1
            }
            if text.at(tokens[r].end) == 41 { return (r, tokens[r].end + 1) }
        }
        return regionTail(text, tokens, (last, tokens[last].end))
    }

    /// Whether token `m` is the elided Dutch article "'s" or "'t" (apostrophe before it) joined by a hyphen or space
    /// to a capitalised word: "'s-Hertogenbosch", "'t Zandt".
    private static func isElidedArticle(_ text: ScannedText, _ tokens: [Token], _ m: Int) -> Bool {
        let token = tokens[m]
        guard token.end == token.start + 1, m + 1 < tokens.count else { return false }
        let letter = text.folded[token.start]
        let apostrophe = text.at(token.start - 1)
        let joiner = text.at(token.end)
        return (letter == 115 || letter == 116) && (apostrophe == 39 || apostrophe == 0x2019) && (joiner == 45 || joiner == 32)
            && tokens[m + 1].start == token.end + 1 && tokens[m + 1].capitalised && !tokens[m + 1].isNumber
    }

    /// Adds a province or country that closes the address after a comma ("Formosa 3600, Formosa",
    /// "London NW1 6XE, United Kingdom"): up to three capitalised words, no common word, followed by
    /// the end of the text, a line break or closing punctuation.
    private static func regionTail(_ text: ScannedText, _ tokens: [Token], _ best: (token: Int, end: Int)) -> (token: Int, end: Int) {
        let k = best.token + 1
        // A country on its own line after the city line: "Bristol BS1 4QA\nUnited Kingdom", "1070 Wien\nÖsterreich".
        if k < tokens.count, text.at(best.end) == 10 || (text.at(best.end) == 13 && text.at(best.end + 1) == 10),
           tokens[k].start == best.end + (text.at(best.end) == 13 ? 2 : 1), let c = countryAt(text, tokens, k) {
            let after = text.at(tokens[c].end)
            if tokens[c].end >= text.count || after == 10 || after == 13 { return (c, tokens[c].end) }
        }
        guard k < tokens.count, text.at(best.end) == 44, tokens[k].start == best.end + 2, text.at(best.end + 1) == 32,
              tokens[k].capitalised, !tokens[k].isNumber,
              !isCommonWord(text, tokens[k]) || placePrefixes.contains(text, tokens[k]) else { return best }
        let m = cityRun(text, tokens, from: k)
        guard m > k else { return best }
        let last = dottedInitials(text, tokens, m - 1)
        let end = tokens[last].end
        let next = text.at(end)
        // A state code may go on into the sentence ("…, 03940 Ciudad de México, CDMX y mi número").
        guard end >= text.count || [10, 13, 46, 33, 63, 41, 59].contains(next) || (last == k && isRegionCode(text, tokens[k]) && next == 32 && ScalarClass.isLower(text.at(end + 1))) else { return best }
        return (last, end)
    }

    /// Common words that begin place names ("Santa Fe", "New South Wales", "La Rioja").
    private static let placePrefixes = set("santa san são sao saint st new nueva nuevo rio río porto monte vila villa puerto buenos la le el los las")

    /// Whether `token` is a state or province code of two to four capitals ("IL", "NSW", "QLD").
    private static func isRegionCode(_ text: ScannedText, _ token: Token) -> Bool {
        (2...4).contains(token.end - token.start) && (token.start..<token.end).allSatisfy { ScalarClass.isASCIIUpper(text.values[$0]) }
    }

    /// The token after a run of up to three capitalised city words from `k` (lower-case city particles
    /// between them, "Rio de Janeiro"; with `dotted`, abbreviations such as "Co. Clare" too).
    private static func cityRun(_ text: ScannedText, _ tokens: [Token], from k: Int, dotted: Bool = false) -> Int {
        var m = k
        var words = 0
        while m < tokens.count, words < 3, !tokens[m].isNumber, postcode(text, tokens, m) == nil {
            let joined = m == k || spaced(text, tokens[m - 1].end, tokens[m].start, firstGap: false)
                || (dotted && tokens[m].start == tokens[m - 1].end + 2 && text.at(tokens[m - 1].end) == 46 && text.at(tokens[m - 1].end + 1) == 32)
            guard joined else { break }
            if tokens[m].capitalised {
                words += 1
                m += 1
            } else if m > k, cityParticles.contains(text, tokens[m]), m + 1 < tokens.count, tokens[m + 1].capitalised,
                      !tokens[m + 1].isNumber, spaced(text, tokens[m].end, tokens[m + 1].start, firstGap: false) {
                m += 1
            } else {
                break
            }
        }
        return m
    }

    /// Whether `token` is "Of." (oficina) with its capital and dot: "Piso 3, Of. 302" (not the English "of").
    private static func isOfficeAbbreviation(_ text: ScannedText, _ token: Token) -> Bool {
        token.end - token.start == 2 && text.values[token.start] == 79 && text.values[token.start + 1] == 102 && text.at(token.end) == 46
    }

    /// Whether `token` is a single capital letter naming a flat or door ("depto B", "Apt C").
    private static func isUnitLetter(_ text: ScannedText, _ token: Token) -> Bool {
        token.end - token.start == 1 && ScalarClass.isASCIIUpper(text.values[token.start])
    }

    /// Whether `token` is a flat code of two to four capitals and digits with both in it (Edinburgh "2F1", "PF3"):
    /// read only after a unit word.
    private static func isUnitCode(_ text: ScannedText, _ token: Token) -> Bool {
        guard (2...4).contains(token.end - token.start) else { return false }
        var digits = 0
        var letters = 0
        for k in token.start..<token.end {
            let c = text.values[k]
            if ScalarClass.isDigit(c) { digits += 1 } else if ScalarClass.isASCIIUpper(c) { letters += 1 } else { return false }
        }
        return digits > 0 && letters > 0
    }

    /// Mexican neighbourhood words before the colonia's name ("Col. Roma Norte", "Fracc. Las Águilas").
    /// Source: Correos de México address format (colonia, asentamiento); facts, no copied list.
    private static let colonyWords = set("col colonia fracc fraccionamiento")

    /// The last token of a colonia's name after the colonia word at `k`: one to four capitalised words with
    /// particles between them ("del Valle", "Crédito Constructor", "Guadalupe Inn"); nil when none follows.
    private static func colonyName(_ text: ScannedText, _ tokens: [Token], after k: Int) -> Int? {
        let gap = tokens[k + 1].start - tokens[k].end
        guard gap == 1 || (gap == 2 && text.at(tokens[k].end) == 46), text.at(tokens[k + 1].start - 1) == 32 else { return nil }
        var last: Int?
        var m = k + 1
        var words = 0
        while m < tokens.count, words < 4, !tokens[m].isNumber,
              m == k + 1 || spaced(text, tokens[m - 1].end, tokens[m].start, firstGap: false) {
            if tokens[m].capitalised {
                last = m
                words += 1
            } else if !(cityParticles.contains(text, tokens[m]) || buildingArticles.contains(text, tokens[m])) {
                break
            }
            m += 1
        }
        return last
    }

    /// Lower-case words inside city names ("Zell am See", "Boulogne-sur-Mer", "Castelnuovo del Garda").
    private static let cityParticles = set("am an im in der den dem bei ob sur sous en lès les le la de du des del della di aan op do da dos das upon")

    /// Articles and conjunctions found only between hyphens inside city names ("Montemor-o-Novo", "Vila-a-Nova",
    /// "Entre-os-Rios"); on their own they are ordinary words ("o" is "or" in Spanish). Hand-written (own list).
    private static let hyphenCityParticles = set("o a os as e y")

    /// Whether exactly one line break (with spaces or a comma) lies between `a` and `b`.
    private static func lineBreakBetween(_ text: ScannedText, _ a: Int, _ b: Int) -> Bool {
        near(text, a, b) && (a..<b).contains { text.values[$0] == 10 }
    }

    /// Extends a city name ending at token `last` over hyphen- or slash-joined parts and lower-case particles
    /// followed by a capitalised word; returns the new last token and the token after it.
    private static func cityContinuation(_ text: ScannedText, _ tokens: [Token], _ last: Int) -> (Int, Int) {
        var last = last
        var m = last + 1
        while m < tokens.count, m - last <= 3, !tokens[m].isNumber {
            let gap = tokens[m].start - tokens[last].end
            let joiner = gap == 1 && (text.at(tokens[last].end) == 45 || text.at(tokens[last].end) == 47)
            if joiner, tokens[m].capitalised || cityParticles.contains(text, tokens[m]) || hyphenCityParticles.contains(text, tokens[m]) {
                // A particle must lead to a capitalised part: "sur-Mer", "la-Forêt".
                if !tokens[m].capitalised {
                    guard m + 1 < tokens.count, tokens[m + 1].capitalised, tokens[m + 1].start == tokens[m].end + 1,
                          text.at(tokens[m].end) == 45 else { break }
                    last = m + 1
                    m += 2
                    continue
                }
                last = m
                m += 1
                continue
            }
            if gap == 1, text.at(tokens[last].end) == 32, tokens[m].capitalised, m - 1 == last, !isState(text, tokens[m]),
               !isCommonWord(text, tokens[m]), last > 0, !tokens[last - 1].isNumber {
                last = m
                m += 1
                continue
            }
            if gap == 1, text.at(tokens[last].end) == 32, !tokens[m].capitalised, cityParticles.contains(text, tokens[m]),
               m + 1 < tokens.count, tokens[m + 1].capitalised, !tokens[m + 1].isNumber, tokens[m + 1].start == tokens[m].end + 1,
               text.at(tokens[m].end) == 32 {
                last = m + 1
                m += 2
                continue
            }
            // Two particles: "Ouderkerk aan de Amstel", "Alphen aan den Rijn", "Halle an der Saale".
            if gap == 1, text.at(tokens[last].end) == 32, !tokens[m].capitalised, cityParticles.contains(text, tokens[m]),
               m + 2 < tokens.count, !tokens[m + 1].capitalised, cityParticles.contains(text, tokens[m + 1]),
               tokens[m + 1].start == tokens[m].end + 1, text.at(tokens[m].end) == 32,
               tokens[m + 2].capitalised, !tokens[m + 2].isNumber, tokens[m + 2].start == tokens[m + 1].end + 1,
               text.at(tokens[m + 1].end) == 32 {
                last = m + 2
                m += 3
                continue
            }
            break
        }
        return (last, m)
    }

    /// Whether `token` is a two-letter upper-case state code ("IL", "SP").
    private static func isState(_ text: ScannedText, _ token: Token) -> Bool {
        token.end - token.start == 2 && (token.start..<token.end).allSatisfy { ScalarClass.isASCIIUpper(text.values[$0]) }
    }

    /// Whether a dash or slash (with optional spaces) separates a city from its state: " - ", "/".
    private static func stateSeparator(_ text: ScannedText, _ a: Int, _ b: Int) -> Bool {
        guard b > a, b - a <= 3 else { return false }
        var marks = 0
        for k in a..<b {
            let c = text.values[k]
            if c == 45 || c == 47 || c == 0x2013 { marks += 1 } else if c != 32 { return false }
        }
        return marks == 1
    }

    /// Whether tokens `post...postEnd` are a Dutch postcode "1234 AB" (four digits, two letters).
    private static func isDutchPostcode(_ text: ScannedText, _ tokens: [Token], _ post: Int, _ postEnd: Int) -> Bool {
        postEnd == post + 1 && tokens[post].end - tokens[post].start == 4 && tokens[postEnd].end - tokens[postEnd].start == 2
            && !tokens[postEnd].isNumber && (tokens[post].start..<tokens[post].end).allSatisfy { ScalarClass.isDigit(text.values[$0]) }
    }

    /// Whether the text ends at `end` or a line break or closing punctuation follows it.
    private static func closesAddress(_ text: ScannedText, _ end: Int) -> Bool {
        end >= text.count || [10, 13, 46, 44, 59, 33, 63, 41].contains(text.values[end])
    }

    /// Post-box words that take the box number right after them ("Postfach 10 12 34", "Postbus 1234", "Apdo. 55").
    private static let postBoxWords = set("postfach postbus apdo bp")
    /// Two-word post-box phrases: "Caixa Postal 1234", "Casella Postale 45", "Boîte postale 12", "PO Box 4471".
    private static let postBoxHeads = set("caixa casella boîte boite po")
    private static let postBoxTails = set("postal postale box")

    /// A post-office box with its number at token `t`: "PO Box 4471", "P.O. Box 12", "Postfach 10 12 34",
    /// "Caixa Postal 1234", "Apartado de Correos 1234", "Casella Postale 45", "Postbus 1234"; the caller
    /// extends it with the postcode and city. Returns the number's token and end, and whether the box is weak
    /// (kept only when a postcode or city follows): every box but "PO Box" with a number of fewer than three
    /// digits, since "Postfach", "apartado" and "caixa postal" are also an inbox, a section and a voicemail
    /// ("In meinem Postfach 2 neue Mails", "el apartado 5 de las condiciones", "caixa postal 3 vezes").
    private static func postBox(_ text: ScannedText, _ tokens: [Token], _ t: Int) -> (Int, Int, Bool)? {
        let first = tokens[t]
        let length = first.end - first.start
        guard !first.isNumber, length <= 8, t + 1 < tokens.count else { return nil }
        // Structural tests before the word look-ups: every box word starts with "po", "ap", "ca" or "bo"
        // (folded; "P.O." reads as the token "P"), and the box number follows within three tokens.
        let f = text.folded
        guard length >= 2 || f[first.start] == 112 else { return nil }
        switch (f[first.start], length >= 2 ? f[first.start + 1] : 0) {
        case (112, 111), (112, 0), (97, 112), (99, 97), (98, 111), (98, 112): break
        default: return nil
        }
        guard tokens[t + 1].isNumber || (t + 2 < tokens.count && tokens[t + 2].isNumber)
                || (t + 3 < tokens.count && tokens[t + 3].isNumber) else { return nil }
        var k = t + 1
        if postBoxWords.contains(text, first) {
            // one word
        } else if t + 2 < tokens.count, text.folded[first.start] == 112, length == 1, text.at(first.end) == 46,
                  tokens[t + 1].start == first.end + 1, tokens[t + 1].end == tokens[t + 1].start + 1,
                  text.folded[tokens[t + 1].start] == 111, postBoxTails.contains(text, tokens[t + 2]) {
            // "P.O. Box 12"
            k = t + 3
        } else if t + 1 < tokens.count, postBoxHeads.contains(text, first), postBoxTails.contains(text, tokens[t + 1]),
                  single(text, first, tokens[t + 1]) {
            k = t + 2
        } else if t + 1 < tokens.count, length == 8, first.capitalised, text.hasFoldedPrefix(apartado, at: first.start) {
            // "Apartado 1234", "Apartado de Correos 1234".
            if t + 3 < tokens.count, text.hasFoldedPrefix(deCorreos, at: first.end) { k = t + 3 }
        } else {
            return nil
        }
        guard k < tokens.count, tokens[k].isNumber, near(text, tokens[k - 1].end, tokens[k].start),
              !(tokens[k - 1].end..<tokens[k].start).contains(where: { text.values[$0] == 10 || text.values[$0] == 44 }) else { return nil }
        // "Postfach 10 12 34": two-digit groups of the box number.
        var last = k
        while last + 1 < tokens.count, last - k < 3, tokens[last + 1].isNumber, tokens[last + 1].end - tokens[last + 1].start == 2,
              tokens[last + 1].start == tokens[last].end + 1, text.at(tokens[last].end) == 32 {
            last += 1
        }
        var digits = 0
        for index in k...last { digits += tokens[index].end - tokens[index].start }
        let poBox = f[first.start] == 112 && length <= 2
        // French "BP 314" (boîte postale) is also a blood pressure ("BP 120/80") or a company: it counts only
        // with a postcode right after its number.
        let bp = f[first.start] == 98 && length == 2
        if bp {
            guard last + 1 < tokens.count, near(text, tokens[last].end, tokens[last + 1].start),
                  postcode(text, tokens, last + 1) != nil else { return nil }
        }
        return (last, tokens[last].end, bp || (!poBox && digits < 3))
    }

    private static let apartado = [UInt32](scalarsOf: "apartado")
    private static let cedex = [UInt32](scalarsOf: "cedex")
    private static let deCorreos = [UInt32](scalarsOf: " de correos ")

    /// House-number suffixes: "210bis", "12ter", "5quater".
    private static let numberSuffixes = set("bis ter quater")

    private static let floorWords = set(
        "bajo izq izda izquierda dcha dch derecha esq esquerdo dto dt drt direito esc escalera puerta pta piso planta int interno scala piano bus bte boîte étage etage apt app appt hab bis ter quater º ª " +
        // German, French, Portuguese, Dutch and English floor and wing words ("2. OG links", "Hinterhaus, 3. Stock",
        // "Whg. 8", "Bâtiment B, escalier C, 4e étage", "4.º andar", "3 hoog", "2nd floor").
        "og eg ug dg stock stockwerk etage links rechts mitte hinterhaus vorderhaus seitenflügel whg wohnung " +
        "bâtiment bât batiment escalier porte appartement andar verdieping hoog floor fl " +
        // Italian, Spanish, Catalan, Portuguese and Dutch building, mezzanine and ground-floor words ("palazzina B, int. 9",
        // "entresuelo 1ª", "entresòl 2a", "ático", "r/c Esq." (rés-do-chão), "12-hs" (huis)). Sources: common address
        // conventions of the postal services (Poste Italiane, Correos, CTT, PostNL addressing guides); no copied list.
        "palazzina edificio fabbricato lotto entresuelo entlo entresòl entresol ático atico àtic principal pral bloque portal " +
        "r c rc hs huis " +
        // Door sides in French and Italian ("3e étage porte gauche", "2° piano, scala B, interno 4 sinistra").
        "gauche droite sinistra destra"
    )

    /// Building words whose name (capitalised words and articles) may follow in a tail ("résidence Les Acacias, bât. B").
    private static let namedBuildingWords = set("résidence residence immeuble edificio palazzina condominio condomínio finca")

    /// Whether only spaces, commas, dots, degree signs and at most one line break lie between two floor
    /// tokens ("2. OG", "3° piano", "4.º andar", "Whg. 8").
    private static func floorGap(_ text: ScannedText, _ a: Int, _ b: Int) -> Bool {
        guard b > a, b - a <= 4 else { return false }
        var breaks = 0
        for k in a..<b {
            let c = text.values[k]
            if c == 10 { breaks += 1 } else if !(c == 32 || c == 44 || c == 46 || c == 0xB0 || c == 13 || c == 0xA0 || c == 47) { return false }
        }
        return breaks <= 1
    }

    /// Whether `token` is a floor, door or staircase mark: "3º", "2ª", "4B", "B", "Esq", "bus".
    private static func isFloorToken(_ text: ScannedText, _ token: Token) -> Bool {
        let length = token.end - token.start
        if token.isNumber, length <= 4 { return true }
        if length == 1, ScalarClass.isASCIIUpper(text.values[token.start]) { return true }
        return length <= 12 && floorWords.contains(text, token)
    }

    /// Whether only spaces (or, for `firstGap`, a comma/line break as in ``near``) lie between.
    private static func spaced(_ text: ScannedText, _ a: Int, _ b: Int, firstGap: Bool) -> Bool {
        if firstGap { return near(text, a, b) }
        guard b > a, b - a <= 2 else { return false }
        return (a..<b).allSatisfy { text.values[$0] == 32 || text.values[$0] == 0xA0 }
    }

    /// Whether `b` follows `a` after only spaces, a comma or one line break.
    private static func near(_ text: ScannedText, _ a: Int, _ b: Int) -> Bool {
        guard b > a, b - a <= 4 else { return false }
        var breaks = 0
        for k in a..<b {
            let c = text.values[k]
            if c == 10 { breaks += 1 } else if !(c == 32 || c == 44 || c == 13 || c == 0xA0 || (c == 46 && k == a)) { return false }
        }
        return breaks <= 1
    }

    /// Country letters written before a postcode with a hyphen ("L-3377 Leudelange", "CH-8001 Zürich"): the
    /// international vehicle registration codes of the countries that used the style (UN 1949 Convention on
    /// Road Traffic, Annex 4; facts, no copied list).
    private static let countryPrefixes = set("a b d e f i l p ch nl lu de fr be at it es pt")

    /// The last token of a postcode starting at token `t`: 4–5 digits, `1234 AB`, `1234-567`,
    /// UK `SW1A 1AA` and Canadian `K1A 0B1`.
    private static func postcode(_ text: ScannedText, _ tokens: [Token], _ t: Int) -> Int? {
        guard t < tokens.count else { return nil }
        let token = tokens[t]
        let v = text.values
        let length = token.end - token.start
        // A country letter before the postcode (Luxembourg, and the old European style): "L-3377", "D-10115", "CH-8001".
        if length <= 2, t + 1 < tokens.count, text.at(token.end) == 45, tokens[t + 1].start == token.end + 1,
           countryPrefixes.contains(text, token), (token.start..<token.end).allSatisfy({ ScalarClass.isASCIIUpper(v[$0]) }) {
            let next = tokens[t + 1]
            let nextLength = next.end - next.start
            if nextLength == 4 || nextLength == 5, (next.start..<next.end).allSatisfy({ ScalarClass.isDigit(v[$0]) }) { return t + 1 }
        }
        let allDigits = (token.start..<token.end).allSatisfy { ScalarClass.isDigit(v[$0]) }
        if allDigits, length == 4 || length == 5 {
            if t + 1 < tokens.count, adjacent(text, token, tokens[t + 1]) || text.at(token.end) == 45 {
                let next = tokens[t + 1]
                let nextLength = next.end - next.start
                let nextUpper = (next.start..<next.end).allSatisfy { ScalarClass.isASCIIUpper(v[$0]) }
                if length == 4, nextLength == 2, nextUpper { return t + 1 }  // NL
                if length == 4, text.at(token.end) == 45, nextLength == 3, next.isNumber { return t + 1 }  // PT
                if length == 5, text.at(token.end) == 45, nextLength == 4, next.isNumber { return t + 1 }  // ZIP+4
                if length == 5, text.at(token.end) == 45, nextLength == 3, next.isNumber { return t + 1 }  // BR CEP
            }
            return t
        }
        // NL postcode written without the space: "2704BX".
        if length == 6, (token.start..<token.start + 4).allSatisfy({ ScalarClass.isDigit(v[$0]) }), v[token.start] != 48,
           ScalarClass.isASCIIUpper(v[token.start + 4]), ScalarClass.isASCIIUpper(v[token.start + 5]) {
            return t
        }
        // CA postcode written without the space: "H6N7C5".
        if length == 6, (0..<6).allSatisfy({ $0 % 2 == 0 ? ScalarClass.isASCIIUpper(v[token.start + $0]) : ScalarClass.isDigit(v[token.start + $0]) }) {
            return t
        }
        // AR CPA: province letter + four digits (+ three letters): "C1043", "C1043AAB".
        if length == 5 || length == 8, ScalarClass.isASCIIUpper(v[token.start]),
           (token.start + 1..<token.start + 5).allSatisfy({ ScalarClass.isDigit(v[$0]) }),
           (token.start + 5..<token.end).allSatisfy({ ScalarClass.isASCIIUpper(v[$0]) }) {
            return t
        }
        // IE Eircode: routing key (letter, two digits, or "D6W") + four-character identifier: "D04 X2Y7".
        if length == 3, ScalarClass.isASCIIUpper(v[token.start]), ScalarClass.isDigit(v[token.start + 1]),
           ScalarClass.isDigit(v[token.start + 2]) || v[token.start + 2] == 87, t + 1 < tokens.count {
            let next = tokens[t + 1]
            if next.start - token.end == 1, next.end - next.start == 4,
               (next.start..<next.end).allSatisfy({ ScalarClass.isASCIIUpper(v[$0]) || ScalarClass.isDigit(v[$0]) }),
               (next.start..<next.end).contains(where: { ScalarClass.isDigit(v[$0]) }),
               (next.start..<next.end).contains(where: { ScalarClass.isASCIIUpper(v[$0]) }) {
                return t + 1
            }
        }
        // UK / CA: alphanumeric outward code + inward code.
        let mixed = (token.start..<token.end).allSatisfy { ScalarClass.isASCIIUpper(v[$0]) || ScalarClass.isDigit(v[$0]) }
        if mixed, (2...4).contains(length), ScalarClass.isASCIIUpper(v[token.start]), t + 1 < tokens.count {
            let next = tokens[t + 1]
            let nv = (next.start..<next.end).map { v[$0] }
            if next.start - token.end == 1, nv.count == 3, ScalarClass.isDigit(nv[0]) || ScalarClass.isDigit(nv[1]),
               nv.allSatisfy({ ScalarClass.isASCIIUpper($0) || ScalarClass.isDigit($0) }),
               (token.start..<token.end).contains(where: { ScalarClass.isDigit(v[$0]) }) {
                return t + 1
            }
        }
        return nil
    }

    /// Where the answer starts on the line after a question mark at `position`: after quote markers
    /// ("> ") and a short speaker label ("joost: "); nil when no question ends at `position`.
    private static func answerLine(_ text: ScannedText, afterQuestion position: Int) -> Int? {
        let v = text.values
        var j = position
        guard j < text.count, v[j] == 63 else { return nil }
        j += 1
        while j < text.count, v[j] == 32 || v[j] == 13 { j += 1 }
        guard j < text.count, v[j] == 10 else { return nil }
        j += 1
        while j < text.count, v[j] == 32 || v[j] == 62 || v[j] == 9 { j += 1 }
        var k = j
        while k < text.count, k - j < 24, ScalarClass.isLetter(v[k]) { k += 1 }
        if k > j, k + 1 < text.count, v[k] == 58, v[k + 1] == 32 {
            j = k + 2
            while j < text.count, v[j] == 32 { j += 1 }
        }
        return j
    }

    /// Whether only spaces and `.`/`!` stand between `end` and the line's end.
    private static func endsLine(_ text: ScannedText, _ end: Int) -> Bool {
        var k = end
        while k < text.count, text.values[k] == 32 || text.values[k] == 46 || text.values[k] == 33 || text.values[k] == 13 { k += 1 }
        return k >= text.count || text.values[k] == 10
    }
}
