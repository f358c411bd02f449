/// Drops PERSON candidates that the words before them frame as a shop or a place, where names of people
/// often name brands, chains and towns: "gekocht bij Hans Anders", "bought it at Marks Lane", "a loja Marisa",
/// "im Shop von Karl Berg", "a bakery in Charlotte", "Ana Lima, de Salvador".
///
/// Six shapes, in the seven languages:
/// - a locative preposition (``shopPrepositions``) right before the candidate, with a verb of buying or ordering
///   (``purchaseVerbs``) among the four words before the preposition, in the same clause;
/// - a shop noun (``shopNouns``) right before it, or a shop noun and a genitive preposition ("Shop von", "loja da");
/// - "in" right before a one-word candidate (a town: people are seldom "in" someone);
/// - a one-word candidate after a comma and a preposition of origin that follow another PERSON candidate (the
///   writer's home town after their name);
/// - a one-word candidate after a word of travel and a preposition ("flew to Orlando");
/// - "Santiago de" and a city ("Santiago de Chile").
///
/// The word lists are hand-written for this project from everyday phrasing (own list, project licence).
enum PlaceAndShopFrames {
    /// Removes the framed PERSON candidates (see the type's summary).
    static func remove(_ text: ScannedText, candidates: inout [Candidate]) {
        var framed: [Int] = []
        for (index, candidate) in candidates.enumerated() where candidate.type == .person {
            if isFramed(text, candidate, candidates: candidates) { framed.append(index) }
        }
        for index in framed.reversed() { candidates.remove(at: index) }
    }

    /// Verbs and participles of buying, ordering and picking up, folded. Hand-written (own list).
    static let purchaseVerbs: WordHashSet = WordHash.table("""
        bought buying purchased ordered picked \
        gekauft kaufte gekocht kocht besteld bestelde bestellt bestellte gehaald \
        acheté achetée achetés commandé commandée pris \
        compré compramos comprado comprada pedí pedido \
        comprato comprata acquistato acquistata acquistati ordinato ordinata preso presa \
        comprei compramos encomendei encomendado encomendada
        """)

    /// Locative prepositions that put a shop after a verb of buying. Hand-written (own list).
    static let shopPrepositions: WordHashSet = WordHash.table("at bei beim bij chez da dal dalla presso en em na no im")

    /// Shop nouns that, right before a name (in any case), make it a shop's name. Hand-written (own list).
    static let shopNouns: WordHashSet = WordHash.table("""
        shop store boutique outlet laden geschäft filiale kette magasin enseigne tienda almacén negozio catena \
        loja winkel zaak filiaal keten
        """)

    /// Genitive prepositions between a shop noun and its name ("Shop von", "loja da", "winkel van").
    static let genitives: WordHashSet = WordHash.table("von van de di da do des del della of")

    /// Prepositions of origin after a name and a comma ("Ana Lima, de Salvador", "Tom Berg, aus Kiel").
    static let originPrepositions: WordHashSet = WordHash.table("from aus de da do di van uit")

    /// Whether `candidate` is framed as a shop or a place.
    private static func isFramed(_ text: ScannedText, _ candidate: Candidate, candidates: [Candidate]) -> Bool {
        let v = text.values
        let f = text.folded
        guard let (ps, pe) = wordBefore(v, candidate.start) else { return false }
        let prep = WordHash.of(f, ps, pe)
        let oneWord = LexiconPersonRecognizer.wordEnd(v, candidate.start) >= candidate.end
        if shopNouns.contains(prep) { return true }
        if genitives.contains(prep), let (ss, se) = wordBefore(v, ps), shopNouns.contains(WordHash.of(f, ss, se)) { return true }
        if oneWord, pe - ps == 2, f[ps] == 105, f[ps + 1] == 110 { return true }
        // "I flew to Orlando", "el vuelo a Florencia": a journey's destination or origin.
        if oneWord, journeyPrepositions.contains(prep), let (ws, we) = wordBefore(v, ps), journeyWords.contains(WordHash.of(f, ws, we)) {
            return true
        }
        if isSaintCity(text, candidate) { return true }
        if shopPrepositions.contains(prep) {
            var end = ps
            for _ in 0..<4 {
                guard let (ws, we) = wordBefore(v, end) else { break }
                if purchaseVerbs.contains(WordHash.of(f, ws, we)) { return true }
                end = ws
            }
        }
        // ", de Salvador" after a name.
        if oneWord, originPrepositions.contains(prep), ps >= 3, v[ps - 1] == 32, v[ps - 2] == 44,
           candidates.contains(where: { $0.type == .person && $0.end == ps - 2 }) {
            return true
        }
        return false
    }

    /// Prepositions between a word of travel and a place. Hand-written (own list).
    static let journeyPrepositions: WordHashSet = WordHash.table("to from nach naar à a para en em")

    /// Words of travel before a destination, folded. Hand-written (own list).
    static let journeyWords: WordHashSet = WordHash.table("""
        flew fly flying flight flights travel travelled traveled travelling traveling trip drove moved \
        geflogen fliege flog flug reise gereist umgezogen vlucht gevlogen reis verhuisd \
        vol volé voyage voyagé déménagé vuelo volé viaje viajé viajar volo volato viaggio trasferito \
        voo voei viagem viajei mudei
        """)

    /// Cities named "Santiago de …" ("Santiago de Chile", "Santiago de Compostela"), folded words after "de"/"del".
    /// Hand-written (own list).
    static let saintCities: WordHashSet = WordHash.table("chile compostela cuba querétaro queretaro estero surco veraguas caballeros")

    /// Whether `candidate` reads "Santiago de/del" and a city word from ``saintCities``.
    private static func isSaintCity(_ text: ScannedText, _ candidate: Candidate) -> Bool {
        let v = text.values
        let f = text.folded
        let first = LexiconPersonRecognizer.wordEnd(v, candidate.start)
        guard first - candidate.start == 8, Array(f[candidate.start..<first]) == santiago,
              first + 1 < candidate.end, v[first] == 32 else { return false }
        let pEnd = LexiconPersonRecognizer.wordEnd(v, first + 1)
        guard pEnd + 1 < candidate.end, v[pEnd] == 32 else { return false }
        let particle = Array(f[(first + 1)..<pEnd])
        guard particle == [100, 101] || particle == [100, 101, 108] else { return false }
        let cityEnd = LexiconPersonRecognizer.wordEnd(v, pEnd + 1)
        return saintCities.contains(WordHash.of(f, pEnd + 1, cityEnd))
    }

    private static let santiago: [UInt32] = [UInt32](scalarsOf: "santiago")

    /// The letters-only word that ends one space before `position` (within the same clause), or nil.
    private static func wordBefore(_ v: [UInt32], _ position: Int) -> (Int, Int)? {
        guard position >= 2, v[position - 1] == 32, ScalarClass.isLetter(v[position - 2]) else { return nil }
        let e = position - 1
        var s = e
        while s > 0, ScalarClass.isLetter(v[s - 1]) { s -= 1 }
        return (s, e)
    }
}
