/// Passwords named in a sentence some words after their label, where ``SecretRecognizer``'s label rules read no value:
/// "the Wi-Fi password printed on it, Fern-Lamp-62, fails", "la contraseña … Antes era Brisa_1984", "la password
/// del wifi, se serve, è Lago_Blu_77", "mijn wachtwoord is gelekt: het was Tulp!2021".
///
/// Within 140 scalars of a password cue (on its line, or past up to three line breaks after a word), the first token that is set off as a value (after a copula word,
/// a change-to word such as "to" or "in", a comma, a colon, or in parentheses) and has a password's shape:
/// ``SecretRecognizer/passwordShapedEnd(_:_:)``, or a word of three or more letters (two of them lower case) joined to
/// two or more digits by `_`, `-`, `.` or `!` ("Brisa_1984"). When a secret was already found after that cue, only a
/// value after it, in parentheses or after a word, is taken ("… cambiata in Gatto.Nero77", "la nueva (Girasol.2026)").
enum PasswordValueAhead {
    /// Copula words that set off a value in the seven languages ("was", "era", "ist", "est", "è", "é", "is", "lautet").
    /// Hand-written (own list).
    private static let copulaWords: WordHashSet = WordHash.table("""
        is was are ist war wäre lautet est était c'était es era fue è é foi são
        """)

    /// Words after which a changed or tried password's value stands ("changed it to …", "l'ho cambiata in …", "geändert
    /// auf …", "mudei para …", "veranderd naar …", "probé con …"). Hand-written (own list).
    private static let changeToWords: WordHashSet = WordHash.table("""
        to into in auf zu en a para naar em par with con mit avec met com \
        puse pongo metí meti typed entered tried saisi inserito digitato digitei coloquei ingevoerd ingetypt
        """)

    /// How a value is set off from the words before it.
    private enum SetOff {
        /// A copula ("is", "era", "war").
        case copula
        /// A change-to or tried-with word ("to", "in", "auf", "con").
        case changeTo
        /// A comma or colon.
        case punctuation
        /// An opening parenthesis.
        case parenthesis
    }

    /// Appends a ``EntityType/secret`` candidate for each password cue of `context` that has such a value ahead.
    static func scan(_ context: ScanContext, into candidates: inout [Candidate]) {
        let text = context.text
        let v = text.values
        for hit in context.cues where hit.kind == .password {
            // "season pass", "Boarding pass", German "Pass" (passport): too common to look ahead from.
            guard WordHash.of(text.folded, hit.start, hit.end) != passWord else { continue }
            let limit = min(v.count, hit.end + 140)
            // A value already read for this cue (or for an earlier one that reaches past it): look on after it, where
            // only a value in parentheses or after a word sets off a second one ("… es Temp#4471xq, pero … la nueva
            // (Girasol.2026)").
            var floor = hit.end
            for c in candidates where c.type == .secret && c.start >= hit.end && c.start < limit { floor = max(floor, c.end) }
            let second = floor > hit.end
            var j = floor
            // Chat lines after the cue's ("Passwort geht nicht mehr\n…\nKunde: hab es auf Sommer2023! geändert"): up to
            // three line breaks are crossed, and past one only a word sets a value off.
            var lineBreaks = 0
            while j < limit {
                if v[j] == 10 {
                    lineBreaks += 1
                    guard lineBreaks <= 3 else { break }
                }
                guard ScalarClass.isWhitespace(v[j]) else { j += 1; continue }
                var start = j + 1
                let parenthesised = start + 1 < limit && v[start] == 40
                if parenthesised { start += 1 }
                guard start < limit, !ScalarClass.isWhitespace(v[start]),
                      let setOff = parenthesised ? .parenthesis : setOff(text, before: j, after: floor),
                      setOff != .punctuation || (!second && lineBreaks == 0),
                      let end = valueEnd(text, start, setOff: setOff, second: second),
                      !parenthesised || (end < v.count && v[end] == 41),
                      !hasDottedDigits(v, start, end) else {
                    j += 1
                    continue
                }
                candidates.append(Candidate(type: .secret, start: start, end: end))
                break
            }
        }
    }

    /// The folded hash of "pass".
    private static let passWord = WordHash.of(Array("pass".unicodeScalars.map(\.value)), 0, 4)

    /// The end of a value of a password's shape at `start`, by how it is set off, or nil. After a copula any password
    /// shape counts, also a plain word glued to a year ("benfica1904"; not a second value, not a product or
    /// algorithm: "windows10", "sha256"); after a comma or colon a password shape or a word joined to digits; after a
    /// change-to word or in parentheses only a token with a symbol or a joiner ("Gatto.Nero77", "Sommer2023!"), not
    /// a device or product name ("GalaxyS24", "Win11").
    private static func valueEnd(_ text: ScannedText, _ start: Int, setOff: SetOff, second: Bool) -> Int? {
        let v = text.values
        if let end = SecretRecognizer.passwordShapedEnd(v, start) {
            switch setOff {
            case .copula, .punctuation: return end
            case .changeTo, .parenthesis: return hasSymbolOrJoiner(v, start, end) ? end : nil
            }
        }
        if let end = wordJoinedNumberEnd(v, start) {
            // After a change-to or typing word, not a reference or product joined to its number ("puse Pedido-44512",
            // "I tried Chrome-120").
            guard setOff == .changeTo || setOff == .parenthesis else { return end }
            var e = start
            while e < end, ScalarClass.isLetter(v[e]) { e += 1 }
            let word = WordHash.of(text.folded, start, e)
            return productWords.contains(word) || referenceWords.contains(word) ? nil : end
        }
        guard setOff == .copula, !second, let end = wordGluedNumberEnd(v, start) else { return nil }
        var e = start
        while e < end, ScalarClass.isLetter(v[e]) { e += 1 }
        return productWords.contains(WordHash.of(text.folded, start, e)) ? nil : end
    }

    /// Product, system and algorithm names that are glued to a number ("windows10", "android14", "sha256"), folded.
    /// Hand-written (own list).
    static let productWords: WordHashSet = WordHash.table("""
        windows win android ios ipados macos chrome firefox edge safari opera office python java php node sha aes md \
        rsa galaxy iphone ipad pixel ubuntu debian fedora premium gate raum room flight vlucht flug vuelo volo voo \
        model modelo modell modello version versie versão versione build level stufe nivel livello tarif plan
        """)

    /// Reference nouns joined to their number ("Pedido-44512", "Ticket-4521"), folded. Hand-written.
    static let referenceWords: WordHashSet = WordHash.table("""
        order pedido commande ordine bestellung bestelling encomenda ticket invoice factura facture fattura rechnung \
        factuur fatura case caso dossier vorgang ref
        """)

    /// Whether `v[start..<end]` holds a symbol or a joiner (`.`, `_`, `-`).
    private static func hasSymbolOrJoiner(_ v: [UInt32], _ start: Int, _ end: Int) -> Bool {
        (start..<end).contains { [33, 35, 36, 37, 38, 42, 63, 43, 61, 126, 94, 64, 46, 95, 45].contains(v[$0]) }
    }

    /// How the space at `space` sets a value off: after a copula or change-to word of its own, or after a comma or
    /// colon that ends the word before it, with that word after `floor` (the cue's end); nil otherwise. A copula after a
    /// user-name word ("my username is mario_1985") sets off no password.
    private static func setOff(_ text: ScannedText, before space: Int, after floor: Int) -> SetOff? {
        let v = text.values
        guard space > floor else { return nil }
        let c = v[space - 1]
        if c == 44 || c == 58 { return space - 1 > floor ? .punctuation : nil }
        guard ScalarClass.isLetter(c) else { return nil }
        var s = space - 1
        while s > floor, ScalarClass.isLetter(v[s - 1]) || v[s - 1] == 39 || v[s - 1] == 0x2019 { s -= 1 }
        // A word of its own, not the end of a host or a key ("usuario=ana@example.es commit=…").
        guard s > floor, ScalarClass.isWhitespace(v[s - 1]) else { return nil }
        let word = WordHash.of(text.folded, s, space)
        if changeToWords.contains(word) { return .changeTo }
        guard copulaWords.contains(word) else { return nil }
        // The two words before the copula.
        var e = s - 1
        for _ in 0..<2 {
            while e > floor, !ScalarClass.isLetter(v[e - 1]) { e -= 1 }
            var ws = e
            while ws > floor, ScalarClass.isLetter(v[ws - 1]) { ws -= 1 }
            guard ws < e else { break }
            if userWords.contains(WordHash.of(text.folded, ws, e)) { return nil }
            e = ws
        }
        return .copula
    }

    /// User-name words, folded. Hand-written.
    private static let userWords: WordHashSet = WordHash.table("""
        username user login benutzername benutzer nutzername usuario utente utilisateur identifiant gebruikersnaam \
        gebruiker utilizador
        """)

    /// The end of a word of three or more ASCII letters (two or more lower case) joined by one `_`, `-`, `.` or `!` to
    /// two to eight digits at `j`, closing punctuation trimmed, or nil.
    private static func wordJoinedNumberEnd(_ v: [UInt32], _ j: Int) -> Int? {
        var e = j
        var lower = 0
        while e < v.count, ScalarClass.isASCIILetter(v[e]) {
            if ScalarClass.isLower(v[e]) { lower += 1 }
            e += 1
        }
        guard e - j >= 3, lower >= 2, e < v.count, v[e] == 95 || v[e] == 45 || v[e] == 46 || v[e] == 33 else { return nil }
        e += 1
        let digits = e
        while e < v.count, ScalarClass.isDigit(v[e]) { e += 1 }
        guard e - digits >= 2, e - digits <= 8 else { return nil }
        // Whitespace, the end, or one closing `,` `.` `;` `)` before them may follow.
        guard e < v.count, !ScalarClass.isWhitespace(v[e]) else { return e }
        guard [44, 46, 59, 41].contains(v[e]), e + 1 >= v.count || ScalarClass.isWhitespace(v[e + 1]) else { return nil }
        return e
    }

    /// The end of three to sixteen ASCII letters, lower case after the first, glued to two to four digits at `j`
    /// ("benfica1904", "Fido1999"), closing punctuation trimmed, or nil.
    private static func wordGluedNumberEnd(_ v: [UInt32], _ j: Int) -> Int? {
        var e = j
        while e < v.count, ScalarClass.isASCIILetter(v[e]), e == j || ScalarClass.isLower(v[e]) { e += 1 }
        guard e - j >= 3, e - j <= 16 else { return nil }
        let digits = e
        while e < v.count, ScalarClass.isDigit(v[e]) { e += 1 }
        guard e - digits >= 2, e - digits <= 4 else { return nil }
        guard e < v.count, !ScalarClass.isWhitespace(v[e]) else { return e }
        guard [44, 46, 59, 41, 33].contains(v[e]), e + 1 >= v.count || ScalarClass.isWhitespace(v[e + 1]) else { return nil }
        return e
    }

    /// Whether `v[start..<end]` holds a digit, a `.` and a digit in a row (a version, "iOS17.2").
    private static func hasDottedDigits(_ v: [UInt32], _ start: Int, _ end: Int) -> Bool {
        var k = start + 1
        while k + 1 < end {
            if v[k] == 46, ScalarClass.isDigit(v[k - 1]), ScalarClass.isDigit(v[k + 1]) { return true }
            k += 1
        }
        return false
    }
}
