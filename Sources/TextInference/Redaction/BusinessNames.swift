/// Drops PERSON candidates that name a business, not a person: "Hostal Miramar", "Fahrradhaus Wolff",
/// "Muebles Ibarra", "Valentino Outlet", "Albert Heijn".
///
/// Three shapes, in the seven languages: a capitalised trade or venue word right before the candidate
/// (``venueWords``), a shop or company word right after it (``tailWords``), or a candidate that is a
/// well-known brand named after a person (``brandPhrases``). The word lists are written by hand for this
/// project from general knowledge (own licence). A person named next to a business keeps the name when a
/// word stands between them ("Hotel Miramar, Anna Berg").
enum BusinessNames {
    /// Removes PERSON candidates that name a business (see the type's summary).
    static func removeBusinessNames(_ text: ScannedText, candidates: inout [Candidate]) {
        guard candidates.contains(where: { $0.type == .person }) else { return }
        candidates.removeAll { $0.type == .person && isBusinessName(text, $0) }
    }

    /// Whether `candidate` is framed as, or is, a business name.
    static func isBusinessName(_ text: ScannedText, _ candidate: Candidate) -> Bool {
        let v = text.values
        let n = v.count
        // "Router FRITZ!Box": a last word in capitals joined to a capitalised word by "!" is a product name.
        if candidate.end + 1 < n, v[candidate.end] == 33, ScalarClass.isUpper(v[candidate.end + 1]) {
            var s = candidate.end
            while s > candidate.start, ScalarClass.isLetter(v[s - 1]) { s -= 1 }
            if candidate.end - s >= 2, LexiconPersonRecognizer.allCaps(v, s, candidate.end) { return true }
        }
        // A capitalised venue, shop or company word inside the candidate: "Hostal Miramar", "Valentino Outlet
        // di Serravalle".
        var w = candidate.start
        while w < candidate.end {
            guard ScalarClass.isLetter(v[w]) else { w += 1; continue }
            var e = w
            while e < candidate.end, ScalarClass.isLetter(v[e]) { e += 1 }
            if ScalarClass.isUpper(v[w]) {
                let h = WordHash.of(text.folded, w, e)
                if venueWords.contains(h) || tailWords.contains(h) { return true }
            }
            w = e
        }
        // The capitalised word one space before the candidate is a venue word: "Fahrradhaus Wolff".
        if candidate.start >= 2, v[candidate.start - 1] == 32 {
            var s = candidate.start - 1
            while s > 0, ScalarClass.isLetter(v[s - 1]) { s -= 1 }
            if s < candidate.start - 1, ScalarClass.isUpper(v[s]), s == 0 || !ScalarClass.isWordChar(v[s - 1]),
               venueWords.contains(WordHash.of(text.folded, s, candidate.start - 1)) {
                return true
            }
            // "Hotel Don Paco": a courtesy word between the venue word and the name.
            if s < candidate.start - 1, s >= 2, v[s - 1] == 32, venueCourtesies.contains(WordHash.of(text.folded, s, candidate.start - 1)) {
                var t = s - 1
                while t > 0, ScalarClass.isLetter(v[t - 1]) { t -= 1 }
                if t < s - 1, ScalarClass.isUpper(v[t]), venueWords.contains(WordHash.of(text.folded, t, s - 1)) { return true }
            }
        }
        // A capitalised shop or company word one space after it: "Wolff GmbH".
        if candidate.end + 1 < n, v[candidate.end] == 32, ScalarClass.isUpper(v[candidate.end + 1]) {
            var e = candidate.end + 1
            while e < n, ScalarClass.isLetter(v[e]) { e += 1 }
            if e >= n || !ScalarClass.isWordChar(v[e]), tailWords.contains(WordHash.of(text.folded, candidate.end + 1, e)) {
                return true
            }
        }
        // The whole candidate is a brand named after a person.
        guard candidate.end - candidate.start <= 32 else { return false }
        var phrase: [UInt32] = []
        phrase.reserveCapacity(candidate.end - candidate.start)
        for k in candidate.start..<candidate.end {
            let c = text.folded[k]
            if ScalarClass.isLetter(c) {
                phrase.append(c)
            } else if phrase.last != 32 {
                phrase.append(32)
            }
        }
        while phrase.last == 32 { phrase.removeLast() }
        return brandPhrases.contains(phrase)
    }

    /// Trade and venue words that, capitalised right before a name, make it a business name.
    static let venueWords: WordHashSet = WordHash.table("""
        hotel hostal hostel pension pensione pensão albergo auberge herberg posada pousada residencia residenza \
        restaurant restaurante ristorante café cafe caffè caffe bistro bistrot taverna \
        bäckerei metzgerei konditorei autohaus fahrradhaus möbelhaus modehaus kaufhaus reisebüro apotheke \
        farmacia pharmacie apotheek farmácia optik óptica ottica optique opticien \
        muebles mobili meubles móveis meubelen ferretería ferramenta ferragens quincaillerie ijzerwaren \
        librería libreria librairie livraria boekhandel joyería gioielleria bijouterie joalharia juwelier \
        peluquería parrucchiere friseur kapsalon cabeleireiro autoescuela autoscuola fahrschule rijschool \
        clínica clinica clinique kliniek tienda negozio magasin winkel loja boutique magazine \
        supermercado supermercato supermarché supermarkt mercado mercato marché \
        camping garage garagem taller officina werkstatt inmobiliaria immobiliare immobilien imobiliária makelaardij \
        agencia agenzia agence agentur bodega cantina enoteca gelateria panadería panificio padaria bakkerij slagerij \
        lojas sanitär elektro heizung malerbetrieb schreinerei tischlerei dachdeckerei gärtnerei reinigung \
        umzüge boulangerie pâtisserie patisserie plomberie carrosserie fleuriste talleres transportes limpiezas \
        fontanería pastelería floristería idraulica elettricista falegnameria pasticceria fioraio pastelaria \
        florista canalizações installatiebedrijf loodgietersbedrijf schildersbedrijf bloemist drogerie droguería \
        parfümerie perfumería profumeria brasserie osteria trattoria pizzeria
        """)

    /// Courtesy words between a venue word and a name ("Hotel Don Paco", "Bar Doña Rosa", "Café Tante Mia"): the
    /// name still belongs to the venue. Hand-written (own list).
    static let venueCourtesies: WordHashSet = WordHash.table("don doña dona dom tío tio tía tia tante tata oma opa nonna zio zia")

    /// Shop and company words that, right after a name, make it a business name.
    static let tailWords: WordHashSet = WordHash.table("""
        outlet store stores shop shops boutique megastore superstore mall gmbh ag kg ohg ug ltd limited llc inc \
        plc corp bv nv sa sarl sas spa srl sl sll lda ltda eireli hotels hotel restaurant restaurante \
        ristorante café cafe trattoria pizzeria bakery bäckerei optik autohaus immobilien reisen tours travel \
        motors automobile automobili autos möbel mobili muebles meubles interiors fashion moda mode jeans \
        logistics logistik logística logistica partners partner group holdings solutions services systems consulting \
        technologies labs industries associates ventures capital
        """)

    /// Brands and shops named after people that support texts mention, folded, single spaces.
    static let brandPhrases: Set<[UInt32]> = Set("""
        albert heijn|yves rocher|yves saint laurent|harvey nichols|leroy merlin|hugo boss|calvin klein|ralph lauren|\
        tommy hilfiger|louis vuitton|estée lauder|estee lauder|marks spencer|max mara|dolce gabbana|\
        giorgio armani|emporio armani|salvatore ferragamo|michael kors|jean paul gaultier|christian dior|\
        coco chanel|karl lagerfeld|roberto cavalli|kate spade|tory burch|vivienne westwood|stella mccartney|\
        carolina herrera|adolfo dominguez|massimo dutti|pull bear|jack jones|peek cloppenburg|tom tailor|\
        marc o polo|s oliver|paco rabanne|nina ricci|jean coutu|mercedes benz|alfa romeo|aston martin|\
        rolls royce|harley davidson|ben jerry|dr oetker|ronald mcdonald|douwe egberts|van houten|van haren|\
        hunkemöller|de bijenkorf|el corte inglés|galeries lafayette|jacques dessange|franck provost|\
        jean louis david|yves delorme|pierre cardin|guy laroche|ted lapidus|daniel hechter|bruno saint hilaire|\
        jimmy choo|charles tyrwhitt|thomas sabo|victoria secret|victoria's secret
        """.split(separator: "|").map { phrase in
            var out: [UInt32] = []
            for c in phrase.unicodeScalars {
                if ScalarClass.isLetter(c.value) { out.append(ScalarClass.fold(c.value)) } else if out.last != 32 { out.append(32) }
            }
            while out.last == 32 { out.removeLast() }
            return out
        })
}
