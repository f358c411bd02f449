/// Finds chat speakers whose name carries their role in parentheses at the start of a line (after a timestamp, if
/// any): "Jana (Support): Können Sie …", "Sergio (agente): Para verificar …", "Kevin (medewerker): Wil je …", and
/// the reverse, a role word with the name in parentheses: "[21:15] Conseiller (Hugo) : Bonsoir".
///
/// The line opens with one or two capitalised words, the first a listed given name (no everyday word, place or
/// transcript label such as "Agent" or "Cliente"; "Öffnungszeiten (Kundenservice):" and "Support (EMEA):" are
/// labels), then a parenthesis of one to three words of which one names a staff role or desk (``roleWords``,
/// ``TranscriptSpeakers/labelWords`` or ``LexiconPersonRecognizer/nonNames``' support words), then a colon. The
/// words before the parenthesis are the PERSON. Timestamped and untimed transcripts without the role tag stay with
/// ``TranscriptSpeakers``.
enum RoleTaggedSpeakers {
    /// Staff roles and desks that the seven languages' chat exports put in the tag. Hand-written (own list).
    private static let roleWords: WordHashSet = WordHash.table("""
        support service services atendimento atención atencion soporte suporte klantenservice kundenservice \
        kundendienst helpdesk vendas ventas verkoop vertrieb sales billing technik tech backoffice team équipe \
        equipe equipo equipa squadra cs customer care klantcontact assistenza servizio servicio serviço servico \
        clienti clientes kunden klanten sav hotline
        """)

    /// Appends a ``EntityType/person`` candidate for each role-tagged speaker at a line start.
    static func scan(_ text: ScannedText, into candidates: inout [Candidate]) {
        guard text.triggers.colons >= 1 else { return }
        let v = text.values
        let n = v.count
        var lineStart = 0
        while lineStart < n {
            var lineEnd = lineStart
            while lineEnd < n, v[lineEnd] != 10 { lineEnd += 1 }
            if let name = speaker(text, lineStart, lineEnd) {
                candidates.append(Candidate(type: .person, start: name.start, end: name.end))
            }
            lineStart = lineEnd + 1
        }
    }

    /// The speaker name of the line `ls..<le` if it opens with "Name (role):".
    private static func speaker(_ text: ScannedText, _ ls: Int, _ le: Int) -> (start: Int, end: Int)? {
        let v = text.values
        let f = text.folded
        var j = TranscriptLine.skipTimestamp(v, ls, limit: le)
        while j < le, v[j] == 32 || v[j] == 9 { j += 1 }
        if let name = roleThenName(text, j, le) { return name }
        let start = j
        var end = j
        var words = 0
        while j < le, words < 2, ScalarClass.isUpper(v[j]) {
            let e = LexiconPersonRecognizer.wordEnd(v, j)
            let h = WordHash.of(f, j, e)
            guard e - j >= 2, e - j <= 20, !LexiconPersonRecognizer.allCaps(v, j, e), !LexiconPersonRecognizer.nonNames.contains(h),
                  !TranscriptSpeakers.labelWords.contains(h), !LexiconPersonRecognizer.places.contains(h),
                  words > 0 || FirstNameLexicon.contains(f, j, e) else { return nil }
            words += 1
            end = e
            guard e + 1 < le, v[e] == 32 else { return nil }
            j = e + 1
        }
        guard words > 0, j < le, v[j] == 40 else { return nil }
        // The role tag: up to three words and a closing parenthesis, then a colon.
        var k = j + 1
        var role = false
        var tagWords = 0
        while k < le, k - j <= 32, v[k] != 41 {
            if ScalarClass.isLetter(v[k]) {
                let e = LexiconPersonRecognizer.wordEnd(v, k)
                let h = WordHash.of(f, k, e)
                if roleWords.contains(h) || TranscriptSpeakers.labelWords.contains(h) || LexiconPersonRecognizer.nonNames.contains(h) { role = true }
                tagWords += 1
                k = e
            } else if v[k] == 32 || v[k] == 45 || v[k] == 47 || v[k] == 38 {
                k += 1
            } else {
                return nil
            }
        }
        guard role, tagWords <= 3, k < le, v[k] == 41, k + 1 < le, v[k + 1] == 58 || (v[k + 1] == 32 && k + 2 < le && v[k + 2] == 58) else {
            return nil
        }
        return (start, end)
    }

    /// "Conseiller (Hugo) :", "Agente (Marta):": a role word, then one or two capitalised words in parentheses, then a
    /// colon; the words in parentheses are the PERSON.
    private static func roleThenName(_ text: ScannedText, _ j: Int, _ le: Int) -> (start: Int, end: Int)? {
        let v = text.values
        let f = text.folded
        let e = LexiconPersonRecognizer.wordEnd(v, j)
        guard e > j, e + 2 < le, v[e] == 32, v[e + 1] == 40 else { return nil }
        let h = WordHash.of(f, j, e)
        guard TranscriptSpeakers.labelWords.contains(h) || roleWords.contains(h) else { return nil }
        let start = e + 2
        var k = start
        var words = 0
        var end = k
        while k < le, words < 2, ScalarClass.isUpper(v[k]) {
            let we = LexiconPersonRecognizer.wordEnd(v, k)
            let wh = WordHash.of(f, k, we)
            guard we - k >= 2, !LexiconPersonRecognizer.nonNames.contains(wh), !TranscriptSpeakers.labelWords.contains(wh),
                  !LexiconPersonRecognizer.allCaps(v, k, we), !LexiconPersonRecognizer.places.contains(wh),
                  words > 0 || FirstNameLexicon.contains(f, k, we) else { return nil }
            words += 1
            end = we
            guard we < le, v[we] == 32, we + 1 < le, ScalarClass.isUpper(v[we + 1]) else { break }
            k = we + 1
        }
        guard words > 0, end < le, v[end] == 41 else { return nil }
        var c = end + 1
        if c < le, v[c] == 32 { c += 1 }
        guard c < le, v[c] == 58 else { return nil }
        return (start, end)
    }
}
