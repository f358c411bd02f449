/// Finds one-time codes and PINs told a little after the word that names them, where the value does not follow the
/// cue directly: "OTP sent to +1 415 555 0132 was 804215", "non mi arriva il codice OTP. L'ultimo era 318 204",
/// "a code by SMS to the number ending 19.\n[09:07] Customer: got it, 204 981", "cambiar el PIN de mi tarjeta. El
/// actual es 2590", "mon code PIN de carte (4862 ne fonctionne plus)".
///
/// After a one-time-code cue or a bare code word that names no other kind of code (``BareCodeCues/isOtherCode``), the
/// first number within ``window`` scalars, in the cue's sentence or near the start of the next one, that is six digits, written whole or as two groups
/// of three, is the code, unless a reference or number word stands right before it ("order", "Kundennummer", "ending",
/// "#", also behind an article: "numéro client est le 448812"), a reference cue lies within 24 scalars before it, or it
/// is part of a longer digit run, a date, a time, an amount or an address.
/// After a PIN word, a number of four to six digits counts when it opens a parenthesis or follows a copula ("es",
/// "is", "was", "era", "ist", "est", "é", "è", "lautet") within the window.
enum CodeMentions {
    /// Scalars searched after the cue.
    static let window = 100

    /// Appends a ``EntityType/secret`` candidate for the first code mentioned after each cue in `context`.
    static func scan(_ context: ScanContext, into candidates: inout [Candidate]) {
        let text = context.text
        let v = text.values
        var covered = -1
        for hit in context.cues where hit.end > covered {
            let pin: Bool
            switch hit.kind {
            case .oneTimeCode: pin = false
            case .bareCode:
                guard !BareCodeCues.isOtherCode(text, hit) else { continue }
                pin = false
            case .password:
                guard pinWords.contains(WordHash.of(text.folded, hit.start, hit.end)) else { continue }
                pin = true
            default:
                continue
            }
            let limit = min(v.count, hit.end + window)
            var j = hit.end
            // The sentence after the cue's may hold the code only near its start ("… codice OTP. L'ultimo era 318 204",
            // the next chat line "[09:07] Customer: got it, 204 981"); one sentence end is crossed at most.
            var nextStart = -1
            while j < limit {
                if isSentenceEnd(v, j) {
                    guard nextStart < 0 else { break }
                    var k = j + 1
                    while k < v.count, v[k] == 32 || v[k] == 10 || v[k] == 13 { k += 1 }
                    k = TranscriptLine.skipSpeaker(v, TranscriptLine.skipTimestamp(v, k, limit: v.count))
                    nextStart = k
                    j = k
                    continue
                }
                // A PIN after a copula may stand further in (``fits`` then wants a current/new subject).
                if nextStart >= 0, j - nextStart > 24, !pin { break }
                guard ScalarClass.isDigit(v[j]), j == 0 || !ScalarClass.isWordChar(v[j - 1]) else { j += 1; continue }
                let (end, groups) = digitRun(v, j)
                if !overlaps(candidates, j, end),
                   fits(groups, pin: pin, text, j, end: end, cueEnd: hit.end, nextStart: nextStart,
                        deep: nextStart >= 0 && j - nextStart > 24),
                   standsAlone(text, j, end),
                   // "the PIN we set up on the phone was 4471": a phone word does not make a PIN a phone number.
                   !context.cues.hasReference(between: max(hit.end, j - 24), and: j, phones: !pin), !numberWordBefore(text, j) {
                    candidates.append(Candidate(type: .secret, start: j, end: end))
                    covered = end
                    break
                }
                j = end
            }
        }
    }

    /// PIN words among the password cues, folded. Hand-written.
    private static let pinWords = WordHash.table("pin pincode geheimzahl",
        phrases: ["pin code", "pin-code", "pin-nummer", "code confidentiel", "code secret", "código pin", "codice pin"])

    /// Copulas and verbs of telling before a PIN ("el actual es 2590", "mein PIN lautet 4711"). Hand-written.
    private static let copulas: WordHashSet = WordHash.table(
        "es is was era ist war est était é è sono são zijn lautet fosse fuera fuese wäre fût")

    /// Words before a number that make it a reference, an account or a phone's last digits. Hand-written (own list).
    private static let numberWords: WordHashSet = WordHash.table("""
        order orders pedido pedidos bestellung commande ordine bestelling encomenda invoice factura fattura rechnung \
        facture factuur fatura ticket tickets protocolo protocollo protocol contrato contratto contract vertrag \
        contrat kundennummer klantnummer number numero número nummer nr no nº ref reference referencia referência \
        riferimento referentie referenz id ending final terminando eindigend endet termina finale dossier case fall \
        pratica expediente processo caso reserva booking buchung réservation prenotazione boeking account konto \
        compte cuenta conto rekening conta cliente client kunde klant customer sendung colis paquete pacco pakket \
        tracking suivi seguimiento spedizione envio zendingen postcode plz cp cap sku article artikel artículo articolo \
        artigo build versione version versión versão versie period periode zeitraum periodo período depot zählerstand \
        meterstand compteur contatore contador kilometerstand nif nie dni cpf bsn iva vat ust steuernummer auftrag \
        auftragsnummer vorgang vorgangsnummer ends acaba acabada termine eindigt
        """)

    /// The end of the digit run at `start` (groups of digits joined by single spaces) and its group lengths.
    private static func digitRun(_ v: [UInt32], _ start: Int) -> (Int, [Int]) {
        var groups: [Int] = []
        var k = start
        while true {
            let s = k
            while k < v.count, ScalarClass.isDigit(v[k]) { k += 1 }
            groups.append(k - s)
            guard groups.count < 8, k + 1 < v.count, v[k] == 32, ScalarClass.isDigit(v[k + 1]) else { break }
            k += 1
        }
        return (k, groups)
    }

    /// Whether `v[j]` ends a sentence: `.`, `!` or `?` before a space or line break, or a line break.
    private static func isSentenceEnd(_ v: [UInt32], _ j: Int) -> Bool {
        if v[j] == 10 { return true }
        guard v[j] == 46 || v[j] == 33 || v[j] == 63 else { return false }
        return j + 1 >= v.count || v[j + 1] == 32 || v[j + 1] == 10 || v[j + 1] == 13
    }

    /// Whether the digit groups have a code's shape: six digits whole or as three and three, or four to eight single
    /// digits read out one by one after a copula or colon (not a counting run: "steps 1 2 3 4"); four to six for a PIN
    /// after a parenthesis or a copula (also behind an article: "era el 1987"). In the sentence after the PIN word's
    /// (`nextStart` ≥ 0) only the PIN form counts past its first 24 scalars (`deep`), and the copula's subject (from the
    /// sentence start or a later colon or comma) must be one or two words, one naming the current, old or new PIN ("El
    /// actual es 2590", "… cambiarlo: quello attuale è 4417"), or up to four with a noted-down word ("El que tenía
    /// apuntado era 7390"); no amount, limit or balance word, no year-like number unless noted down, and no capitalised
    /// word after it (a postcode: "1010 Wien").
    private static func fits(_ groups: [Int], pin: Bool, _ text: ScannedText, _ start: Int, end: Int, cueEnd: Int,
                             nextStart: Int, deep: Bool) -> Bool {
        let v = text.values
        if !deep {
            if groups == [6] || groups == [3, 3] { return true }
            // "es 2 7 5 5 0 1": a code read out digit by digit.
            if !pin, (4...8).contains(groups.count), groups.allSatisfy({ $0 == 1 }), afterCopulaOrColon(text, start),
               !isCountingRun(v, start, end) {
                return true
            }
        }
        guard pin, groups.count == 1, (4...6).contains(groups[0]) else { return false }
        if start > 0, v[start - 1] == 40, nextStart < 0 { return true }
        guard start >= 2, v[start - 1] == 32 else { return false }
        var s = start - 1
        while s > 0, ScalarClass.isLetter(v[s - 1]) { s -= 1 }
        guard s < start - 1 else { return false }
        var h = WordHash.of(text.folded, s, start - 1)
        // "I set it to 8026", "Pincode nieuwe pas 7304": in the PIN word's sentence, after a change-to word or right
        // behind one to three words that name no amount, reference or limit.
        if groups[0] == 4, !deep, !isYear(v, start), !quantityBetween(text, max(cueEnd, nextStart), start),
           !(end + 1 < v.count && v[end] == 32 && ScalarClass.isUpper(v[end + 1])) {
            // After a change verb ("set it to", "geändert auf"); in the next sentence only near its start.
            if changeToWords.contains(h), changeVerbBefore(text, s),
               nextStart < 0 || fewPlainWords(text, nextStart, s - 1, upTo: 4, only: nil) {
                return true
            }
            if nextStart < 0, fewPlainWords(text, cueEnd, start, upTo: 3, only: pinModifiers) { return true }
        }
        // "El PIN que tenía era el 1987": an article between the copula and the PIN, in the PIN word's sentence.
        if nextStart < 0, pinArticles.contains(h), s >= 2, v[s - 1] == 32 {
            let e = s - 1
            s = e
            while s > 0, ScalarClass.isLetter(v[s - 1]) { s -= 1 }
            guard s < e else { return false }
            h = WordHash.of(text.folded, s, e)
        }
        guard copulas.contains(h) else { return false }
        guard nextStart >= 0 else { return true }
        var k = nextStart
        for c in nextStart..<s where v[c] == 58 || v[c] == 44 { k = c + 1 }
        var words = 0
        var current = false
        var noted = false
        while k < s - 1 {
            let e = LexiconPersonRecognizer.wordEnd(v, k)
            guard e > k else { k += 1; continue }
            words += 1
            // "L'ancien c'était 2604": the word after an elided article.
            var ws = k
            for a in k..<e where v[a] == 39 || v[a] == 0x2019 { ws = a + 1 }
            let h = WordHash.of(text.folded, ws, e)
            if currentWords.contains(h) { current = true }
            if notedWords.contains(h) { noted = true }
            // "The new limit is 5000": an amount, a limit or a balance, not the PIN.
            if quantityWords.contains(h) { return false }
            k = e
        }
        guard (words <= 2 && current) || (words <= 4 && noted) else { return false }
        if groups[0] == 4, !noted, isYear(v, start) { return false }
        return !(end + 1 < v.count && v[end] == 32 && ScalarClass.isUpper(v[end + 1]))
    }

    /// Change-to words before a new PIN ("set it to 8026", "geändert auf 4821"), folded. Hand-written.
    private static let changeToWords: WordHashSet = WordHash.table("to auf zu in a en para naar em op")

    /// Words that may stand between a PIN word and its value ("Pincode nieuwe pas 7304", "PIN my new card"), folded.
    /// Hand-written.
    private static let pinModifiers: WordHashSet = WordHash.table("""
        new nieuwe nieuw neue neuer neuen nuevo nueva nouveau nouvelle nuovo nuova novo nova pas card karte kaart tarjeta \
        carte carta cartão cartao der de la el van mijn my mein meine mi mon ma il mio mia meu minha
        """)

    /// Change verbs before a change-to word ("set it to", "changed to", "geändert auf"), folded. Hand-written.
    private static let changeVerbs: WordHashSet = WordHash.table("""
        set changed change geändert ändern geändert gesetzt cambiado cambiato cambié cambie cambiata changé modifié \
        mudei alterei alterado mudado veranderd gewijzigd aangepast
        """)

    /// Whether a change verb stands among the three words before the word at `wordStart`.
    private static func changeVerbBefore(_ text: ScannedText, _ wordStart: Int) -> Bool {
        PrecedingWords.contains(changeVerbs, text, before: wordStart, within: 3)
    }

    /// Whether the four digits at `start` read as a year (1900–2099).
    static func isYear(_ v: [UInt32], _ start: Int) -> Bool {
        guard start + 4 <= v.count else { return false }
        let year = (start..<start + 4).reduce(0) { $0 * 10 + Int(v[$1]) - 48 }
        return (1900...2099).contains(year)
    }

    /// Whether an amount, limit, reference or number word stands between `from` and `to`.
    private static func quantityBetween(_ text: ScannedText, _ from: Int, _ to: Int) -> Bool {
        let v = text.values
        var k = from
        while k < to {
            guard ScalarClass.isLetter(v[k]) else { k += 1; continue }
            let e = LexiconPersonRecognizer.wordEnd(v, k)
            let h = WordHash.of(text.folded, k, e)
            if quantityWords.contains(h) || numberWords.contains(h) { return true }
            k = max(e, k + 1)
        }
        return false
    }

    /// Whether one to `most` words without digits (all from `only` when given), and nothing else but spaces, stand
    /// between `from` and `to` ("Pincode nieuwe pas 7304").
    private static func fewPlainWords(_ text: ScannedText, _ from: Int, _ to: Int, upTo most: Int, only: WordHashSet?) -> Bool {
        let v = text.values
        var words = 0
        var k = from
        while k < to {
            if v[k] == 32 { k += 1; continue }
            guard ScalarClass.isLetter(v[k]) else { return false }
            let e = LexiconPersonRecognizer.wordEnd(v, k)
            if let only, !only.contains(WordHash.of(text.folded, k, e)) { return false }
            k = e
            words += 1
        }
        return (1...most).contains(words)
    }

    /// Articles between a copula and a PIN ("era el 1987"), folded. Hand-written.
    private static let pinArticles: WordHashSet = WordHash.table("el la le il lo o a de het the")

    /// Whether a copula word or a colon stands right before `start` (after one space).
    private static func afterCopulaOrColon(_ text: ScannedText, _ start: Int) -> Bool {
        let v = text.values
        guard start >= 2, v[start - 1] == 32 else { return false }
        if v[start - 2] == 58 { return true }
        var s = start - 1
        while s > 0, ScalarClass.isLetter(v[s - 1]) { s -= 1 }
        return s < start - 1 && copulas.contains(WordHash.of(text.folded, s, start - 1))
    }

    /// Whether the single digits of `start..<end` count up or down by one ("1 2 3 4", "5 4 3 2 1").
    private static func isCountingRun(_ v: [UInt32], _ start: Int, _ end: Int) -> Bool {
        let digits = (start..<end).filter { ScalarClass.isDigit(v[$0]) }.map { Int(v[$0]) - 48 }
        guard digits.count >= 2 else { return false }
        let up = zip(digits, digits.dropFirst()).allSatisfy { $1 == $0 + 1 }
        let down = zip(digits, digits.dropFirst()).allSatisfy { $1 == $0 - 1 }
        return up || down
    }

    /// Words that say the PIN was written down ("apuntado", "notiert"), folded. Hand-written.
    private static let notedWords: WordHashSet = WordHash.table(
        "apuntado apuntada anotado anotada notiert aufgeschrieben noté notée annotato segnato genoteerd opgeschreven noted written")

    /// Nouns of amounts, limits and balances that make a copula's number a quantity, folded. Hand-written (own list).
    private static let quantityWords: WordHashSet = WordHash.table("""
        limit limits limite limites límite limiet limieten tageslimit amount amounts betrag importe importo montant bedrag \
        valor valore saldo balance kontostand solde fee fees gebühr gebühren tarif tarifa tariffa tarief price preis prix \
        precio prezzo prijs preço preco cost costs kosten costo custo coût cout total summe somme suma somma som
        """)

    /// Words naming the current, old or new PIN as a copula's subject, folded. Hand-written.
    private static let currentWords: WordHashSet = WordHash.table(
        "actual actuel actuelle aktuelle aktuell current huidige attuale atual neue new nouveau nouvelle nuevo nueva nuovo nuova nieuwe novo nova alte old ancien ancienne viejo vecchio oude antigo")

    /// Whether the run `start..<end` is no part of a date, time, amount, phone or code: no `+`, `/`, `:`, `-`, `.`,
    /// `,`, `#` or currency sign joined to it, and no unit or currency word after it.
    private static func standsAlone(_ text: ScannedText, _ start: Int, _ end: Int) -> Bool {
        let v = text.values
        if start > 0, [43, 47, 58, 45, 46, 44, 35, 0x20AC, 36, 0xA3].contains(v[start - 1]) { return false }
        if start > 1, v[start - 1] == 32, [43, 0x20AC, 36, 0xA3, 35].contains(v[start - 2]) { return false }
        // "Vivo en Bogotá, 110111": a postcode after its city.
        if start > 3, v[start - 1] == 32, v[start - 2] == 44 {
            var s = start - 2
            while s > 0, ScalarClass.isLetter(v[s - 1]) { s -= 1 }
            if s < start - 2, LexiconPersonRecognizer.places.contains(WordHash.of(text.folded, s, start - 2)) { return false }
        }
        if end < v.count {
            let c = v[end]
            if ScalarClass.isLetter(c) || c == 37 || c == 0x20AC || c == 36 || c == 64 { return false }
            if [47, 58, 45, 46, 44].contains(c), end + 1 < v.count, ScalarClass.isDigit(v[end + 1]) { return false }
        }
        var k = end
        while k < v.count, k - end < 2, v[k] == 32 { k += 1 }
        if k < v.count, v[k] == 0x20AC || v[k] == 36 || v[k] == 37 { return false }
        var e = k
        while e < v.count, ScalarClass.isLetter(v[e]) { e += 1 }
        return !(e > k && units.contains(WordHash.of(text.folded, k, e)))
    }

    /// Currency and unit words after a number. Hand-written.
    private static let units: WordHashSet = WordHash.table("""
        eur euro euros usd chf gbp brl reais kb mb gb km kg min mins minutes minuten uhr kwh m3 points punkte puntos punti \
        punten pontos pts miles meilen milles millas miglia milhas fcfa cop clp huf pesos lire liter litres litros
        """)

    /// Whether a word from ``numberWords`` (after at most a colon, `#` or spaces) stands right before `start`.
    private static func numberWordBefore(_ text: ScannedText, _ start: Int) -> Bool {
        let v = text.values
        var e = start
        while e > 0, start - e < 4, v[e - 1] == 32 || v[e - 1] == 58 || v[e - 1] == 35 || v[e - 1] == 46 || v[e - 1] == 0xBA { e -= 1 }
        var s = e
        while s > 0, ScalarClass.isLetter(v[s - 1]) { s -= 1 }
        guard s < e else { return false }
        if numberWords.contains(WordHash.of(text.folded, s, e)) { return true }
        // "mon numéro client est le 448812": an article or copula, then the number word further back.
        guard articles.contains(WordHash.of(text.folded, s, e)) else { return false }
        return PrecedingWords.contains(numberWords, text, before: s, within: 3)
    }

    /// Articles and copulas that may stand between a number word and the number, folded. Hand-written.
    private static let articles: WordHashSet = WordHash.table("le la el il lo o a de the is es est ist è é era was en in op em par by")

    /// Whether a candidate already covers part of `start..<end`.
    private static func overlaps(_ candidates: [Candidate], _ start: Int, _ end: Int) -> Bool {
        candidates.contains { $0.start < end && start < $0.end }
    }
}
