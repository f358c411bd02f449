/// Finds chat speakers whose name carries their role in parentheses at the start of a line: "Jana (Support): Können
/// Sie …", "Sergio (agente): Para verificar …", "Kevin (medewerker): Wil je …".
///
/// The line opens with one or two capitalised words (no everyday word, no transcript label such as "Agent" or
/// "Cliente"), then a parenthesis of one to three words of which one names a staff role or desk (``roleWords``,
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
        var j = ls
        while j < le, v[j] == 32 || v[j] == 9 { j += 1 }
        let start = j
        var end = j
        var words = 0
        while j < le, words < 2, ScalarClass.isUpper(v[j]) {
            let e = LexiconPersonRecognizer.wordEnd(v, j)
            let h = WordHash.of(f, j, e)
            guard e - j >= 2, e - j <= 20, !LexiconPersonRecognizer.allCaps(v, j, e), !LexiconPersonRecognizer.nonNames.contains(h),
                  !TranscriptSpeakers.labelWords.contains(h) else { return nil }
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
        guard role, tagWords <= 3, k < le, v[k] == 41, k + 1 < le, v[k + 1] == 58 else { return nil }
        return (start, end)
    }
}
