/// Finds a password quoted (or bracketed) a little after its cue ("mein Passwort … ist angeblich falsch … Habe „Sonnenblume!2026“
/// eingegeben", "the password … I typed 'Blue#Sky2024' twice").
///
/// Within ``window`` scalars after a password word (``passwordWords``) and before a line break, a token of 6–64 scalars in quotes (`"`, `'`, „ “ ” ‚ ‘ ’ « ») or parentheses ("dicté son mot de passe au téléphone (Camembert-Roti-77)") with
/// no space inside that mixes letters and digits (``isPasswordShaped(_:_:_:)``) is a ``EntityType/secret``. A quoted
/// plain word, path, address, time or version is not, nor a quote after a word that names it as something else
/// (``otherThings``: "error", "coupon", "router", "says") or that reads as an error code or a version.
enum QuotedPasswords {
    /// Scalars after the cue searched for a quoted password (within its sentence or the next one).
    static let window = 120

    /// Appends a ``EntityType/secret`` candidate for the first quoted password after each password cue in `context`.
    static func scan(_ context: ScanContext, into candidates: inout [Candidate]) {
        let v = context.text.values
        var covered = -1
        let text = context.text
        for hit in context.cues where hit.kind == .password && hit.end > covered
            && passwordWords.contains(WordHash.of(text.folded, hit.start, hit.end)) {
            var j = hit.end
            while j < v.count, j - hit.end < window, v[j] != 10 {
                // "A senha do portal foi redefinida para Lisboa#2026pt": an unquoted token of a password's strong shape.
                if j > hit.end, v[j - 1] == 32, !opening(v[j]), let end = strongToken(text, at: j) {
                    candidates.append(Candidate(type: .secret, start: j, end: end))
                    covered = end
                    break
                }
                guard opening(v[j]), j + 1 < v.count, !ScalarClass.isWhitespace(v[j + 1]) else { j += 1; continue }
                let start = j + 1
                var end = start
                while end < v.count, end - start < 64, !ScalarClass.isWhitespace(v[end]), !closing(v[end]) { end += 1 }
                if end < v.count, closing(v[end]), end - start >= 6, isPasswordShaped(v, start, end),
                   v[j] != 40 || hasSymbolOrYear(v, start, end),
                   !namesOtherThing(text, quote: j), !looksLikeCodeOrVersion(text, start, end) {
                    candidates.append(Candidate(type: .secret, start: start, end: end))
                    covered = end
                    break
                }
                j = max(end, j + 1)
            }
        }
    }

    /// The end of an unquoted token at `start` that only a password looks like: 6–40 scalars with a small letter, a
    /// digit and a symbol from `#!$%&*?+=~^` ("Lisboa#2026pt", "Temp#4471xq"), or a capitalised word of five or more
    /// letters, one dot and a year-like number ("Rondine.1939"; "Sept.2023" is a date); no `/`, `@` or `:`. A closing
    /// `.`, `,`, `;` or `)` is left out.
    private static func strongToken(_ text: ScannedText, at start: Int) -> Int? {
        let v = text.values
        // A hashtag or a handle ("#Black&Friday2024", "@shop_2024") is no password.
        guard v[start] != 35, v[start] != 64 else { return nil }
        var end = start
        while end < v.count, end - start <= 40, !ScalarClass.isWhitespace(v[end]), !closing(v[end]), v[end] != 44, v[end] != 59 { end += 1 }
        // A closing "." ends the sentence; a closing "!" or "?" too, unless the token already holds a symbol
        // ("Lisboa#2026pt!" keeps it, as the writer may have typed it).
        while end > start, v[end - 1] == 46 { end -= 1 }
        let symbolInside = (start..<end).contains { strongSymbols.contains(v[$0]) && v[$0] != 33 && v[$0] != 63 }
        if !symbolInside { while end > start, v[end - 1] == 33 || v[end - 1] == 63 { end -= 1 } }
        guard end - start >= 6, end - start <= 40 else { return nil }
        let counts = TokenCounts(v, start, end)
        guard counts.pathMarks == 0 else { return nil }
        if counts.strongSymbols > 0, counts.lower, counts.digits > 0, counts.letters > 0, counts.dots == 0 { return end }
        if counts.dots == 1, counts.strongSymbols == 0, isWordDotYear(v, start, end) { return end }
        return nil
    }

    /// Symbols that only passwords mix into a word: `#!$%&*?+=~^`.
    private static let strongSymbols: Set<UInt32> = [35, 33, 36, 37, 38, 42, 63, 43, 61, 126, 94]

    /// What a token is made of, counted once for ``strongToken(_:at:)`` and ``isPasswordShaped(_:_:_:)``.
    private struct TokenCounts {
        var letters = 0, digits = 0, dots = 0, pathMarks = 0, strongSymbols = 0, otherSymbols = 0
        var lower = false

        /// Counts `v[start..<end]`: letters (and whether one is small), digits, dots, path marks (`/`, `@`, `:`),
        /// ``QuotedPasswords/strongSymbols`` and any other symbol.
        init(_ v: [UInt32], _ start: Int, _ end: Int) {
            for k in start..<end {
                let c = v[k]
                if ScalarClass.isLetter(c) {
                    letters += 1
                    if ScalarClass.isLower(c) { lower = true }
                } else if ScalarClass.isDigit(c) { digits += 1 }
                else if c == 46 { dots += 1 }
                else if c == 47 || c == 64 || c == 58 { pathMarks += 1 }
                else if QuotedPasswords.strongSymbols.contains(c) { strongSymbols += 1 }
                else { otherSymbols += 1 }
            }
        }
    }

    /// Whether `v[start..<end]` is a capitalised word of five or more letters, one dot and two to four digits
    /// ("Rondine.1939", "Girasol.2026"; "Sept.2023" is a date).
    private static func isWordDotYear(_ v: [UInt32], _ start: Int, _ end: Int) -> Bool {
        guard ScalarClass.isUpper(v[start]), let dot = (start..<end).first(where: { v[$0] == 46 }), dot - start >= 5,
              (2...4).contains(end - dot - 1) else { return false }
        return (start..<dot).allSatisfy { ScalarClass.isLetter(v[$0]) } && ((dot + 1)..<end).allSatisfy { ScalarClass.isDigit(v[$0]) }
    }

    /// Whether `start..<end` holds a symbol or is a word, a dot and a year-like number: what a parenthesis after a
    /// password word must hold ("(Camembert-Roti-77)", "(Girasol.2026)"), since "(Android14)" names a device.
    private static func hasSymbolOrYear(_ v: [UInt32], _ start: Int, _ end: Int) -> Bool {
        (start..<end).contains { strongSymbols.contains(v[$0]) || v[$0] == 45 || v[$0] == 95 || v[$0] == 46 }
    }

    /// Whether `start..<end` mixes letters and digits (two of each, or both with a symbol), has a lower-case letter,
    /// and is no path, address, time or version (no `/`, `@`, `:` or `.`; a capitalised word, one dot and a year-like
    /// number such as "Girasol.2026" is allowed).
    private static func isPasswordShaped(_ v: [UInt32], _ start: Int, _ end: Int) -> Bool {
        if isWordDotYear(v, start, end) { return true }
        let counts = TokenCounts(v, start, end)
        // Letters all in capitals are an error or product code ("ERR_0x42", "SKU-22A").
        guard counts.pathMarks == 0, counts.dots == 0, counts.lower else { return false }
        let symbols = counts.strongSymbols + counts.otherSymbols
        return counts.letters >= 2 && counts.digits >= 2 || counts.letters > 0 && counts.digits > 0 && symbols > 0
    }

    /// Whether the word before the quote at `quote` names what is quoted as something else: an error, a message, a
    /// device, a coupon ("the app says 'error401'", "coupon 'summer24'", "il modem si chiama 'TIM-2398abc'").
    private static func namesOtherThing(_ text: ScannedText, quote: Int) -> Bool {
        let v = text.values
        var e = quote
        while e > 0, v[e - 1] == 32 || v[e - 1] == 58 { e -= 1 }
        var s = e
        while s > 0, ScalarClass.isLetter(v[s - 1]) { s -= 1 }
        return s < e && otherThings.contains(WordHash.of(text.folded, s, e))
    }

    /// Whether the quoted token reads as an error code or a version ("error401", "v2024r3").
    private static func looksLikeCodeOrVersion(_ text: ScannedText, _ start: Int, _ end: Int) -> Bool {
        let f = text.folded
        if end - start >= 2, f[start] == 118, ScalarClass.isDigit(f[start + 1]) { return true }
        for prefix in errorPrefixes where end - start > prefix.count && Array(f[start..<(start + prefix.count)]) == prefix { return true }
        return false
    }

    /// Password words whose value may be quoted later (not "pass", "pin", "token": season passes, PIN messages).
    /// Hand-written (own list).
    private static let passwordWords = WordHash.table(
        "password passwort kennwort mdp contraseña contrasena senha wachtwoord clave passcode pwd kundenkennwort",
        phrases: ["mot de passe", "palavra-passe", "palavra passe"])

    /// Words before a quote that name the quoted thing as no password, prepositions and possessives of a device ("op mijn
    /// 'iPhone15'"). Hand-written (own list).
    private static let otherThings: WordHashSet = WordHash.table("""
        error message says shows subject coupon voucher code update version model router modem device app called named \
        fehler meldung zeigt gutschein heißt erreur affiche appelle errore messaggio dice mostra chiama erro \
        mensagem diz chama fout melding toont heet mensaje cupón llama on op sur auf su em en my mijn mon ma mi mio mia \
        meu minha mein meine
        """)

    /// Starts of error codes. Hand-written.
    private static let errorPrefixes: [[UInt32]] = ["error", "err", "fehler", "erreur", "errore", "erro", "fout", "code"].map {
        Array($0.unicodeScalars.map(\.value))
    }

    /// Whether `c` opens a quotation.
    @inline(__always) static func opening(_ c: UInt32) -> Bool {
        c == 34 || c == 39 || c == 0x201E || c == 0x201C || c == 0x201A || c == 0x2018 || c == 0xAB || c == 40
    }

    /// Whether `c` closes a quotation.
    @inline(__always) static func closing(_ c: UInt32) -> Bool {
        c == 34 || c == 39 || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 || c == 0xBB || c == 41
    }
}
