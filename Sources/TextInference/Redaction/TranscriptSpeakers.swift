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
        // A timestamp's colon and the label's colon, or a channel's speaker colons.
        guard text.triggers.colons >= 2 else { return }
        let v = text.values
        let n = v.count
        var labels: [Label] = []
        var untimed: [Label] = []
        var channel = false
        var lineStart = 0
        while lineStart < n {
            var lineEnd = lineStart
            while lineEnd < n, v[lineEnd] != 10 { lineEnd += 1 }
            if let s = afterTimestamp(v, lineStart, lineEnd), var label = speaker(v, s, lineEnd) {
                label.channel = opensWithChannel(v, lineStart, lineEnd)
                labels.append(label)
            } else if channelLine(v, lineStart, lineEnd) {
                channel = true
            } else if let label = speaker(v, lineStart, lineEnd) {
                untimed.append(label)
            }
            lineStart = lineEnd + 1
        }
        // Lines opening "name:" with no timestamp are a transcript's only under a "#channel" line ("#support\n
        // tunde: …\ngreta: …"), so forms ("Nome: …") stay with the field rules.
        if channel, untimed.count >= 2 {
            // Under a channel, an untimed capitalised "Word:" is a speaker only on two or more lines, so a form
            // after a hashtag ("#fail\nSize: M\nColor: Rose") stays with the field rules.
            let untimedCounts = labelCounts(text, untimed)
            labels.append(contentsOf: untimed.filter { $0.lower || untimedCounts[WordHash.of(text.folded, $0.start, $0.end), default: 0] >= 2 })
            labels.sort { $0.start < $1.start }
        }
        guard !labels.isEmpty else { return }
        // A bound on the work per text: a field of tens of thousands of "name:" lines is no chat to read.
        if labels.count > maximumLabels { labels.removeLast(labels.count - maximumLabels) }
        let counts = labelCounts(text, labels)
        // One channel line with a timestamp ("#ops 04:17 rémi : …") is a transcript line too.
        let transcript = labels.count >= 2 || channel || labels.contains(where: \.channel)
        for (index, label) in labels.enumerated() {
            // A speaker on two or more lines needs no name score ("vale:" three times), only the label guards.
            let repeated = counts[WordHash.of(text.folded, label.start, label.end), default: 0] >= 2
            if accepted(text, label, transcript: transcript, repeated: repeated, model: model) {
                candidates.append(Candidate(type: .person, start: label.start, end: label.end))
            }
            if index + 1 < labels.count, asksForName(text, label), let answer = nameAnswer(text, labels[index + 1], model: model) {
                candidates.append(Candidate(type: .person, start: answer.lowerBound, end: answer.upperBound))
            }
        }
    }

    /// A speaker label: the name's scalars, whether it is in lower case, and the line's text after the colon.
    struct Label {
        /// The first scalar of the name.
        var start: Int
        /// The end of the name.
        var end: Int
        /// Whether the name is written in lower case.
        var lower: Bool
        /// The first scalar after the label's colon.
        var contentStart: Int
        /// The end of the line.
        var lineEnd: Int
        /// Whether a "#channel" opens the line.
        var channel = false
    }

    /// The most speaker labels read in one text. Default: 2,000.
    static let maximumLabels = 2_000

    /// How often each label's words (folded: case and accents ignored) occur among `labels`, by word hash.
    private static func labelCounts(_ text: ScannedText, _ labels: [Label]) -> [UInt64: Int] {
        var counts: [UInt64: Int] = [:]
        counts.reserveCapacity(labels.count)
        for label in labels { counts[WordHash.of(text.folded, label.start, label.end), default: 0] += 1 }
        return counts
    }

    /// Whether the line `start..<end` opens with a "#channel" and a space.
    private static func opensWithChannel(_ v: [UInt32], _ start: Int, _ end: Int) -> Bool {
        var s = start
        while s < end, v[s] == 32 || v[s] == 9 { s += 1 }
        guard let e = afterChannel(v, s, end) else { return false }
        return e < end && v[e] == 32
    }

    /// Whether the line `start..<end` is a chat channel heading alone: "#support-eng", "#ops-incidents".
    private static func channelLine(_ v: [UInt32], _ start: Int, _ end: Int) -> Bool {
        var s = start
        while s < end, v[s] == 32 || v[s] == 9 { s += 1 }
        guard let e = afterChannel(v, s, end) else { return false }
        var k = e
        while k < end, v[k] == 32 || v[k] == 9 || v[k] == 13 { k += 1 }
        return k == end
    }

    /// The end of a "#channel" name at `s` (letters first, then letters, digits, `-` and `_`), or nil.
    private static func afterChannel(_ v: [UInt32], _ s: Int, _ end: Int) -> Int? {
        guard s + 1 < end, v[s] == 35, ScalarClass.isLetter(v[s + 1]) else { return nil }
        var k = s + 1
        while k < end, ScalarClass.isLetter(v[k]) || ScalarClass.isDigit(v[k]) || v[k] == 45 || v[k] == 95 { k += 1 }
        return k
    }

    /// Whether the text after `label`'s colon asks for a name: "votre nom complet svp ?", "nome e cognome?",
    /// "qual o nome do titular?", "your full name please?".
    private static func asksForName(_ text: ScannedText, _ label: Label) -> Bool {
        let v = text.values
        var question = false
        var k = label.contentStart
        while k < label.lineEnd { if v[k] == 63 || v[k] == 0xBF { question = true; break }; k += 1 }
        guard question else { return false }
        k = label.contentStart
        while k < label.lineEnd {
            guard ScalarClass.isLetter(v[k]) else { k += 1; continue }
            let e = LexiconPersonRecognizer.wordEnd(v, k)
            if nameQuestionWords.contains(WordHash.of(text.folded, k, e)) { return true }
            k = e
        }
        return false
    }

    /// The name that opens the line after a name question: one to five words up to a comma, full stop or the
    /// line's end, each a listed given name or surname, a particle ("dos", "van") or a word scoring as a name.
    private static func nameAnswer(_ text: ScannedText, _ label: Label, model: NameLikenessModel?) -> Range<Int>? {
        let v = text.values
        let f = text.folded
        var k = label.contentStart
        while k < label.lineEnd, v[k] == 32 || v[k] == 9 { k += 1 }
        let start = k
        var words = 0
        var names = 0
        var end = start
        while k < label.lineEnd, ScalarClass.isLetter(v[k]), words < 5 {
            let e = LexiconPersonRecognizer.wordEnd(v, k)
            let h = WordHash.of(f, k, e)
            if LexiconPersonRecognizer.particles.contains(h), words > 0 {
                // A particle counts only between names.
            } else {
                guard e > k + 1, !LexiconPersonRecognizer.nonNames.contains(h), !LexiconPersonRecognizer.places.contains(h),
                      !labelWords.contains(h), !nameQuestionWords.contains(h) else { return nil }
                let listed = FirstNameLexicon.contains(f, k, e) || SurnameLexicon.contains(f, k, e)
                if !listed {
                    guard let model, model.logit(f, k, e) >= capitalisedLogit else { return nil }
                }
                names += 1
                end = e
            }
            words += 1
            k = e
            if k < label.lineEnd, v[k] == 32 { k += 1 }
        }
        // The name must be the whole answer or end at a comma or full stop, and hold two names (or one listed).
        var stop = end
        while stop < label.lineEnd, v[stop] == 32 { stop += 1 }
        guard names >= 1, end > start, stop == label.lineEnd || v[stop] == 44 || v[stop] == 46 || v[stop] == 59 else { return nil }
        if names == 1, !(FirstNameLexicon.contains(f, start, end) || SurnameLexicon.contains(f, start, end)) { return nil }
        return start..<end
    }

    /// The position after a line-opening timestamp and the spaces or dash after it, or nil when the line
    /// `start..<end` opens with none: "[02:14] ", "(14:02) ", "[09/03/2025, 20:14] ", "09:15 - ".
    private static func afterTimestamp(_ v: [UInt32], _ start: Int, _ end: Int) -> Int? {
        var s = start
        while s < end, v[s] == 32 || v[s] == 9 { s += 1 }
        // A channel before the timestamp: "#incident [14:09] niels:", "#ops 04:17 rémi :".
        if let e = afterChannel(v, s, end), e < end, v[e] == 32 {
            s = e
            while s < end, v[s] == 32 { s += 1 }
        }
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
    private static func speaker(_ v: [UInt32], _ s: Int, _ end: Int) -> Label? {
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
        // A role in brackets after the name: "svenja (support): …".
        if c < end, v[c] == 40 {
            var r = c + 1
            while r < end, r - c <= 24, ScalarClass.isLetter(v[r]) || v[r] == 32 || v[r] == 45 { r += 1 }
            if r < end, v[r] == 41, r > c + 1 { c = r + 1; if c < end, v[c] == 32 { c += 1 } }
        }
        guard c < end, v[c] == 58 || v[c] == 0xFF1A, c + 1 >= end || ScalarClass.isWhitespace(v[c + 1]) else { return nil }
        return Label(start: s, end: nameEnd, lower: lower, contentStart: c + 1, lineEnd: end)
    }

    /// Whether the label's words name a person (see the type's summary).
    private static func accepted(_ text: ScannedText, _ label: Label, transcript: Bool, repeated: Bool,
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
                if !listed, !repeated {
                    guard let model, model.logit(f, k, e) >= (label.lower && !label.channel ? lowercaseLogit : capitalisedLogit) else { return false }
                }
            }
            k = e
            while k < label.end, !ScalarClass.isLetter(v[k]) { k += 1 }
        }
        return true
    }

    /// Words of a question for the customer's name in en, de, fr, es, it, nl and pt ("nom complet ?", "nome e
    /// cognome?", "qual o nome do titular?"). Source: written by hand for this project.
    static let nameQuestionWords: WordHashSet = WordHash.table("""
        name names fullname surname forename nom prénom prenom nombre apellido apellidos nome cognome titolare \
        intestatario titular naam achternaam voornaam vorname nachname
        """)

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
        promemoria herinnering lembrete auto-reply autoreply out \
        size color colour price model carrier tracking quantity qty total amount colore taglia prezzo farbe größe \
        preis couleur taille prix talla precio cor tamanho preço kleur maat prijs \
        kafka jenkins redis nginx cron docker kubernetes postgres mysql server worker scheduler daemon \
        klant klanten cliente clienti client clients kunde kundin customer
        """)
}
