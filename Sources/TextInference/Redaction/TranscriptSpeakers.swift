/// Finds the speaker names of a timestamped chat transcript: "[02:14] Priya R.: heads up …",
/// "[02:17] jonah: rolling it now", "09:15 - Marta Ruiz: ok".
///
/// A speaker line starts with a timestamp (in brackets or parentheses, holding a digit and a `:`, or a bare
/// `hh:mm` before a space), then one to three words and a colon. The words are all capitalised (an initial
/// with a dot allowed after the first: "Priya R.") or all in lower case. A capitalised speaker needs every word
/// to be a listed given name or surname or to score as a name (``NameLikenessModel``); a lower-case one needs
/// a transcript (two or more speaker lines) and a listed or well-scoring name. Role, system and field labels
/// in the seven languages ("Agent:", "Customer:", "Kundin:", "Sistema:", "Note:", "Betreff:"), everyday words
/// (``LexiconPersonRecognizer/nonNames``) and words in capitals ("ERROR:") never name a speaker; a role word
/// before a name ("Agent Priya:") is left to ``PersonRecognizer``.
enum TranscriptSpeakers {
    /// The least ``NameLikenessModel`` logit of a capitalised speaker word that no lexicon lists. Default: 0.5.
    static let capitalisedLogit: Float = 0.5
    /// The least logit of a lower-case speaker word that no lexicon lists. Default: 2.0.
    static let lowercaseLogit: Float = 2.0

    /// Appends ``EntityType/person`` candidates for the speakers of timestamped transcript lines.
    static func scan(_ text: ScannedText, model: NameLikenessModel?, into candidates: inout [Candidate]) {
        // A timestamp's colon and the label's colon.
        guard text.triggers.colons >= 2 else { return }
        let v = text.values
        let n = v.count
        var labels: [(start: Int, end: Int, lower: Bool)] = []
        var lineStart = 0
        while lineStart < n {
            var lineEnd = lineStart
            while lineEnd < n, v[lineEnd] != 10 { lineEnd += 1 }
            if let s = afterTimestamp(v, lineStart, lineEnd), let label = speaker(v, s, lineEnd) {
                labels.append(label)
            }
            lineStart = lineEnd + 1
        }
        guard !labels.isEmpty else { return }
        let transcript = labels.count >= 2
        for label in labels where accepted(text, label, transcript: transcript, model: model) {
            candidates.append(Candidate(type: .person, start: label.start, end: label.end))
        }
    }

    /// The position after a line-opening timestamp and the spaces or dash after it, or nil when the line
    /// `start..<end` opens with none: "[02:14] ", "(14:02) ", "[09/03/2025, 20:14] ", "09:15 - ".
    private static func afterTimestamp(_ v: [UInt32], _ start: Int, _ end: Int) -> Int? {
        var s = start
        while s < end, v[s] == 32 || v[s] == 9 { s += 1 }
        guard s < end else { return nil }
        var k: Int
        if v[s] == 91 || v[s] == 40 {
            let close: UInt32 = v[s] == 91 ? 93 : 41
            k = s + 1
            var digit = false
            var colon = false
            while k < end, k - s <= 24, v[k] != close {
                let c = v[k]
                if ScalarClass.isDigit(c) { digit = true } else if c == 58 { colon = true } else if ScalarClass.isLetter(c), !isClockLetter(c) { return nil }
                k += 1
            }
            guard k < end, v[k] == close, digit, colon else { return nil }
            k += 1
        } else if ScalarClass.isDigit(v[s]) {
            k = s
            var colon = false
            while k < end, k - s < 20, ScalarClass.isDigit(v[k]) || v[k] == 58 || v[k] == 46 || v[k] == 47 || v[k] == 45 {
                if v[k] == 58 { colon = true }
                k += 1
            }
            guard colon, k < end, v[k] == 32 else { return nil }
        } else {
            return nil
        }
        let afterStamp = k
        while k < end, v[k] == 32 || v[k] == 9 || v[k] == 45 || v[k] == 0x2013 || v[k] == 0x2014 { k += 1 }
        guard k > afterStamp else { return nil }
        return k
    }

    /// Letters allowed in a bracketed timestamp: "AM", "PM", "h" ("14h02"), a `T` between date and time.
    @inline(__always) private static func isClockLetter(_ c: UInt32) -> Bool {
        switch c | 0x20 {
        case 97, 112, 109, 104, 116: return true
        default: return false
        }
    }

    /// The one to three words from `s` that end in a colon (a space before it allowed), with whether they are
    /// in lower case; nil for any other shape.
    private static func speaker(_ v: [UInt32], _ s: Int, _ end: Int) -> (start: Int, end: Int, lower: Bool)? {
        guard s < end, ScalarClass.isLetter(v[s]) else { return nil }
        let lower = ScalarClass.isLower(v[s])
        var k = s
        var words = 0
        var nameEnd = s
        while k < end {
            guard ScalarClass.isLetter(v[k]), words < 3 else { return nil }
            let e = LexiconPersonRecognizer.wordEnd(v, k)
            if ScalarClass.isLower(v[k]) != lower { return nil }
            if e == k + 1 {
                // An initial: "Priya R.", never first, never in lower case.
                guard !lower, words > 0, e < end, v[e] == 46 else { return nil }
                nameEnd = e + 1
            } else {
                nameEnd = e
            }
            words += 1
            k = nameEnd
            if k < end, v[k] == 32, k + 1 < end, ScalarClass.isLetter(v[k + 1]) { k += 1; continue }
            break
        }
        var c = nameEnd
        if c < end, v[c] == 32 { c += 1 }
        guard c < end, v[c] == 58 || v[c] == 0xFF1A, c + 1 >= end || ScalarClass.isWhitespace(v[c + 1]) else { return nil }
        return (s, nameEnd, lower)
    }

    /// Whether the label's words name a person (see the type's summary).
    private static func accepted(_ text: ScannedText, _ label: (start: Int, end: Int, lower: Bool), transcript: Bool,
                                 model: NameLikenessModel?) -> Bool {
        if label.lower, !transcript { return false }
        let v = text.values
        let f = text.folded
        var k = label.start
        while k < label.end {
            let e = LexiconPersonRecognizer.wordEnd(v, k)
            if e > k + 1 {
                let h = WordHash.of(f, k, e)
                if LexiconPersonRecognizer.nonNames.contains(h) || LexiconPersonRecognizer.places.contains(h)
                    || labelWords.contains(h) || LexiconPersonRecognizer.allCaps(v, k, e) { return false }
                let listed = FirstNameLexicon.contains(f, k, e) || SurnameLexicon.contains(f, k, e)
                if !listed {
                    guard let model, model.logit(f, k, e) >= (label.lower ? lowercaseLogit : capitalisedLogit) else { return false }
                }
            }
            k = e
            while k < label.end, !ScalarClass.isLetter(v[k]) { k += 1 }
        }
        return true
    }

    /// Role, system and field labels that open transcript and log lines in en, de, fr, es, it, nl and pt
    /// (beyond ``LexiconPersonRecognizer/nonNames``, which already holds customer, support, agent-like and
    /// order words). Source: written by hand for this project from chat-export and log conventions; no
    /// copied list.
    static let labelWords: WordHashSet = WordHash.table("""
        agent agente agents operator operatore operatrice operador operadora medewerker medewerkster mitarbeiter \
        mitarbeiterin conseiller conseillère conseillere atendente asesor asesora advisor adviser rep consultant \
        consulente berater beraterin adviseur consultor consultora specialist técnico tecnico technician \
        system sistema système systeem bot chatbot assistant assistent assistente asistente auto automated \
        admin administrator moderator mod staff user users utilisateur usuario utente gebruiker utilizador \
        benutzer nutzer guest gast invité invite invitado ospite convidado visitor visiteur visitante visitatore \
        bezoeker besucher me you moi yo io ik eu ich du tu jij note notes nota notiz notizen remarque opmerking \
        hinweis status estado stato statut info error warning warn debug trace fatal erreur fehler errore fout \
        erro aviso avviso warnung waarschuwing avertissement log logs event evento événement ereignis \
        gebeurtenis subject betreff objet asunto oggetto onderwerp assunto message nachricht mensaje messaggio \
        bericht mensagem reply antwort réponse respuesta risposta antwoord resposta update call anruf appel \
        llamada chiamata oproep chamada chat transfer queue timeout reminder erinnerung rappel recordatorio \
        promemoria herinnering lembrete auto-reply autoreply out
        """)
}
