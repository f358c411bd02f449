/// Finds a password by its shape alone, where no cue names it: "Usuario de prueba: qa_user / Pr0bando#2024",
/// "Einmalpasswort Xk7#pQ2m".
///
/// A whitespace-delimited token (opening quotes and brackets and closing punctuation trimmed) of 8–40 scalars with a
/// capital, a small letter, two digits and, inside it (not only at its end) and after a digit, one of `! # $ * ? ~ ^`
/// (see ``isStrong(_:_:_:)``): people do not write ordinary words, products or references like that, so it is a
/// ``EntityType/secret`` wherever it stands. A token that starts with `#`, `@`, `$` or
/// `&` (a hashtag, handle or variable), joins words with `&` ("Ref&Code_2024X", "AT&T5G"), or follows a reference word
/// ("Order …") is left alone.
enum StrongTokens {
    /// Appends a ``EntityType/secret`` candidate for each such token that no candidate covers yet.
    static func scan(_ context: ScanContext, into candidates: inout [Candidate]) {
        let text = context.text
        let v = text.values
        let n = v.count
        var i = 0
        while i < n {
            guard !ScalarClass.isWhitespace(v[i]) else { i += 1; continue }
            var e = i
            while e < n, !ScalarClass.isWhitespace(v[e]) { e += 1 }
            defer { i = e }
            // Most tokens are short words: nothing to trim or check.
            guard e - i >= 8 else { continue }
            var s = i
            while s < e, [34, 39, 40, 91, 0xAB, 0x201C, 0x201E, 0x2018].contains(v[s]) { s += 1 }
            var t = e
            while t > s, [34, 39, 41, 93, 44, 59, 46, 33, 63, 0xBB, 0x201D, 0x2019].contains(v[t - 1]) { t -= 1 }
            guard t - s >= 8, t - s <= 40, ![35, 64, 36, 38].contains(v[s]), isStrong(v, s, t),
                  !candidates.contains(where: { $0.start < t && s < $0.end }),
                  !context.cues.hasReference(between: max(0, s - 16), and: s + 1, phones: false),
                  !labelBeforeSymbol(text, s, t) else { continue }
            candidates.append(Candidate(type: .secret, start: s, end: t))
        }
    }

    /// Words that label a number glued behind a symbol ("Error#0x80070005", "Room#1204a"), folded. Hand-written.
    private static let labels: WordHashSet = WordHash.table("""
        error erreur fehler err errore fout erro issue room zimmer chambre habitación habitacion camera kamer quarto model \
        modell modelo modello modèle item artikel article artículo articulo articolo artigo serie series version build \
        welcome willkommen bienvenue bienvenido benvenuto welkom bem-vindo summer winter sale promo code ticket order \
        bestellung pedido commande ordine bestelling encomenda invoice factura facture fattura rechnung factuur fatura \
        dossier vorgang case caso incidencia incidence incident incidente segnalazione melding storing anfrage demande \
        richiesta solicitud aanvraag pedido reclamação reclamacion reclamo klacht beschwerde
        """)

    /// Whether the token `s..<t` opens with a ``labels`` word right before its first symbol.
    private static func labelBeforeSymbol(_ text: ScannedText, _ s: Int, _ t: Int) -> Bool {
        let v = text.values
        var e = s
        while e < t, ScalarClass.isLetter(v[e]) { e += 1 }
        return e > s && e < t && labels.contains(WordHash.of(text.folded, s, e))
    }

    /// Whether `v[s..<t]` has a capital, a small letter, two or more digits and an inner strong symbol with a digit or
    /// a capitalised word before the first one ("Xk7#pQ2m", "Pr0bando#2024", "Girasol#2024"; not "FRITZ!Box7530"), no two
    /// symbols in a row (masks and markup: "Visa****4412", "**Order4412**"), and no separator of URLs, addresses,
    /// key-value pairs, paths, percent-encoding or `&`-joined names.
    private static func isStrong(_ v: [UInt32], _ s: Int, _ t: Int) -> Bool {
        var upper = false, lower = false, symbol = false
        var digits = 0
        var previousSymbol = false
        for k in s..<t {
            let c = v[k]
            var isSymbol = false
            if ScalarClass.isUpper(c) { upper = true } else if ScalarClass.isLower(c) { lower = true }
            else if ScalarClass.isDigit(c) { digits += 1 }
            else if [33, 35, 36, 42, 63, 126, 94].contains(c) {
                isSymbol = true
                if previousSymbol { return false }
                if !symbol, k < t - 1 {
                    // A digit before the first symbol, or a capitalised word that is no label ("Girasol#2024", not
                    // "FRITZ!Box7530"; ``labelBeforeSymbol(_:_:_:)``).
                    guard digits > 0 || (k > s + 1 && ScalarClass.isUpper(v[s]) && ScalarClass.isLower(v[k - 1])) else { return false }
                    symbol = true
                }
            }
            else if [47, 64, 58, 46, 61, 43, 92, 38, 37].contains(c) { return false }
            previousSymbol = isSymbol
        }
        return upper && lower && digits >= 2 && symbol
    }
}
