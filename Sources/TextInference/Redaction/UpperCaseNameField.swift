/// Reads a name field's value written in capitals ("Nom : N'DIAYE", "Apellidos: MENDOZA CHÁVEZ",
/// "Surname: NOWAK"), the way forms and administrations write surnames.
///
/// Elsewhere a word in capitals is read as an acronym or a shouted word and never starts a name; after a label that
/// names a person's name field, a value of one to four words in capitals that fills its line (or ends at a field
/// separator) is the name. Placeholders ("N/A", "UNKNOWN", "INCONNU") and company forms ("SARL", "GMBH") are not.
enum UpperCaseNameField {
    /// Folded labels (without their colon) whose value is a person's name. Hand-written (own list).
    private static let labels: Set<[UInt32]> = Set("""
        name|nom|nombre|nome|naam|namn|full name|surname|last name|first name|given name|forename|nachname|vorname|\
        familienname|apellido|apellidos|prénom|prenom|nom de famille|cognome|achternaam|voornaam|apelido|sobrenome|\
        nome completo|nombre completo|nom complet|vollständiger name|volledige naam|account holder|cardholder|\
        card holder|karteninhaber|karteninhaberin|kontoinhaber|kontoinhaberin|titulaire|titular|titular da conta|\
        intestatario|intestataria|rekeninghouder|roepnaam|nome próprio|nombre de pila|name on the card|name on card|\
        nome no cartão|nome no cartao|nombre en la tarjeta|nom sur la carte|naam op de kaart|name auf der karte|\
        nome sulla carta|nome do titular|kaarthouder
        """.split(separator: "|").map { [UInt32](scalarsOf: String($0)) })

    /// Folded placeholder and company-form words that are no name. Hand-written (own list).
    private static let refused: WordHashSet = WordHash.table("""
        none unknown test tbd tba same ditto idem null nil na nn xxx inconnu inconnue desconocido desconocida \
        sconosciuto onbekend unbekannt vide leer aucun ninguno nessuno geen nenhum sarl sas sasu eurl gmbh ag kg bv \
        nv ltd llc inc srl spa sl sa lda plc cv mme mlle keine keiner angabe siehe anhang niet opgegeven not given non \
        sin não nao see voir ver vedi zie anonymous anonyme anonym anonimo anonima anónimo anónima anoniem anoniem \
        redacted withheld vertraulich confidentiel confidencial riservato vertrouwelijk
        """)

    /// Whether the cue `hit` is a name-field label (``labels``), ignoring a trailing colon and spaces.
    static func isNameLabel(_ text: ScannedText, _ hit: CueLexicon.Hit) -> Bool {
        var e = hit.end
        while e > hit.start, text.folded[e - 1] == 58 || text.folded[e - 1] == 32 { e -= 1 }
        guard e > hit.start, e - hit.start <= 24 else { return false }
        return labels.contains(Array(text.folded[hit.start..<e]))
    }

    /// The capitalised value after a name label's colon at `position`, if it is one to four words in capitals
    /// (at least one of three or more letters; a one-letter middle initial allowed) that end the line or stop at a
    /// field separator (`,` `;` `|` `/` `(`) or a sentence's full stop.
    static func read(_ text: ScannedText, at position: Int) -> (start: Int, end: Int)? {
        let v = text.values
        var j = position
        while j < text.count, j - position < 3, v[j] == 32 || v[j] == 9 { j += 1 }
        let start = j
        var words = 0
        var long = false
        var end = j
        while j < text.count, words < 4 {
            guard ScalarClass.isUpper(v[j]) else { break }
            var e = LexiconPersonRecognizer.wordEnd(v, j)
            // A middle initial ("ANDRE L VIEIRA", "MARIA J. SOUSA").
            if e - j == 1, words > 0 {
                let letterEnd = e
                if e < text.count, v[e] == 46 { e += 1 }
                if e + 1 < text.count, v[e] == 32, ScalarClass.isUpper(v[e + 1]) {
                    words += 1
                    j = e + 1
                    continue
                }
                // A trailing initial ("NOWAK J", "SOUSA M.") closes the value.
                words += 1
                end = letterEnd
                break
            }
            guard e - j >= 2, LexiconPersonRecognizer.allCaps(v, j, e), !refused.contains(WordHash.of(text.folded, j, e)),
                  !LexiconPersonRecognizer.nonNames.contains(WordHash.of(text.folded, j, e)) else { return nil }
            if letters(v, j, e) >= 3 { long = true }
            words += 1
            end = e
            guard e + 1 < text.count, v[e] == 32, ScalarClass.isLetter(v[e + 1]) else { break }
            j = e + 1
        }
        guard words > 0, long else { return nil }
        var k = end
        let stop = k < text.count && v[k] == 46 && (k + 1 >= text.count || v[k + 1] == 32 || v[k + 1] == 10)
        while k < text.count, v[k] == 32 || v[k] == 9 || v[k] == 46 { k += 1 }
        guard stop || k >= text.count || [10, 13, 44, 59, 124, 47, 40].contains(v[k]) else { return nil }
        return (start, end)
    }

    /// The number of letters in `v[s..<e]` (apostrophes and hyphens left out).
    private static func letters(_ v: [UInt32], _ s: Int, _ e: Int) -> Int {
        var n = 0
        for k in s..<e where ScalarClass.isLetter(v[k]) { n += 1 }
        return n
    }
}
