/// Finds the password of a login pasted as "user / password" after an e-mail address ("t.schaefer@example.net /
/// Sommer2026!", "login: ana@example.com | Mar#2024azul").
///
/// After a token holding `@`, one of ` / `, ` | `, ` : ` (or `/`, `|` without spaces) and then a token shaped like a
/// chosen or generated password (``SecretRecognizer/isPasswordShaped(_:_:)``: letters with digits and a symbol, a
/// word with a number, or letters and digits interleaved) is a ``EntityType/secret`` when the line names a login
/// (``loginWords``: "login", "password", "Zugang", "mot de passe", "senha" …). Without spaces around the separator the
/// value must also hold a symbol ("ana@example.com/iPhone15" is a path). A second address, a link or a plain word
/// after the separator is not.
enum LoginPairs {
    /// Appends a ``EntityType/secret`` candidate for the password of every "address / password" pair in `text`.
    static func scan(_ text: ScannedText, into candidates: inout [Candidate]) {
        let v = text.values
        var i = 0
        while i < v.count {
            guard v[i] == 64 else { i += 1; continue }
            // The end of the address token.
            var e = i + 1
            while e < v.count, !ScalarClass.isWhitespace(v[e]), v[e] != 47, v[e] != 124 { e += 1 }
            i = e
            guard e > 0, e + 2 < v.count else { continue }
            var j = e
            let bare = v[j] == 47 || v[j] == 124
            if bare {
                j += 1
            } else if v[j] == 32, v[j + 1] == 47 || v[j + 1] == 124 || v[j + 1] == 58, j + 2 < v.count, v[j + 2] == 32 {
                j += 3
            } else {
                continue
            }
            while j < v.count, j - e < 5, v[j] == 32 { j += 1 }
            guard j < v.count, !ScalarClass.isWhitespace(v[j]), SecretRecognizer.isPasswordShaped(v, j),
                  !bare || SecretRecognizer.isSymbolMixedToken(v, j), lineNamesLogin(text, around: i) else { continue }
            var end = j
            while end < v.count, !ScalarClass.isWhitespace(v[end]) { end += 1 }
            while end > j, v[end - 1] == 44 || v[end - 1] == 46 || v[end - 1] == 59 || v[end - 1] == 41 { end -= 1 }
            // Another address or a link is no password.
            guard !(j..<end).contains(where: { v[$0] == 64 || v[$0] == 47 }) else { continue }
            candidates.append(Candidate(type: .secret, start: j, end: end))
            i = end
        }
    }

    /// Whether the line holding `position` has a login word.
    private static func lineNamesLogin(_ text: ScannedText, around position: Int) -> Bool {
        let v = text.values
        var from = position
        while from > 0, v[from - 1] != 10 { from -= 1 }
        var to = position
        while to < v.count, v[to] != 10 { to += 1 }
        return loginWords.containsWord(of: text, from: from, to: to)
    }

    /// Words that name a login in the seven languages. Hand-written (own list).
    private static let loginWords: WordHashSet = WordHash.table("""
        login logins log user username password passwort kennwort zugang zugangsdaten anmelden anmeldung konto account \
        credentials identifiants connexion compte mot passe mdp usuario contraseña contrasena clave acceso cuenta \
        utente accesso credenziali senha acesso conta utilizador usuário inloggen wachtwoord gebruikersnaam \
        inloggegevens
        """)
}
