/// Street addresses recognised from their full postcode back to the house number, when the street itself
/// carries no street-type word: "88 Kingsway, Hove BN3 4FA", "6 Lon y Felin, Caernarfon LL55 1RA",
/// "Buitenweg 3, 7721 PK Dalfsen", "Apartment 12, Block C\nRiverside Quay\nCork T12 X2P6".
///
/// ``AddressRecognizer`` starts from a street word ("Road", "rua", "-straße") and reads forward; a street
/// named without one ("Kingsway", "Heol y Coed", "Buitenweg") left the whole address behind. Here the
/// anchor is a postcode whose shape alone is distinctive — UK and Canadian postcodes, Irish Eircodes,
/// Dutch `1234 AB` and Portuguese `1234-567` before a town, Brazilian `12345-678`, and a US state
/// abbreviation with its ZIP — and the span runs back over the address words of its line (capitalised
/// words, name particles, unit words, numbers, commas) to the house number. A line holding only a town
/// and the postcode also takes the address lines above it, up to the one with the house number.
/// Nothing is produced without a house number, so a lone "Hove BN3 4FA" stays (a cue-led postcode is
/// ``AddressRecognizer``'s). An overlapping address candidate is absorbed, so the longer span wins.
enum PostcodeAnchoredAddresses {
    /// A run of word characters.
    private struct Token {
        let start: Int
        let end: Int
        /// Inside another recognizer's span (a phone number, e-mail, card …): never part of the address.
        var blocked = false
    }

    /// Name particles that stay lower case inside street and town names (own list).
    private static let particles = table("y de del della dei di da do dos das du des la le les l d van von der den ten ter het 't of the upon on am an im auf ob bei al el e et sur sous lès en op aan bij")
    /// The particles that stay inside a street's own name (``particles`` less the prepositions that stand before one).
    private static let nameParticles = table("y de del della dei di da do dos das du des la le les l d van von der den ten ter het 't")
    /// Unit, floor and building words written in or before an address (own list).
    private static let units = table(
        "flat apt apartment unit suite floor block bloque piso planta andar casa apto dto depto puerta kamer etage étage bât bâtiment esc escalera portal stiege tür top whg og eg bus box bte room chambre zimmer lote piano quarto habitación habitacion house building level ste fl nr no nº n izq dcha izda bajo sala loja sobreloja bloco urb urbanización urbanizacion residencial conjunto"
    )
    /// Words that name a reference rather than a street before a number (own list).
    private static let references = table(
        "order orders ticket invoice case ref reference booking flight vol volo vuelo voo vlucht flug seat gate platform terminal stand hall halle booth store shop branch team id code codes error errors fehler erreur errore erro fout model modell modello modèle modelo item items qty quantity artikel article articolo artículo artigo maat size version versie release build update chapter section part page seite kapitel step level "
            + "pedido bestellung bestellnummer kundennummer kundennr commande ordine encomenda bestelling klantnummer factura rechnung facture fattura fatura factuur po account konto compte cuenta conto conta código codice prijs price preis prix precio prezzo preço "
            + "years months tickets copies colours colors stars star percent adults children kids nights guests calls attempts stops deals pallets cartons dozen jaar jahre ans años anni anos unidades volumes kg gb mb line locker warehouse mesa batch lot chamado protocolo processo nota "
            + "pieces piezas peças pezzi stück stuks pakete pakketten paketten parcels packages boxes caixas cajas colis pacchi tips notes shelf aisle bay week woche semaine semana settimana "
            + "euro euros eur dollar dollars usd gbp chf pound pounds pfund franken days weeks hours minutes tage wochen stunden jours semaines heures días semanas horas giorni settimane ore dagen weken uren dias"
    )
    /// Month and weekday names and abbreviations in the seven languages: next to a number they make a date
    /// ("March 12, 2024 Thanks", "Tuesday 14, 2024 Madrid"), and one opening the words before a street is not
    /// part of it ("seit Mai an der Zürcherstrasse 104"); inside a street name they stay ("Rua 14 de Julho") (own list).
    private static let dateWords = table(
        "day days tag jour día giorno dag dia monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun fr montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles miercoles jueves viernes sábado sabado domingo lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi sabato domenica maandag dinsdag woensdag donderdag vrijdag zaterdag zondag segunda terça terca quarta quinta sexta "
            + "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec januar jänner februar märz mai juni juli oktober dezember janvier février fevrier mars avril juin juillet août aout septembre octobre novembre décembre decembre enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre januari februari maart mei augustus janeiro fevereiro março marco maio junho julho setembro outubro novembro dezembro")
    /// US state and territory abbreviations (USPS; facts, no copied list), packed as `first << 8 | second`.
    private static let states = Set(
        "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA PR RI SC SD TN TX UT VT VA WA WV WI WY GU VI"
            .split(separator: " ").map { code in code.unicodeScalars.reduce(UInt32(0)) { $0 << 8 | $1.value } })

    private static func table(_ words: String) -> FoldedWordTable {
        FoldedWordTable(words.split(separator: " ").map { [UInt32](scalarsOf: String($0)) })
    }

    /// Appends an ``EntityType/address`` candidate for every postcode-anchored address not already covered.
    ///
    /// Runs after the person recognizers: a PERSON candidate before the house number ends the address there
    /// ("Sarah Jones 42 Kingsway, Hove BN3 4FA" keeps the name a person), and one between the house number and the
    /// postcode (a name line under a reference line) drops the anchor.
    static func scan(_ text: ScannedText, into candidates: inout [Candidate]) {
        guard mayHoldPostcode(text) else { return }
        var tokens = tokenize(text)
        guard tokens.count >= 3 else { return }
        // "Call 0113 496 0000, 12 Kingsway, …", "Ana López 612 345 678 Calle Mayor 5, …": the walk back stops at
        // another recognizer's span instead of reaching into it (and losing the overlap to it).
        for candidate in candidates where candidate.type != .address && candidate.type != .person {
            for index in tokens.indices where tokens[index].start < candidate.end && candidate.start < tokens[index].end {
                tokens[index].blocked = true
            }
        }
        var personList: [Candidate]?
        var t = 0
        while t < tokens.count {
            if tokens[t].blocked {
                t += 1
                continue
            }
            let anchor: (last: Int, end: Int, start: Start)?
            if let (last, end) = postcode(text, tokens, t), townBefore(text, tokens, postcode: t),
               let start = addressStart(text, tokens, postcode: t) {
                anchor = (last, end, start)
            } else if let (last, end) = continentalPostcode(text, tokens, t), let start = continentalStart(text, tokens, postcode: t) {
                anchor = (last, end, start)
            } else {
                anchor = nil
            }
            guard let (last, end, found) = anchor else {
                t += 1
                continue
            }
            var start = found.start
            var dropped = false
            if personList == nil { personList = candidates.filter { $0.type == .person } }
            for person in personList ?? [] where person.start < tokens[t].start && person.end > start {
                if person.end <= found.house {
                    // A name before the house number stays a person: the address starts at the number ("Sarah Jones
                    // 42 Kingsway, …") or where the street recognizer's address starts ("Anna Weber Am Deich 7, …");
                    // a name it cannot separate from the street joins the address, which still hides it.
                    let between = text.values[person.end..<found.house]
                    if between.allSatisfy({ [32, 44, 0xA0, 45, 0x2013, 0x2014, 47, 35, 124, 58, 10, 13].contains($0) }) {
                        start = max(start, found.house)
                    } else if let street = candidates.first(where: {
                        $0.type == .address && $0.start >= person.end && $0.start <= found.house && $0.end > found.house
                    }) {
                        start = max(start, street.start)
                    }
                } else if person.start >= found.house, person.end <= tokens[t].start,
                          text.values[person.end..<tokens[t].start].contains(10) {
                    // A name on a line between the house number and the postcode: a name line under a reference
                    // line. On the postcode's own line it is a town the name model read as a name ("Milton Keynes").
                    dropped = true
                }
            }
            // The street recognizer knows street words: its start wins over capitalised words before it, unless the
            // start is a unit or a line above ("Unsere Filiale An der Alster 12, …", "Tienda Gran Vía 32, …").
            // Street-name prepositions before it stay ("Er wohnt Am Deich 7, …" when the street recognizer read "Deich 7").
            if !found.beforeStreet, let street = candidates.first(where: {
                $0.type == .address && $0.start > start && $0.start <= found.house && $0.end > found.house
            }), tokens.contains(where: {
                $0.start >= start && $0.end <= street.start && !particles.contains(text.folded, $0.start, $0.end)
            }), !joinedByParticle(text, tokens, before: street.start) {
                start = street.start
            }
            if dropped || start > found.house {
                t += 1
                continue
            }
            var span = start..<end
            // Another recognizer's span inside a range ("Tel 612 345 678, Calle Mayor 5, …"): an address candidate
            // over it loses the whole overlap to it, so it neither counts as covering this one nor is absorbed there.
            func clear(_ range: Range<Int>) -> Bool {
                !tokens.contains { $0.blocked && $0.start < range.upperBound && range.lowerBound < $0.end }
            }
            let covered = candidates.contains {
                $0.type == .address && $0.start <= span.lowerBound && span.upperBound <= $0.end && clear($0.start..<$0.end)
            }
            if !covered {
                // Absorb overlapping address candidates so the union is the longest span.
                for candidate in candidates where candidate.type == .address && candidate.start < span.upperBound && span.lowerBound < candidate.end {
                    let lower = candidate.start < span.lowerBound && clear(candidate.start..<span.lowerBound) ? candidate.start : span.lowerBound
                    let upper = candidate.end > span.upperBound && clear(span.upperBound..<candidate.end) ? candidate.end : span.upperBound
                    span = lower..<upper
                }
                candidates.append(Candidate(type: .address, start: span.lowerBound, end: span.upperBound))
            }
            t = last + 1
        }
    }

    /// Whether a town (a capitalised word that is no reference, date or code word, maybe with a two-letter
    /// province or state after it: "Hove BN3 4FA", "Ottawa ON K1N 5W8"), a comma or a line start stands before the
    /// postcode at token `p`; "Model M3 4AB" and "Code E12 4F0A" are product and error codes.
    private static func townBefore(_ text: ScannedText, _ tokens: [Token], postcode p: Int) -> Bool {
        guard p > 0 else { return true }
        let v = text.values
        let gap = v[tokens[p - 1].end..<tokens[p].start]
        if gap.contains(10) || gap.contains(44) { return true }
        var k = p - 1
        if tokens[k].end - tokens[k].start == 2, (tokens[k].start..<tokens[k].end).allSatisfy({ ScalarClass.isASCIIUpper(v[$0]) }), k > 0,
           !v[tokens[k - 1].end..<tokens[k].start].contains(10) {
            k -= 1
        }
        return isCapitalised(text, tokens[k]) && !isReference(text, tokens[k]) && !isDateWord(text, tokens[k]) && !isNumber(text, tokens[k])
    }

    /// Whether a lower-case name particle stands right before `position`, joining the words before it to the street
    /// ("Route de Chêne 61" when the street recognizer started at "Chêne").
    private static func joinedByParticle(_ text: ScannedText, _ tokens: [Token], before position: Int) -> Bool {
        guard let index = tokens.lastIndex(where: { $0.end <= position }) else { return false }
        let token = tokens[index]
        return !isCapitalised(text, token) && nameParticles.contains(text.folded, token.start, token.end)
    }

    /// Where an address starts and where its house number starts.
    private struct Start {
        let start: Int
        let house: Int
        /// Whether the start is a unit or a line above (it may lie before the street recognizer's own start).
        var beforeStreet = false
    }

    /// A quick pass over the scalars: whether some postcode shape may start here — an ASCII capital followed by a
    /// digit (UK, Canadian, Irish), two capitals and a space before a digit (a US state and ZIP), or a run of four
    /// or five digits followed by a space or hyphen (Dutch, Portuguese, Brazilian and continental ones). Texts with
    /// none of these skip the token pass.
    private static func mayHoldPostcode(_ text: ScannedText) -> Bool {
        let v = text.values
        let count = v.count
        var digits = 0
        var previousCapital = false
        for k in 0..<count {
            let c = v[k]
            if ScalarClass.isDigit(c) {
                if previousCapital { return true }
                // A US state before its ZIP: "NY 10004".
                if digits == 0, k >= 3, v[k - 1] == 32, ScalarClass.isASCIIUpper(v[k - 2]), ScalarClass.isASCIIUpper(v[k - 3]) { return true }
                digits += 1
            } else {
                if (digits == 4 || digits == 5) && (c == 32 || c == 45) { return true }
                digits = 0
            }
            previousCapital = ScalarClass.isASCIIUpper(c)
        }
        return false
    }

    private static func tokenize(_ text: ScannedText) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.count / 4 + 4)
        let v = text.values
        var i = 0
        while i < v.count {
            guard ScalarClass.isWordChar(v[i]) else { i += 1; continue }
            var e = i
            while e < v.count, ScalarClass.isWordChar(v[e]) { e += 1 }
            tokens.append(Token(start: i, end: e))
            i = e
        }
        return tokens
    }

    // MARK: - Postcodes

    /// The last token and end offset of a distinctive postcode starting at token `t` (with the town after a
    /// Dutch or Portuguese one), or nil.
    private static func postcode(_ text: ScannedText, _ tokens: [Token], _ t: Int) -> (Int, Int)? {
        guard t + 1 < tokens.count else { return nil }
        let a = tokens[t], b = tokens[t + 1]
        let v = text.values
        // Every shape below starts with an ASCII capital or digit and is 2–5 characters long.
        guard a.end - a.start >= 2, a.end - a.start <= 5, ScalarClass.isASCIIUpper(v[a.start]) || ScalarClass.isDigit(v[a.start]),
              b.start == a.end + 1 else { return nil }
        let shapeA = shape(text, a), shapeB = shape(text, b)
        let spaced = v[a.end] == 32
        let hyphen = v[a.end] == 45
        // UK: outward code (A9, A99, AA9, AA99, A9A, AA9A) and inward code 9AA.
        if spaced, shapeB == Shape.uk.inward, Shape.uk.outward.contains(shapeA) { return (t + 1, b.end) }
        // Canada: A9A 9A9.
        if spaced, shapeA == Shape.a9a, shapeB == Shape.n9a9 { return (t + 1, b.end) }
        // Ireland: routing key A99 (or D6W) and a four-character identifier with letters and digits.
        if spaced, shapeA == Shape.a99 || (a.end - a.start == 3 && text.hasPrefix([68, 54, 87], at: a.start)),
           b.end - b.start == 4, Shape.isMixed(shapeB, length: 4) { return (t + 1, b.end) }
        // Brazil: 99999-999.
        if hyphen, shapeA == Shape.n5, shapeB == Shape.n3 { return (t + 1, b.end) }
        // Netherlands (1234 AB) and Portugal (1234-567), each before a capitalised town.
        if shapeA == Shape.n4, v[a.start] != 48, (spaced && shapeB == Shape.aa && !storageUnit(text, b)) || (hyphen && shapeB == Shape.n3),
           t + 2 < tokens.count, let town = town(text, tokens, after: t + 1) {
            return town
        }
        // United States: ", ST 12345" or "ST 12345-6789".
        if spaced, shapeA == Shape.aa, shapeB == Shape.n5, a.start >= 2, v[a.start - 1] == 32, v[a.start - 2] == 44,
           states.contains(v[a.start] << 8 | v[a.start + 1]) {
            if t + 2 < tokens.count, tokens[t + 2].start == b.end + 1, v[b.end] == 45, shape(text, tokens[t + 2]) == Shape.n4 {
                return (t + 2, tokens[t + 2].end)
            }
            return (t + 1, b.end)
        }
        return nil
    }

    /// "GB", "MB", "TB", "KB", "HD": "1024 GB Zwart" is a storage size, not a Dutch postcode.
    private static func storageUnit(_ text: ScannedText, _ token: Token) -> Bool {
        let v = text.values
        let pair = v[token.start] << 8 | v[token.start + 1]
        return [0x4742, 0x4D42, 0x5442, 0x4B42, 0x4844].contains(pair)
    }

    /// A token's shape packed in a `UInt32`: per character two bits (1 ASCII digit, 2 ASCII capital, 3 other)
    /// after a leading 1 bit; 0 for tokens longer than 6.
    private static func shape(_ text: ScannedText, _ token: Token) -> UInt32 {
        guard token.end - token.start <= 6 else { return 0 }
        var code: UInt32 = 1
        for k in token.start..<token.end {
            let c = text.values[k]
            code = code << 2 | (ScalarClass.isDigit(c) ? 1 : ScalarClass.isASCIIUpper(c) ? 2 : 3)
        }
        return code
    }

    /// Packed shapes (see ``shape(_:_:)``), written as "9" for a digit and "A" for a capital.
    private enum Shape {
        static func of(_ pattern: String) -> UInt32 {
            pattern.unicodeScalars.reduce(1) { $0 << 2 | ($1 == "9" ? 1 : 2) }
        }
        static let uk = (inward: of("9AA"), outward: Set(["A9", "A99", "AA9", "AA99", "A9A", "AA9A"].map(of)))
        static let a9a = of("A9A"), n9a9 = of("9A9"), a99 = of("A99"), aa = of("AA")
        static let n3 = of("999"), n4 = of("9999"), n5 = of("99999")
        /// Whether a `length`-character shape holds only digits and capitals, with at least one of each.
        static func isMixed(_ code: UInt32, length: Int) -> Bool {
            var digits = false, capitals = false
            for k in 0..<length {
                switch code >> (2 * k) & 3 {
                case 1: digits = true
                case 2: capitals = true
                default: return false
                }
            }
            return digits && capitals
        }
    }

    /// The town after a postcode's last token: one to three capitalised words (particles between) on the same
    /// line; returns its last token and end.
    private static func town(_ text: ScannedText, _ tokens: [Token], after t: Int) -> (Int, Int)? {
        var last = t
        var k = t + 1
        while k < tokens.count, k - t <= 4 {
            let gap = text.values[tokens[k - 1].end..<tokens[k].start]
            let abbreviation = gap.count == 2 && gap.first == 46 && gap.last == 32 && k > t + 1
                && tokens[k - 1].end - tokens[k - 1].start <= 3 && isCapitalised(text, tokens[k - 1])
            guard abbreviation || (gap.count == 1 && (gap.first == 32 || (gap.first == 45 && k > t + 1))) else { break }
            if isCapitalised(text, tokens[k]) {
                last = k
            } else if !(k > t + 1 && particles.contains(text.folded, tokens[k].start, tokens[k].end)) {
                break
            }
            k += 1
        }
        return last > t ? (last, tokens[last].end) : nil
    }

    /// A four- or five-digit postcode before a capitalised town, right after a house number and ", "
    /// ("Am Deich 7, 25938 Wyk auf Föhr", "Via Sura 12, 7500 St. Moritz"): its town's last token and end.
    private static func continentalPostcode(_ text: ScannedText, _ tokens: [Token], _ t: Int) -> (Int, Int)? {
        guard t >= 2, t + 1 < tokens.count else { return nil }
        let a = tokens[t]
        let length = a.end - a.start
        let v = text.values
        guard length == 4 || length == 5, (a.start..<a.end).allSatisfy({ ScalarClass.isDigit(v[$0]) }) else { return nil }
        // A year is no postcode here ("Windows 11, 2024 Update", "Prijs 12, 2000 EU").
        guard !(length == 4 && CodeMentions.isYear(v, a.start)),
              isNumber(text, tokens[t - 1]), !(ScalarClass.isDigit(v[tokens[t - 1].start]) && tokens[t - 1].end - tokens[t - 1].start >= 4),
              v[tokens[t - 1].end..<a.start].elementsEqual([44, 32]), tokens[t + 1].start == a.end + 1, v[a.end] == 32
        else { return nil }
        let townToken = tokens[t + 1]
        let shortCapitals = townToken.end - townToken.start <= 2
            && (townToken.start..<townToken.end).allSatisfy { ScalarClass.isASCIIUpper(v[$0]) }
        guard !shortCapitals, let (last, end) = town(text, tokens, after: t), !isReference(text, townToken) else { return nil }
        return (last, end)
    }

    /// The start of the street before a ``continentalPostcode(_:_:_:)``: capitalised street words (particles
    /// between) right before its house number, at least one of them; nil after a reference word ("Bestellung 7").
    private static func continentalStart(_ text: ScannedText, _ tokens: [Token], postcode p: Int) -> Start? {
        let (first, _) = stretch(text, tokens, before: p)
        let n = p - 1
        guard first < n, isCapitalised(text, tokens[n - 1]), !isDateWord(text, tokens[n - 1]),
              !units.contains(text.folded, tokens[n - 1].start, tokens[n - 1].end),
              !isReference(text, tokens[n - 1]),
              !text.values[tokens[n - 1].end..<tokens[n].start].contains(44)
        else { return nil }
        return numberedStart(text, tokens, from: first, to: p)
    }

    // MARK: - Back to the house number

    /// Where the address before the postcode at token `p` starts, or nil without a house number.
    private static func addressStart(_ text: ScannedText, _ tokens: [Token], postcode p: Int) -> Start? {
        let (first, reachedLineStart) = stretch(text, tokens, before: p)
        if let start = numberedStart(text, tokens, from: first, to: p) { return start }
        // Only a town before the postcode on its line: the address lines above, up to the house number.
        guard reachedLineStart else { return nil }
        var lineStart = tokens[first].start
        // A line with only a unit and its number counts above a street line ("Apartment 12, Block C" over
        // "Riverside Quay"), not right above the town ("Room 214\nLeeds LS2 9JT").
        var sawStreetLine = false
        for _ in 0..<3 {
            guard let line = previousLine(text, tokens, before: lineStart) else { return nil }
            let (lineFirst, whole) = stretch(text, tokens, before: line.next, fromLineEnd: true)
            guard whole || addressLabel(text, lineStart: line.start, before: tokens[lineFirst].start),
                  lineFirst < line.next, tokens[lineFirst].start >= line.start else { return nil }
            lineStart = tokens[lineFirst].start
            guard var start = numberedStart(text, tokens, from: lineFirst, to: line.next, unitLine: sawStreetLine) else {
                sawStreetLine = true
                continue
            }
            start.beforeStreet = true
            // A unit line right above the numbered one ("Unit 4, Riverside Park" over "220 Canal Street").
            if let above = previousLine(text, tokens, before: lineStart) {
                let (aboveFirst, aboveWhole) = stretch(text, tokens, before: above.next, fromLineEnd: true)
                if aboveWhole, aboveFirst < above.next, tokens[aboveFirst].start >= above.start,
                   units.contains(text.folded, tokens[aboveFirst].start, tokens[aboveFirst].end) {
                    return Start(start: tokens[aboveFirst].start, house: start.house, beforeStreet: true)
                }
            }
            return start
        }
        return nil
    }

    /// The first token of the run of address words that ends right before token `p` on its line (at most 14
    /// tokens), and whether the run reaches the start of the line. With `fromLineEnd`, token `p` opens the next
    /// line and the line break before it is not checked.
    private static func stretch(_ text: ScannedText, _ tokens: [Token], before p: Int, fromLineEnd: Bool = false) -> (Int, Bool) {
        let v = text.values
        var first = p
        var k = p - 1
        while k >= 0, p - k <= 14 {
            // The separators between token k and the run must stay on the line and be address punctuation; a
            // full stop after a number or a long word ends a sentence ("… £142. Gareth Pryce, 3 Heol y Coed").
            if !(fromLineEnd && k == p - 1) {
                let gap = v[tokens[k].end..<tokens[k + 1].start]
                if gap.contains(10) { return (first, true) }
                for c in gap where !isSeparator(c) { return (first, false) }
                if v[tokens[k].end] == 46, isNumber(text, tokens[k]) || tokens[k].end - tokens[k].start > 4 { return (first, false) }
            }
            // "Bishop's Stortford": the "s" after an apostrophe belongs to the name.
            let possessive = tokens[k].end - tokens[k].start == 1 && v[tokens[k].start] == 115 && tokens[k].start > 0
                && (v[tokens[k].start - 1] == 39 || v[tokens[k].start - 1] == 0x2019)
            guard !tokens[k].blocked, possessive || isAddressWord(text, tokens[k]) else { return (first, false) }
            first = k
            k -= 1
        }
        // Reached the text start (true), or the 14-token limit (false).
        return (first, k < 0)
    }

    /// Whether only an address label and a colon stand between the line start and `position` ("Address: 12
    /// Kingsway"; not "Gewicht: 12 KG").
    private static func addressLabel(_ text: ScannedText, lineStart: Int, before position: Int) -> Bool {
        let v = text.values
        var k = position - 1
        while k > lineStart, v[k] == 32 { k -= 1 }
        guard k > lineStart, k - lineStart <= 24, v[k] == 58 else { return false }
        var e = k
        while e > lineStart, v[e - 1] == 32 { e -= 1 }
        var b = e
        while b > lineStart, ScalarClass.isLetter(v[b - 1]) { b -= 1 }
        return b < e && addressLabels.contains(text.folded, b, e)
    }

    /// Words after a number that make it a time ("9 AM", "17 Uur") (own list).
    private static let timeWords = table("am pm a.m p.m uur h hrs hr heures uhr horas ore")

    /// Labels of an address field (own list).
    private static let addressLabels = table(
        "address addr street adresse anschrift straße strasse rue dirección direccion calle domicilio indirizzo via endereço endereco morada rua adres straat")

    /// Punctuation that may stand between the words of one address line.
    private static func isSeparator(_ c: UInt32) -> Bool {
        c == 32 || c == 44 || c == 46 || c == 45 || c == 39 || c == 0x2019 || c == 47 || c == 35 || c == 0xA0
            || c == 0xBA || c == 0xAA || c == 0xB0 || c == 0x2013 || c == 13
    }

    private static func isCapitalised(_ text: ScannedText, _ token: Token) -> Bool {
        ScalarClass.isUpper(text.values[token.start])
    }

    private static func isNumber(_ text: ScannedText, _ token: Token) -> Bool {
        let v = text.values
        guard ScalarClass.isDigit(v[token.start]) else { return false }
        let digits = text.runLength(from: token.start, cap: 6) { ScalarClass.isDigit($0) }
        guard digits <= 5 else { return false }
        let rest = token.end - token.start - digits
        // "221B", "12bis", "2nd", "4th".
        return rest == 0 || (rest <= 3 && (token.start + digits..<token.end).allSatisfy { ScalarClass.isLetter(v[$0]) })
    }

    private static func isReference(_ text: ScannedText, _ token: Token) -> Bool {
        references.contains(text.folded, token.start, token.end)
    }

    private static func isDateWord(_ text: ScannedText, _ token: Token) -> Bool {
        dateWords.contains(text.folded, token.start, token.end)
    }

    private static func isAddressWord(_ text: ScannedText, _ token: Token) -> Bool {
        isCapitalised(text, token) || isNumber(text, token)
            || particles.contains(text.folded, token.start, token.end) || units.contains(text.folded, token.start, token.end)
    }

    /// The start of the address in tokens `from..<to` (one line): the house number, or the street words right
    /// before it ("Calle 52", "Buitenweg 3"), with a leading unit ("Apartment 12, Block C, …"); nil when no
    /// number stands before a capitalised word or after one, or a reference word precedes it ("Order 12").
    private static func numberedStart(_ text: ScannedText, _ tokens: [Token], from: Int, to: Int, unitLine: Bool = false) -> Start? {
        let v = text.values
        // A house number stands next to a capitalised street word with only spaces between ("88 Kingsway",
        // "Buitenweg 3"); a number before a comma after another number is a reference's tail ("Kundennr. 55 083
        // 112, Eichendorffweg 9").
        func plain(_ a: Token, _ b: Token) -> Bool { v[a.end..<b.start].allSatisfy { $0 == 32 || $0 == 0xA0 } }
        func streetWord(_ index: Int) -> Bool {
            isCapitalised(text, tokens[index]) && !isDateWord(text, tokens[index]) && !isReference(text, tokens[index])
        }
        // "12, Kingsway, Hove …" keeps its comma when no other number stands right before the house number.
        func beforeStreet(_ index: Int) -> Bool {
            plain(tokens[index], tokens[index + 1])
                || (v[tokens[index].end..<tokens[index + 1].start].elementsEqual([44, 32]) && (index == from || !isNumber(text, tokens[index - 1])))
        }
        func isUnit(_ index: Int) -> Bool { units.contains(text.folded, tokens[index].start, tokens[index].end) }
        // A number right after a unit word is the unit's ("Flat 3 Linden House"), not the house number.
        func unitNumber(_ index: Int) -> Bool { index > from && isUnit(index - 1) && plain(tokens[index - 1], tokens[index]) }
        // A number before a counted noun or a reference word is a quantity ("2 Days Late", "3 Items", "45 GBP"); a
        // house number never starts with 0 (a phone number's area code does).
        // A year ("Seit 2015 Kunde", "© 2024 Acme"), an amount ("£45") or a time ("9 AM") is no house number either.
        func isYear(_ token: Token) -> Bool {
            token.end - token.start == 4 && ScalarClass.isDigit(v[token.end - 1]) && CodeMentions.isYear(v, token.start)
        }
        func afterCurrency(_ token: Token) -> Bool {
            token.start > 0 && [0xA3, 0x24, 0x20AC, 0xA5, 0x23].contains(v[token.start - 1])
        }
        guard let n = (from..<to).first(where: { index in
            isNumber(text, tokens[index]) && v[tokens[index].start] != 48 && !unitNumber(index)
                && !isYear(tokens[index]) && !afterCurrency(tokens[index])
                && !(index + 1 < to && (isReference(text, tokens[index + 1]) || timeWords.contains(text.folded, tokens[index + 1].start, tokens[index + 1].end)))
                && ((index + 1 < to && streetWord(index + 1) && beforeStreet(index))
                    || (index > from && streetWord(index - 1) && plain(tokens[index - 1], tokens[index])))
        }) else {
            // A line that opens with a unit and its number ("Apartment 12, Block C" above the street lines).
            // Right above the town it needs a building or estate name after the unit ("Unit 4, Riverside Trading
            // Estate"), not just the unit.
            if unitLine || (from + 2 < to && isCapitalised(text, tokens[to - 1])), from + 1 < to, isUnit(from),
               isNumber(text, tokens[from + 1]), plain(tokens[from], tokens[from + 1]) {
                return Start(start: tokens[from].start, house: tokens[from + 1].start)
            }
            return nil
        }
        // A reference or date word one or two words before the number ("Order 12", "Order No 58213", "Case ID 4431",
        // "Delivered Sat 14 Leeds …"), or a date word after it ("12 Jan London …").
        if (max(from, n - 2)..<n).contains(where: { isReference(text, tokens[$0]) || isDateWord(text, tokens[$0]) }) { return nil }
        if n + 1 < to, isDateWord(text, tokens[n + 1]) { return nil }
        let house = tokens[n].start
        if from < n, isUnit(from) { return Start(start: tokens[from].start, house: house, beforeStreet: true) }
        // A unit before the house number starts the address, with a number written before it ("2nd floor, 41 Soho
        // Road", "Mr. Osric Pembleton Flat 3 Linden House, 9 Mill Lane", "Gareth Pryce, Flat 3, 12 Oak Rd"): a name
        // before the unit stays out.
        if let u = (from..<n).first(where: isUnit) {
            let start = u > from && isNumber(text, tokens[u - 1]) && plain(tokens[u - 1], tokens[u]) ? tokens[u - 1].start : tokens[u].start
            return Start(start: start, house: house, beforeStreet: true)
        }
        // Street words directly before the number, without a comma between: continental order. Only name particles
        // join them ("Calle del Tomillo 14", "Praza do Obradoiro 2"), not a preposition before the street
        // ("Bitte an Konrad-Adenauer-Straße 12", "Vivo en Praza …").
        var s = n
        while s > from, n - s < 4, !v[tokens[s - 1].end..<tokens[s].start].contains(44), !isDateWord(text, tokens[s - 1]),
              !isReference(text, tokens[s - 1]),
              isCapitalised(text, tokens[s - 1]) || nameParticles.contains(text.folded, tokens[s - 1].start, tokens[s - 1].end) {
            s -= 1
        }
        // A leading particle is not a street word ("de Buitenweg" keeps "Buitenweg").
        while s < n, !isCapitalised(text, tokens[s]) { s += 1 }
        return Start(start: tokens[s].start, house: house)
    }

    /// The line before the one starting at `lineStart`: its first offset and the index of the first token at or
    /// after its end (the token the back-walk starts from).
    private static func previousLine(_ text: ScannedText, _ tokens: [Token], before lineStart: Int) -> (start: Int, next: Int)? {
        let v = text.values
        var k = lineStart - 1
        while k >= 0, v[k] != 10 { k -= 1 }
        guard k > 0 else { return nil }
        let end = k
        var s = end - 1
        while s >= 0, v[s] != 10 { s -= 1 }
        let start = s + 1
        guard end - start <= 60, let next = tokens.firstIndex(where: { $0.start > end }) else { return nil }
        // The back-walk from `next` must start at the line's last token: nothing but separators after it.
        guard next > 0, tokens[next - 1].start >= start,
              v[tokens[next - 1].end..<end].allSatisfy({ $0 == 32 || $0 == 44 || $0 == 13 }) else { return nil }
        return (start, next)
    }
}
