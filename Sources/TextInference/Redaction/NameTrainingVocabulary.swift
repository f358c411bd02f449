/// The word lists `supportstream train names` learns from: names (positives) and ordinary capitalised
/// or common words (negatives), all folded by ``ScalarClass/fold(_:)``.
///
/// Positives are the given-name and surname lexicons (hand-written lists and the Faker-derived
/// extensions). Negatives are words that occur in lower case in the seven languages' sentence corpora,
/// German words capitalised inside a sentence in the German corpus only (nouns; names and places also
/// occur capitalised in other languages' corpora and are left out), every word of the CLDR phrase
/// lists, the redactor's own place and non-name tables and ``extraNonNames``. A word that is also a
/// listed name is never a negative.
public struct NameTrainingVocabulary: Sendable {
    /// Distinct folded names, sorted.
    public let names: [String]
    /// Distinct folded non-names, sorted.
    public let nonNames: [String]

    /// Lists given as they are (folded words), for tests.
    init(names: [String], nonNames: [String]) {
        self.names = Array(Set(names)).sorted()
        self.nonNames = Array(Set(nonNames).subtracting(names)).sorted()
    }

    /// The languages whose corpora give the negatives.
    public static let languages = ["en", "de", "fr", "es", "it", "nl", "pt"]

    /// Builds the lists from sentence corpora and CLDR phrase lists, by language code.
    public init(corpora: [String: [String]], cldr: [String: [String]]) {
        var names = Set<String>()
        for list in [FirstNameLexicon.raw, FirstNameLexicon.extensionNames, SurnameLexicon.raw, SurnameLexicon.extensionNames] {
            for word in Self.words(list) where word.unicodeScalars.count >= 2 { names.insert(word) }
        }
        var negatives = Set<String>()
        var capitalisedElsewhere = Set<String>()
        var germanCapitalised: [String: Int] = [:]
        for language in Self.languages {
            for line in corpora[language] ?? [] {
                Self.forEachToken(line) { word, lowercase, midSentence in
                    if lowercase {
                        negatives.insert(word)
                    } else if midSentence {
                        if language == "de" { germanCapitalised[word, default: 0] += 1 } else { capitalisedElsewhere.insert(word) }
                    }
                }
            }
            for line in cldr[language] ?? [] {
                Self.forEachToken(line) { word, _, _ in negatives.insert(word) }
            }
        }
        for (word, count) in germanCapitalised where count >= 2 && !capitalisedElsewhere.contains(word) { negatives.insert(word) }
        for list in [LexiconPersonRecognizer.placeList, LexiconPersonRecognizer.nonNameList, Self.extraNonNames] {
            for word in Self.words(list) { negatives.insert(word) }
        }
        negatives = negatives.filter { $0.unicodeScalars.count >= 2 && !names.contains($0) }
        self.names = names.sorted()
        self.nonNames = negatives.sorted()
    }

    /// The folded, space-separated words of `list`.
    static func words(_ list: String) -> [String] {
        list.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\\" }).map { fold(String($0)) }
    }

    /// `word` folded scalar by scalar.
    static func fold(_ word: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            if let folded = Unicode.Scalar(ScalarClass.fold(scalar.value)) { result.append(folded) }
        }
        return String(result)
    }

    /// Calls `body` with each letter word of `line` (inner apostrophes and hyphens kept), folded, whether it
    /// was written in lower case, and whether it stands inside a sentence (not first on the line, not after
    /// `.`, `!`, `?`, `:` or a quotation mark).
    static func forEachToken(_ line: String, _ body: (String, Bool, Bool) -> Void) {
        let v = line.unicodeScalars.map(\.value)
        var i = 0
        var sentenceStart = true
        while i < v.count {
            let c = v[i]
            guard ScalarClass.isLetter(c) else {
                if [46, 33, 63, 58, 34, 0xAB, 0xBB, 0x201C, 0x201D, 0x201E, 0xBF, 0xA1].contains(c) { sentenceStart = true }
                i += 1
                continue
            }
            var e = i + 1
            while e < v.count, ScalarClass.isLetter(v[e])
                    || ((v[e] == 39 || v[e] == 45 || v[e] == 0x2019) && e + 1 < v.count && ScalarClass.isLetter(v[e + 1])) { e += 1 }
            let word = String(String.UnicodeScalarView(v[i..<e].compactMap { Unicode.Scalar(ScalarClass.fold($0)) }))
            let lowercase = ScalarClass.isLower(c)
            let allCaps = e - i > 1 && (i..<e).allSatisfy { !ScalarClass.isLower(v[$0]) }
            if !allCaps { body(word, lowercase, !sentenceStart) }
            sentenceStart = false
            i = e
        }
    }

    /// Brands, shops, products, services and cities of the seven languages' countries that support texts
    /// name, written by hand for this project from general knowledge (own licence): negatives only.
    static let extraNonNames = """
        ikea zalando lidl aldi decathlon carrefour mediamarkt saturn coolblue fnac boulanger darty esselunga conad \
        mercadona continente worten tesco sainsbury asda argos currys vodafone telekom movistar telefónica ziggo \
        kpn meo philips bosch siemens miele dyson sony lenovo dell asus acer nintendo playstation xbox garmin \
        fitbit logitech canon nikon galaxy pixel kindle alexa roomba nespresso thermomix vorwerk tefal delonghi \
        zara mango primark hema kruidvat albert heijn jumbo rewe edeka kaufland penny netto otto douglas rossmann \
        leclerc auchan intermarché monoprix sephora decathlon eroski dia alcampo coop esselunga unieuro \
        mediaworld pingo doce galp repsol shell bp total cepsa endesa iberdrola enel edp eneco vattenfall \
        lufthansa ryanair easyjet vueling iberia alitalia klm tap transavia eurowings booking airbnb expedia \
        deliveroo glovo thuisbezorgd lieferando zoom slack dropbox adobe photoshop excel word powerpoint \
        tiktok youtube twitter linkedin telegram signal skype chrome firefox safari edge opera \
        berlin hamburg köln essen bochum wuppertal bielefeld bonn münster karlsruhe mannheim augsburg wiesbaden \
        kiel lübeck rostock mainz freiburg heidelberg potsdam erfurt magdeburg regensburg ingolstadt ulm \
        paris lyon nice rennes reims toulon grenoble dijon angers nîmes brest limoges tours amiens metz \
        besançon perpignan orléans rouen caen nancy avignon cannes versailles \
        sevilla valencia palma vigo gijón oviedo pamplona almería burgos logroño huelva tarragona lleida girona \
        cádiz jaén león santiago lugo ourense pontevedra marbella benidorm \
        bergamo brescia padova parma modena reggio perugia pisa livorno lucca siena ancona pescara bari lecce \
        taranto messina cagliari sassari trieste udine trento bolzano como varese monza rimini ravenna \
        haarlem leiden delft arnhem nijmegen tilburg breda maastricht zwolle apeldoorn enschede almere amersfoort \
        dordrecht zaandam hilversum gouda alkmaar leeuwarden deventer venlo heerlen roermond \
        porto aveiro setúbal évora leiria viseu guimarães funchal sintra cascais amadora almada \
        manaus belém goiânia campinas santos niterói florianópolis natal maceió teresina \
        london oxford cambridge brighton southampton portsmouth nottingham leicester sheffield newcastle \
        cardiff belfast aberdeen dundee swansea plymouth exeter norwich york bath chester derby \
        boston chicago houston phoenix seattle denver atlanta miami detroit portland \
        kitchen garden premium deluxe original classic express comfort family travel studio outlet \
        market supermarket pharmacy apotheke farmacia apotheek pharmacie restaurant café bistro bar
        """
}
