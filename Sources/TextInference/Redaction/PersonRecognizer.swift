/// Finds personal names announced by context: self-introductions ("my name is", "me llamo",
/// "меня зовут", "اسمي"), closing signatures ("Regards, Anna Schmidt") and honorifics
/// ("Mr.", "Mrs.", "Ms.", "Herr", "Frau", "Sr.", "Sra.", "M.", "Mme").
///
/// Only the name is redacted; the cue or title stays for readability.
enum PersonRecognizer {
    private static let titles: [[UInt32]] = [
        "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Herr", "Frau", "Sr", "Sra", "Srta", "Señor", "Señora",
        "Don", "Doña", "M", "Mme", "Mlle", "Monsieur", "Madame", "Sig", "Sig.ra", "Signor", "Signora", "Dhr",
        "Mevr", "Hr", "Fr", "Herrn", "Dott", "Dott.ssa", "Dottor", "Dottoressa", "Ing", "Avv", "Mevrouw",
        "Meneer", "Dña", "Signorina", "Sig.na", "Sigra", "Mag", "Dipl.-Ing", "Mestre", "Engº", "Eng", "Dra",
        "Prof.ssa", "Professor", "Doctor", "Doktor", "Docteur", "Maître", "Me", "Sir", "Lady", "Dame", "Herrin",
        "Senhor", "Senhora", "Dona", "Mademoiselle", "Fräulein", "Mister", "Juffrouw", "Menheer", "Sñr", "Sñra",
        "Familie", "Famille", "Familia", "Famiglia", "Família", "Heer",
    ].map { [UInt32](rawScalarsOf: $0) }

    /// Indices of ``titles`` by their folded first scalar (low byte), so a word is compared only with
    /// the titles it could start.
    private static let titleBuckets: [[Int]] = {
        var buckets = [[Int]](repeating: [], count: 256)
        for (index, title) in titles.enumerated() { buckets[Int(ScalarClass.fold(title[0]) & 0xFF)].append(index) }
        return buckets
    }()

    /// ``titles`` folded: titles of four or more letters also count in lower case ("dott.ssa Marchi").
    private static let foldedTitles: [[UInt32]] = titles.map { $0.map(ScalarClass.fold) }

    /// Titles that must carry a dot to count (single letters and short forms).
    private static let dottedOnly: Set<[UInt32]> = Set(["M", "Hr", "Fr", "Prof", "Sig", "Ing", "Avv", "Dott", "Mag", "Eng", "Me", "Dra"].map { [UInt32](rawScalarsOf: $0) })

    /// The title lists above in the form ``titleEnd(_:_:_:)`` reads: built once, so one scan reads
    /// one static instead of four per word start.
    private struct TitleTable {
        /// ``titles``, ``foldedTitles`` and ``titleBuckets`` as they are.
        let raw: [[UInt32]]
        let folded: [[UInt32]]
        /// ``titleBuckets`` flattened, so a look-up copies no inner array: bucket `b` is
        /// `bucketEntries[bucketStarts[b]..<bucketStarts[b + 1]]`, in the bucket's order.
        let bucketStarts: [Int]
        let bucketEntries: [Int]
        /// Per title: its first four folded scalars (16 low bits each, the first lowest) and the
        /// bits of them that belong to the title, so one compare rejects almost every other title.
        let prefix: [UInt64]
        let mask: [UInt64]
        /// Per title: whether it is in ``dottedOnly``.
        let needsDot: [Bool]
        /// Bit `a * 256 + b` is set when a title's first two folded scalars are `a` and `b`, or it has
        /// one scalar `a` (then `b` is `.` or a space); ``mayStart(_:_:)`` is always true when some
        /// title does not fit (a first scalar ≥ 128 or a second ≥ 256).
        let pairs: [UInt64]
        let anyPair: Bool
        /// A third-scalar filter behind ``pairs``: bit `a * 256 + b` of ``anyThird`` is set when a
        /// one-scalar title fits the pair (then any scalar may follow), and bit ``tripleBit(_:_:)``
        /// of ``triples`` for every other title's first two folded scalars and the one after them:
        /// its third scalar, or `.` and a space after a two-scalar title.
        let anyThird: [UInt64]
        let triples: [UInt64]

        init() {
            raw = PersonRecognizer.titles
            folded = PersonRecognizer.foldedTitles
            var starts: [Int] = []
            var entries: [Int] = []
            for bucket in PersonRecognizer.titleBuckets {
                starts.append(entries.count)
                entries += bucket
            }
            starts.append(entries.count)
            bucketStarts = starts
            bucketEntries = entries
            prefix = folded.map { title in
                var packed: UInt64 = 0
                for k in 0..<min(4, title.count) { packed |= UInt64(title[k] & 0xFFFF) << (16 * k) }
                return packed
            }
            mask = folded.map { $0.count >= 4 ? .max : (1 << (16 * UInt64($0.count))) - 1 }
            needsDot = raw.map { PersonRecognizer.dottedOnly.contains($0) }
            var pairs = [UInt64](repeating: 0, count: 128 * 256 / 64)
            var anyPair = false
            for title in folded {
                for second in title.count == 1 ? [46, 32] : [title[1]] {
                    guard title[0] < 128, second < 256 else { anyPair = true; continue }
                    let bit = Int(title[0]) * 256 + Int(second)
                    pairs[bit >> 6] |= 1 << UInt64(bit & 63)
                }
            }
            self.pairs = pairs
            self.anyPair = anyPair
            var anyThird = [UInt64](repeating: 0, count: 128 * 256 / 64)
            var triples = [UInt64](repeating: 0, count: 4096 / 64)
            for title in folded where title[0] < 128 && (title.count == 1 || title[1] < 256) {
                if title.count == 1 {
                    for second in [46, 32] as [UInt32] {
                        let bit = Int(title[0]) * 256 + Int(second)
                        anyThird[bit >> 6] |= 1 << UInt64(bit & 63)
                    }
                    continue
                }
                let pair = Int(title[0]) * 256 + Int(title[1])
                for third in title.count == 2 ? [46, 32] : [title[2]] {
                    let bit = TitleTable.tripleBit(pair, third)
                    triples[bit >> 6] |= 1 << UInt64(bit & 63)
                }
            }
            self.anyThird = anyThird
            self.triples = triples
        }

        /// The bit of ``triples`` for the pair index `a * 256 + b` followed by the folded scalar `c`.
        @inline(__always) static func tripleBit(_ pair: Int, _ c: UInt32) -> Int {
            Int(truncatingIfNeeded: ((UInt64(pair) &* 0x9E37_79B9) ^ (UInt64(c) &* 0x85EB_CA77)) >> 7) & 4095
        }

        /// Whether a title may start at `i`: false only when none can. A title matches raw (then also
        /// folded) or folded, so the text's first two folded scalars are the title's; a one-scalar
        /// title needs a `.` or a space right after it.
        ///
        /// A title of two or more scalars also fixes the third: its own, or the `.` or space that must
        /// follow a two-scalar title (``titleEnd(_:_:_:)`` wants `.` or a space right after a title, whose
        /// raw scalars fold to themselves).
        @inline(__always) func mayStart(_ folded: [UInt32], _ i: Int) -> Bool {
            if anyPair { return true }
            guard i + 1 < folded.count, folded[i] < 128, folded[i + 1] < 256 else { return false }
            let bit = Int(folded[i]) * 256 + Int(folded[i + 1])
            guard pairs[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return false }
            if anyThird[bit >> 6] & (1 << UInt64(bit & 63)) != 0 { return true }
            guard i + 2 < folded.count else { return false }
            let third = TitleTable.tripleBit(bit, folded[i + 2])
            return triples[third >> 6] & (1 << UInt64(third & 63)) != 0
        }
    }

    private static let titleTable = TitleTable()

    private static let weakSignatures: Set<[UInt32]> = Set(["thanks", "thank you", "cheers", "best", "lg", "grüße", "saluti",
        "thx", "many thanks", "muchas gracias", "grazie mille", "merci beaucoup", "muito obrigado", "muito obrigada",
        "obrigada", "yours", "a presto", "take care", "talk soon", "merci d'avance", "sent from my iphone"]
        .map { [UInt32](scalarsOf: $0) })

    /// Appends ``EntityType/person`` candidates for every cued name in `context`.
    static func scan(_ context: ScanContext, into candidates: inout [Candidate]) {
        let text = context.text
        let v = text.values
        var lastEnd = -1
        for hit in context.cues where hit.start >= lastEnd {
            switch hit.kind {
            case .relation:
                var j = hit.end
                while j < text.count, j - hit.end < 3, v[j] == 44 || v[j] == 58 || v[j] == 32 { j += 1 }
                let titled = skipTitle(text, j)
                let name = NameReader.read(text, at: titled, maxWords: 3, allowCaseless: false)
                    ?? NameReader.readLowercase(text, at: titled)
                guard let name else { continue }
                // "meine Schwester Gitarre": a capitalised noun is no name; ask for a title, a known
                // given name or surname, or a name that closes the clause.
                let firstEnd = LexiconPersonRecognizer.wordEnd(v, name.start)
                // "Conseiller : Bonjour, …", "Operatore: Buongiorno": a greeting after a role word is no name.
                guard titled > j || !startsWithNonName(text, name.start) || monthGivenNameOpens(text, name) else { continue }
                // "Agente: Lo siento mucho", "Medewerker: Vervelend om te horen": a role word that labels a
                // transcript turn at the start of a line is followed by speech, not by a name; a name that
                // fills the rest of the line stays ("Technician: Hans Müller").
                guard titled > j || !isSpeakerTurn(text, hit) || endsLine(text, name.end)
                        || (!containsNonName(text, name)
                            && FieldSeparator.closesLabelName(text, name.start, name.end, words: wordCount(text, name))) else { continue }
                // "reçu par SMS :", "signed by HR": a lone word in capitals is an acronym.
                guard titled > j || !(firstEnd == name.end && isAllCaps(text, name.start, name.end)) else { continue }
                guard titled > j || NameReader.startsWithGivenName(text, name.start)
                        || SurnameLexicon.contains(text.folded, name.start, firstEnd)
                        // "Die Kollegin Merve Aydın aus …": two name-like words after the cue, also in German.
                        || (wordCount(text, name) >= 2 && !containsNonName(text, name) && !LexiconPersonRecognizer.hasNounSuffixedWord(text, name)
                            && !hasLowercaseWord(text, name) && !LexiconPersonRecognizer.leadingWords.contains(WordHash.of(text.folded, name.start, firstEnd)))
                        || (context.language != "de" && (LexiconPersonRecognizer.closesClause(text, name.end)
                            || (wordCount(text, name) >= 2 && !containsNonName(text, name))
                            || (lowercaseWordFollows(text, name.end) && !containsNonName(text, name)))) else { continue }
                candidates.append(Candidate(type: .person, start: name.start, end: name.end))
                lastEnd = listedNames(text, after: name.end, into: &candidates)
            case .nameBefore:
                // "moin, hier kalle aus dem laden", "salut, ici marc": opening a chat, the cue may come first.
                if let name = chatOpeningName(text, after: hit) {
                    candidates.append(Candidate(type: .person, start: name.start, end: name.end))
                    lastEnd = name.end
                    continue
                }
                // "marcus here", "Anna Schmidt hier": the word before must be a known given name (any case),
                // optionally preceded by another given name; a surname right before the cue is kept too.
                var e = hit.start - 1
                guard e > 0, v[e] == 32 else { continue }
                while e > 0, v[e - 1] == 32 { e -= 1 }
                var s = e
                while s > 0, ScalarClass.isLetter(v[s - 1]) || v[s - 1] == 45 { s -= 1 }
                guard s < e, s >= lastEnd else { continue }
                if FirstNameLexicon.contains(text.folded, s, e) {
                    candidates.append(Candidate(type: .person, start: s, end: e))
                    lastEnd = hit.end
                } else if s > 1, v[s - 1] == 32, SurnameLexicon.contains(text.folded, s, e) || ScalarClass.isUpper(v[s]) {
                    var p = s - 1
                    while p > 0, ScalarClass.isLetter(v[p - 1]) { p -= 1 }
                    if p < s - 1, FirstNameLexicon.contains(text.folded, p, s - 1) {
                        candidates.append(Candidate(type: .person, start: p, end: e))
                        lastEnd = hit.end
                    } else if p < s - 1, p >= lastEnd, openingNameBeforeCue(text, p, s - 1, s, e, cueEnd: hit.end) {
                        // "G'day, Lachlan Pryce here.": two capitalised name words that open the text or
                        // follow a one-word greeting, the cue closing the clause.
                        candidates.append(Candidate(type: .person, start: p, end: e))
                        lastEnd = hit.end
                    }
                }
            case .greeting:
                var j = hit.end
                while j < text.count, j - hit.end < 2, v[j] == 44 || v[j] == 32 { j += 1 }
                let titled = skipTitle(text, j)
                // "Hallo Papa,", "Gentile Servizio Clienti,": a kinship word or other non-name is no name,
                // unless it is a known surname after the first word ("Dear Sarah Lane,").
                if let name = NameReader.read(text, at: titled, maxWords: 3, allowCaseless: false),
                   titled > j || !hasNonNameWord(text, name),
                   titled > j || endsGreeting(text, name.end) || NameReader.startsWithGivenName(text, name.start) {
                    candidates.append(Candidate(type: .person, start: name.start, end: name.end))
                    lastEnd = name.end
                } else if let name = NameReader.readLowercase(text, at: j), endsGreeting(text, name.end) {
                    candidates.append(Candidate(type: .person, start: name.start, end: name.end))
                    lastEnd = name.end
                }
            case .selfName, .weakSelfName:
                var j = hit.end
                // "Prénom : Aurélien": French forms put a space before the colon.
                var colon = hit.end > hit.start && v[hit.end - 1] == 58
                if j < text.count, v[j] == 58 {
                    j += 1
                    colon = true
                } else if hit.kind == .selfName, j + 1 < text.count, v[j] == 32, v[j + 1] == 58 {
                    j += 2
                    colon = true
                }
                // "im tariq btw" (English chat for "I'm"), "slt c ines" (French chat for "c'est"): these
                // short cues count only in their language.
                if hit.kind == .weakSelfName, hit.end - hit.start <= 2, !chatShortCueFits(text, hit, context.language) { continue }
                // "Achternaam: van Leeuwen", "Nom : de la Fontaine", "Cognome: De Santis": a form field's
                // value that fills its line may start with surname particles.
                if hit.kind == .selfName, colon, let name = particleSurname(text, at: j) {
                    candidates.append(Candidate(type: .person, start: name.start, end: name.end))
                    lastEnd = name.end
                    continue
                }
                // "t.n.v. J.P. van den Heuvel", "account holder: A. de Souza": initials, particles and a surname.
                if hit.kind == .selfName, let name = initialsAndSurname(text, at: j) {
                    candidates.append(Candidate(type: .person, start: name.start, end: name.end))
                    lastEnd = name.end
                    continue
                }
                // "Nom : N'DIAYE", "Surname: NOWAK": a name field's value in capitals.
                if hit.kind == .selfName, colon, UpperCaseNameField.isNameLabel(text, hit),
                   let name = UpperCaseNameField.read(text, at: j) {
                    candidates.append(Candidate(type: .person, start: name.start, end: name.end))
                    lastEnd = name.end
                    continue
                }
                if hit.kind == .selfName { j = skipRoleLabel(text, skipCopula(text, j)) }
                if hit.kind == .weakSelfName { j = skipArticle(text, j) }
                let strong = hit.kind == .selfName
                // A weak cue also takes two or more capitalised words outside German ("soy Iñaki Etxeberria").
                var name = (strong ? NameReader.read(text, at: j) : nil) ?? NameReader.readLowercase(text, at: j)
                if name == nil, !strong, context.language != "de", let read = NameReader.read(text, at: j, maxWords: 3, allowCaseless: false),
                   wordCount(text, read) >= 2, !containsNonName(text, read) {
                    name = read
                }
                // A weak cue before one unlisted capitalised word that closes the clause ("c'est Gwenaëlle, je").
                if name == nil, !strong, context.language != "de", let read = NameReader.read(text, at: j, maxWords: 1, allowCaseless: false),
                   LexiconPersonRecognizer.closesClause(text, read.end), !containsNonName(text, read), !NameReader.isFunctionWord(text, read.start) {
                    name = read
                }
                guard let name else { continue }
                // After a one- or two-letter chat cue only a given name that is no everyday word counts ("im will…").
                if hit.kind == .weakSelfName, hit.end - hit.start <= 2,
                   LexiconPersonRecognizer.ambiguous.contains(WordHash.of(text.folded, name.start, LexiconPersonRecognizer.wordEnd(v, name.start))) { continue }
                // "numéro client : C-118204", "o contrato é o CT-88012": a single letter or a short word in capitals
                // before a hyphen or digit is an identifier's prefix; before a slash a placeholder ("Name: N/A").
                if name.end - name.start <= 4, name.end == name.start + 1 || isAllCaps(text, name.start, name.end), name.end < text.count,
                   v[name.end] == 45 || v[name.end] == 47 || ScalarClass.isDigit(v[name.end]) { continue }
                // "Kundin: Guten Morgen", "Cliente: Bonjour", "Kunde: Meine Karte": a greeting or possessive is no name.
                if strong, startsWithNonName(text, name.start) && !monthGivenNameOpens(text, name)
                    || (NameReader.isFunctionWord(text, name.start) && !NameReader.startsWithGivenName(text, name.start)) { continue }
                if !strong, !NameReader.startsWithGivenName(text, name.start), wordCount(text, name) < 2 || context.language == "de",
                   !(context.language != "de" && wordCount(text, name) == 1 && LexiconPersonRecognizer.closesClause(text, name.end)) { continue }
                var full = name
                if !strong, context.language == "de", let surnameEnd = germanSurnameAfterCue(text, name) { full.end = surnameEnd }
                candidates.append(Candidate(type: .person, start: full.start, end: full.end))
                lastEnd = full.end
            case .thanks, .acknowledgement:
                // "thanks lisa!", "merci yves !", "ok peter ill try that": a known given name right after.
                var j = hit.end
                while j < text.count, j - hit.end < 2, v[j] == 44 || v[j] == 32 { j += 1 }
                // "thanks so much gareth", "thanks again lisa".
                if hit.kind == .thanks { j = skipIntensifier(text, j) }
                guard j > hit.end, let name = NameReader.readLowercase(text, at: j), name.start == j else { continue }
                let firstEnd = LexiconPersonRecognizer.wordEnd(v, name.start)
                let firstHash = WordHash.of(text.folded, name.start, firstEnd)
                // A capitalised given name that is also a word counts after thanks ("bedankt Noor!", "gracias
                // Pilar!"), unless it is a place ("merci Paris !"); in lower case it does not ("gracias pilar").
                guard !LexiconPersonRecognizer.ambiguous.contains(firstHash)
                        || (hit.kind == .thanks && ScalarClass.isUpper(v[name.start]) && !LexiconPersonRecognizer.places.contains(firstHash)),
                      !LexiconPersonRecognizer.nonNames.contains(WordHash.of(text.folded, name.start, firstEnd)),
                      hit.kind == .acknowledgement || endsGreeting(text, name.end) || addresseeFollows(text, name.end) else { continue }
                candidates.append(Candidate(type: .person, start: name.start, end: name.end))
                lastEnd = name.end
            case .signature:
                var j = hit.end
                while j < text.count, j - hit.end < 2, v[j] == 44 || v[j] == 33 || v[j] == 46 || v[j] == 58 || v[j] == 45 { j += 1 }
                // A lower-case chat sign-off: "lg steffi", "cheers, tom", "saludos pepe" (a known given name ending the line).
                if let name = lowercaseSignatureName(text, at: j) {
                    candidates.append(Candidate(type: .person, start: name.start, end: name.end))
                    lastEnd = name.end
                    continue
                }
                // "Distinti saluti,\n\nAvv. Elena Marchetti", "Cumprimentos,\nDra. Inês Carvalho": a title
                // before the signature name is no part of it.
                var k = j
                while k < text.count, k - j < 6, v[k] == 32 || v[k] == 10 || v[k] == 13 { k += 1 }
                let titled = skipTitle(text, k)
                if titled > k { j = titled }
                guard var name = NameReader.read(text, at: j, allowLineBreak: true), !containsNonName(text, name) else { continue }
                // "Freundliche Grüsse, Urs Meier Rechnung R-2025-…": a noun after the name (no line break between) is
                // none of it.
                if let cut = LexiconPersonRecognizer.endBeforeNounSuffixedWord(text, name) { name = (name.start, cut) }
                let weak = weakSignatures.contains(Array(text.folded[hit.start..<hit.end]))
                if weak, !endsLine(text, name.end) { continue }
                candidates.append(Candidate(type: .person, start: name.start, end: name.end))
                lastEnd = name.end
            default:
                continue
            }
        }
        scanTitles(text, into: &candidates)
        scanDashSignatures(text, into: &candidates)
        scanClosingLines(text, strictNouns: context.language == "de", into: &candidates)
        scanSpeakerLabels(text, into: &candidates)
        MailDisplayNames.scan(text, into: &candidates)
    }

    /// Whether the cue `hit` starts a line (or the text) and a colon follows it: a transcript turn label.
    private static func isSpeakerTurn(_ text: ScannedText, _ hit: CueLexicon.Hit) -> Bool {
        let v = text.values
        var j = hit.end
        while j < text.count, j - hit.end < 2, v[j] == 32 { j += 1 }
        guard j < text.count, v[j] == 58 || v[j] == 0xFF1A else { return false }
        var b = hit.start
        while b > 0, v[b - 1] == 32 || v[b - 1] == 9 { b -= 1 }
        return b == 0 || v[b - 1] == 10 || v[b - 1] == 13
    }

    /// Role words that label a staff member's turn in a chat transcript ("Agent Priya:", "Medewerker Joost:").
    private static let speakerRoles: WordHashSet = WordHash.table("""
        agent agente operator operatore operatrice operador operadora medewerker medewerkster mitarbeiter \
        mitarbeiterin conseiller conseillère conseillere atendente asesor asesora advisor adviser rep consultant \
        consulente berater beraterin adviseur consultor consultora specialist técnico tecnico technician
        """)

    /// Words that follow a role word in labels that name no one ("Agent Notes:", "Operator Status:").
    private static let labelNouns: WordHashSet = WordHash.table("""
        notes note status message messages reply response transfer transferred joined left system bot chat \
        typing summary comment comments id ref action actions info details available offline online
        """)

    /// Speaker labels at line starts in chat transcripts: "[09:15] Agent Priya: …", "Agente Rodrigo: …",
    /// "Marta: …". A label's first word must be a known given name or surname, or follow a role word in
    /// a transcript (at least two label lines), so "Subject:", "Kundin:" or "Agent Notes:" stay.
    private static func scanSpeakerLabels(_ text: ScannedText, into candidates: inout [Candidate]) {
        let v = text.values
        let f = text.folded
        let n = v.count
        var lineStart = 0
        var labelLines = 0
        var sawRoleLabel = false
        var found: [(start: Int, end: Int, known: Bool)] = []
        var lowercase: [(start: Int, end: Int)] = []
        while lineStart < n {
            var lineEnd = lineStart
            while lineEnd < n, v[lineEnd] != 10 { lineEnd += 1 }
            var s = skipLinePrefix(v, lineStart, lineEnd)
            var colon = s
            while colon < lineEnd, colon - s < 40, ScalarClass.isLetter(v[colon]) || v[colon] == 32 || v[colon] == 45 || v[colon] == 46 { colon += 1 }
            guard colon > s, colon < lineEnd, v[colon] == 58 else {
                lineStart = lineEnd + 1
                continue
            }
            labelLines += 1
            let roleEnd = LexiconPersonRecognizer.wordEnd(v, s)
            if roleEnd > s, roleEnd == colon || (roleEnd + 1 == colon && v[roleEnd] == 32) {
                let h = WordHash.of(f, s, roleEnd)
                if speakerRoles.contains(h) || staffLabels.contains(h) { sawRoleLabel = true }
                // "joost: kan iemand helpen": a known given name in lower case labels a customer's turn.
                if ScalarClass.isLower(v[s]), FirstNameLexicon.contains(f, s, roleEnd), !LexiconPersonRecognizer.ambiguous.contains(h),
                   !LexiconPersonRecognizer.nonNames.contains(h) {
                    lowercase.append((s, roleEnd))
                }
            }
            var roled = false
            if roleEnd > s, roleEnd + 1 < lineEnd, v[roleEnd] == 32, speakerRoles.contains(WordHash.of(f, s, roleEnd)) {
                roled = true
                s = roleEnd + 1
            }
            let firstEnd = LexiconPersonRecognizer.wordEnd(v, s)
            if s < lineEnd, ScalarClass.isUpper(v[s]),
               let name = NameReader.read(text, at: s, maxWords: 3, allowCaseless: false), name.start == s,
               name.end < lineEnd, v[name.end] == 58 || (v[name.end] == 32 && name.end + 1 < lineEnd && v[name.end + 1] == 58),
               !containsNonName(text, name), !labelNouns.contains(WordHash.of(f, s, firstEnd)) {
                let known = FirstNameLexicon.contains(f, s, firstEnd) || SurnameLexicon.contains(f, s, firstEnd)
                let everyday = LexiconPersonRecognizer.ambiguous.contains(WordHash.of(f, s, firstEnd))
                if roled || (known && !everyday) { found.append((name.start, name.end, known && (roled || !everyday))) }
            }
            lineStart = lineEnd + 1
        }
        for name in found where name.known || labelLines >= 2 {
            candidates.append(Candidate(type: .person, start: name.start, end: name.end))
        }
        // Lower-case labels count only in a transcript that also has a staff turn ("Agent:", "Medewerker:").
        if sawRoleLabel {
            for name in lowercase { candidates.append(Candidate(type: .person, start: name.start, end: name.end)) }
        }
    }

    /// Turn labels of staff or bots in chat transcripts that are no role word naming a person.
    private static let staffLabels: WordHashSet = WordHash.table("support bot staff helpdesk kundenservice klantenservice assistenza suporte soporte")

    /// Skips leading spaces and a chat timestamp ("[09:15]", "(14:02)", "09:15 -") at a line start.
    private static func skipLinePrefix(_ v: [UInt32], _ start: Int, _ end: Int) -> Int {
        var s = start
        while s < end, v[s] == 32 || v[s] == 9 { s += 1 }
        if s < end, v[s] == 91 || v[s] == 40 {
            var k = s + 1
            while k < end, k - s < 24, v[k] != 93, v[k] != 41 { k += 1 }
            if k < end { s = k + 1 }
        } else if s < end, ScalarClass.isDigit(v[s]) {
            var k = s
            while k < end, k - s < 20, ScalarClass.isDigit(v[k]) || v[k] == 58 || v[k] == 46 || v[k] == 47 { k += 1 }
            if k < end, v[k] == 32 { s = k }
        }
        while s < end, v[s] == 32 || v[s] == 9 || v[s] == 45 || v[s] == 0x2013 { s += 1 }
        return s
    }

    /// A line of one to three capitalised name words that closes a message: after a line ending in a
    /// comma ("Gracias de antemano,\nJimena Quiroga"), or as the last line when a word is a known
    /// given name or surname ("…\nChloe"). In German (`strictNouns`) a known name is always needed.
    private static func scanClosingLines(_ text: ScannedText, strictNouns: Bool, into candidates: inout [Candidate]) {
        let v = text.values
        let f = text.folded
        let n = v.count
        var lineStart = 0
        var previousEndChar: UInt32 = 0
        var lineIndex = 0
        while lineStart < n {
            var lineEnd = lineStart
            while lineEnd < n, v[lineEnd] != 10 { lineEnd += 1 }
            var s = lineStart
            while s < lineEnd, v[s] == 32 || v[s] == 9 || v[s] == 13 { s += 1 }
            var e = lineEnd
            while e > s, v[e - 1] == 32 || v[e - 1] == 13 || v[e - 1] == 9 { e -= 1 }
            if e > s {
                if lineIndex > 0, e - s <= 40, ScalarClass.isUpper(v[s]) {
                    var k = s
                    var words = 0
                    var known = false
                    var ok = true
                    while k < e, ok {
                        let we = LexiconPersonRecognizer.wordEnd(v, k)
                        if we == k || !ScalarClass.isUpper(v[k]) || LexiconPersonRecognizer.nonNames.contains(WordHash.of(f, k, we)) {
                            if we > k, words > 0, LexiconPersonRecognizer.particles.contains(WordHash.of(f, k, we)) {
                                k = we
                                if k < e, v[k] == 32 { k += 1 } else { ok = false }
                                continue
                            }
                            ok = false
                            break
                        }
                        if FirstNameLexicon.contains(f, k, we) || SurnameLexicon.contains(f, k, we) { known = true }
                        words += 1
                        k = we
                        if k < e { if v[k] == 32 { k += 1 } else { ok = false } }
                    }
                    var rest = lineEnd
                    while rest < n, ScalarClass.isWhitespace(v[rest]) { rest += 1 }
                    let last = rest >= n
                    if ok, words >= 1, words <= 3, (previousEndChar == 44 && (known || !strictNouns)) || (last && known) {
                        candidates.append(Candidate(type: .person, start: s, end: e))
                    }
                }
                previousEndChar = v[e - 1]
                lineIndex += 1
            }
            lineStart = lineEnd + 1
        }
    }

    /// A known given name written in lower case after a sign-off (on the same or the next line) that ends
    /// its line: "lg steffi", "cheers,\ntom". Everyday words ("grace", "max") are left out.
    private static func lowercaseSignatureName(_ text: ScannedText, at position: Int) -> (start: Int, end: Int)? {
        let v = text.values
        var j = position
        while j < text.count, j - position < 4, v[j] == 32 || v[j] == 10 || v[j] == 13 { j += 1 }
        guard j < text.count, ScalarClass.isLower(v[j]), let name = NameReader.readLowercase(text, at: j), name.start == j,
              endsLine(text, name.end) else { return nil }
        let firstEnd = LexiconPersonRecognizer.wordEnd(v, j)
        let h = WordHash.of(text.folded, j, firstEnd)
        guard !LexiconPersonRecognizer.ambiguous.contains(h), !LexiconPersonRecognizer.nonNames.contains(h) else { return nil }
        return name
    }

    /// Whether a single space and a lower-case word follow `end` ("le livreur Karim n'est", "O técnico
    /// Hélio esteve"): the capitalised word after a role cue then stands alone, as a name does.
    private static func lowercaseWordFollows(_ text: ScannedText, _ end: Int) -> Bool {
        end + 1 < text.count && text.values[end] == 32 && ScalarClass.isLower(text.values[end + 1])
    }

    /// Whether the span has a lower-case word ("Aus den Augen").
    private static func hasLowercaseWord(_ text: ScannedText, _ name: (start: Int, end: Int)) -> Bool {
        var k = name.start
        while k < name.end {
            if ScalarClass.isLower(text.values[k]), text.isWordStart(k) { return true }
            k += 1
        }
        return false
    }

    /// Whether no letter of `start..<end` is lower case.
    private static func isAllCaps(_ text: ScannedText, _ start: Int, _ end: Int) -> Bool {
        !(start..<end).contains { ScalarClass.isLower(text.values[$0]) }
    }

    /// Capitalised words in a name span.
    private static func wordCount(_ text: ScannedText, _ name: (start: Int, end: Int)) -> Int {
        var count = 0
        var k = name.start
        while k < name.end {
            if ScalarClass.isUpper(text.values[k]), text.isWordStart(k) { count += 1 }
            k += 1
        }
        return count
    }

    /// Whether the span's first word is a greeting, product, month or other non-name.
    /// Words that go on with a German self-introduction after the name ("ich bin Reto Gubler aus Winterthur", "… und
    /// wohne in …", "… von der Firma …", "… hier"); hand-written (own list).
    private static let germanNameFollowers: WordHashSet = WordHash.table("aus und von vom hier mit")

    /// The end of a capitalised surname after a known given name that a weak German cue announced ("ich bin Reto
    /// Gubler aus Winterthur"), when the clause then closes or goes on with ``germanNameFollowers``: the word must be no
    /// stop, product or place word and not end like a noun ("ich bin Anna Kundin" is no name pair), or nil.
    private static func germanSurnameAfterCue(_ text: ScannedText, _ name: (start: Int, end: Int)) -> Int? {
        let v = text.values
        guard wordCount(text, name) == 1, NameReader.startsWithGivenName(text, name.start), ScalarClass.isUpper(v[name.start]),
              let (s, e) = LexiconPersonRecognizer.nextWord(text, after: name.end), ScalarClass.isUpper(v[s]), e - s >= 3,
              (s + 1..<e).contains(where: { ScalarClass.isLower(v[$0]) }) else { return nil }
        let h = WordHash.of(text.folded, s, e)
        guard !LexiconPersonRecognizer.nonNames.contains(h), !LexiconPersonRecognizer.places.contains(h),
              !LexiconPersonRecognizer.hasNounSuffix(text.folded, s, e), !FirstNameLexicon.contains(text.folded, s, e) else { return nil }
        if LexiconPersonRecognizer.closesClause(text, e) { return e }
        guard let (fs, fe) = LexiconPersonRecognizer.nextWord(text, after: e), ScalarClass.isLower(v[fs]),
              germanNameFollowers.contains(WordHash.of(text.folded, fs, fe)) else { return nil }
        return e
    }

    /// Month names that are also given names ("I'm Mei Ling Chua", "this is June Carter", "je suis Avril Dubois"):
    /// hand-written (own list) from the months of the seven languages and English.
    private static let monthGivenNames: WordHashSet = WordHash.table("may mai mei june juni april avril abril aprile")

    /// Whether `name` opens with a month that is also a given name and has at least one more capitalised word,
    /// none of them a non-name ("May Support" is no person).
    private static func monthGivenNameOpens(_ text: ScannedText, _ name: (start: Int, end: Int)) -> Bool {
        let v = text.values
        let first = LexiconPersonRecognizer.wordEnd(v, name.start)
        guard monthGivenNames.contains(WordHash.of(text.folded, name.start, first)), first < name.end else { return false }
        var k = first
        while k < name.end, !ScalarClass.isLetter(v[k]) { k += 1 }
        guard k < name.end, ScalarClass.isUpper(v[k]) else { return false }
        return !containsNonName(text, (k, name.end))
    }

    private static func startsWithNonName(_ text: ScannedText, _ start: Int) -> Bool {
        let e = LexiconPersonRecognizer.wordEnd(text.values, start)
        return e > start && LexiconPersonRecognizer.nonNames.contains(WordHash.of(text.folded, start, e))
    }

    /// Whether a word of the span is a product, place, month or other non-name (``LexiconPersonRecognizer/nonNames``).
    private static func containsNonName(_ text: ScannedText, _ name: (start: Int, end: Int)) -> Bool {
        var k = name.start
        var afterParticle = false
        while k < name.end {
            let e = LexiconPersonRecognizer.wordEnd(text.values, k)
            let lower = e > k && ScalarClass.isLower(text.values[k])
            // Lower-case words inside a name are particles ("Sietske de Boer"), not non-names; the word after them
            // is the surname even when it is also a street word ("Anna van der Laan", "Joost van de Weg").
            if e > k, !lower, LexiconPersonRecognizer.nonNames.contains(WordHash.of(text.folded, k, e)),
               !(afterParticle && streetSurnames.contains(WordHash.of(text.folded, k, e))) { return true }
            afterParticle = lower
            k = max(e, k + 1)
            while k < name.end, !ScalarClass.isLetter(text.values[k]) { k += 1 }
        }
        return false
    }

    /// Street words that are also surnames after a particle ("van der Laan", "van de Weg", "de la Rue"). Hand-written.
    private static let streetSurnames: WordHashSet = WordHash.table("laan weg straat plein gracht lane way street road rue")

    /// Whether `name` holds a ``LexiconPersonRecognizer/nonNames`` word (kinship, team, month…) that is
    /// not a known surname after the first word: "Papa", "Servizio Clienti" yes; "Sarah Lane" no.
    private static func hasNonNameWord(_ text: ScannedText, _ name: (start: Int, end: Int)) -> Bool {
        var k = name.start
        while k < name.end {
            let e = LexiconPersonRecognizer.wordEnd(text.values, k)
            if e > k, !ScalarClass.isLower(text.values[k]),
               LexiconPersonRecognizer.nonNames.contains(WordHash.of(text.folded, k, e)),
               k == name.start || !SurnameLexicon.contains(text.folded, k, e) { return true }
            k = max(e, k + 1)
            while k < name.end, !ScalarClass.isLetter(text.values[k]) { k += 1 }
        }
        return false
    }

    /// Words that join names in a list after a relation cue ("cc: Ana Ruiz, Tom Lee", "Anna Berg and Tom Lee").
    private static let listJoiners: WordHashSet = WordHash.table("and und et y e en")

    /// Reads further full names listed after a cued name ("cc: Oluwaseun Adeyemi, Fenella Crabtree"): each
    /// after ", " or a conjunction, of two or three capitalised name words (or a known given name),
    /// with no product, place or support word. Returns the end of the last name.
    private static func listedNames(_ text: ScannedText, after end: Int, into candidates: inout [Candidate]) -> Int {
        let v = text.values
        var last = end
        var rounds = 0
        while rounds < 4, last + 2 < text.count {
            var j = last
            if v[j] == 44 || v[j] == 59 {
                j += 1
                guard j < text.count, v[j] == 32 else { break }
                j += 1
            } else if v[j] == 32 {
                let we = LexiconPersonRecognizer.wordEnd(v, j + 1)
                guard we > j + 1, we < text.count, v[we] == 32, listJoiners.contains(WordHash.of(text.folded, j + 1, we)) else { break }
                j = we + 1
            } else {
                break
            }
            guard j < text.count, ScalarClass.isUpper(v[j]),
                  let name = NameReader.read(text, at: j, maxWords: 3, allowCaseless: false), name.start == j,
                  !containsNonName(text, name), !hasLowercaseWord(text, name),
                  wordCount(text, name) >= 2 || NameReader.startsWithGivenName(text, name.start) else { break }
            candidates.append(Candidate(type: .person, start: name.start, end: name.end))
            last = name.end
            rounds += 1
        }
        return last
    }

    /// Chat role labels between a question and its answer ("What's your name? User: Sölvi Salómonsson").
    private static let roleLabels: WordHashSet = WordHash.table("user customer client kunde kundin cliente klant caller me")

    /// Skips one role label with its colon after `position`.
    private static func skipRoleLabel(_ text: ScannedText, _ position: Int) -> Int {
        var j = position
        while j < text.count, j - position < 3, text.values[j] == 32 || text.values[j] == 10 { j += 1 }
        let e = LexiconPersonRecognizer.wordEnd(text.values, j)
        guard e > j, e < text.count, text.values[e] == 58, roleLabels.contains(WordHash.of(text.folded, j, e)) else { return position }
        return e + 1
    }

    /// Copulas between a name label and the name ("Ansprechpartnerin ist Katharina Weißenborn").
    private static let copulas: WordHashSet = WordHash.table("ist is est es è é was war era")

    /// Skips one copula (and the spaces around it) after `position`.
    private static func skipCopula(_ text: ScannedText, _ position: Int) -> Int {
        skipWord(of: copulas, text, position)
    }

    /// Skips up to two spaces and then one word of `words` followed by a space, after `position`;
    /// returns `position` when no such word is there.
    private static func skipWord(of words: WordHashSet, _ text: ScannedText, _ position: Int) -> Int {
        var j = position
        while j < text.count, j - position < 2, text.values[j] == 32 { j += 1 }
        let e = LexiconPersonRecognizer.wordEnd(text.values, j)
        guard e > j, e < text.count, text.values[e] == 32, words.contains(WordHash.of(text.folded, j, e)) else { return position }
        return e
    }

    /// Intensifiers between a word of thanks and a name ("thanks so much gareth", "thanks again lisa").
    private static let intensifiers: [[UInt32]] = ["so much ", "a lot ", "again ", "very much ", "a million ", "heaps "]
        .map { [UInt32](scalarsOf: $0) }

    /// Skips one intensifier at `position`.
    private static func skipIntensifier(_ text: ScannedText, _ position: Int) -> Int {
        for phrase in intensifiers where text.hasFoldedPrefix(phrase, at: position) { return position + phrase.count }
        return position
    }

    /// Words that address the person just thanked ("thanks gareth you're a star", "merci julie pour tout").
    private static let addresseeWords: WordHashSet = WordHash.table("you you're youre u for für pour por per voor para")

    /// Whether one space and an ``addresseeWords`` word follow `end`.
    private static func addresseeFollows(_ text: ScannedText, _ end: Int) -> Bool {
        guard end + 1 < text.count, text.values[end] == 32 else { return false }
        let e = LexiconPersonRecognizer.wordEnd(text.values, end + 1)
        return e > end + 1 && addresseeWords.contains(WordHash.of(text.folded, end + 1, e))
    }

    /// Lower-case articles that may stand between a weak self-introduction and a chat name
    /// ("ich bin der jonas", "sou a camila", "sono la giulia").
    private static let articles: WordHashSet = WordHash.table("der die el la a o il lo de")

    /// Skips one article (and its space) after `position`.
    private static func skipArticle(_ text: ScannedText, _ position: Int) -> Int {
        skipWord(of: articles, text, position)
    }

    /// Skips one or two titles ("Frau Dr.", "Mr", "Sig.") at `position`, returning where the name may start.
    private static func skipTitle(_ text: ScannedText, _ position: Int) -> Int {
        var j = position
        while j < text.count, j - position < 2, text.values[j] == 32 { j += 1 }
        var rounds = 0
        let table = titleTable
        while rounds < 2, let end = titleEnd(text, j, table) {
            j = end
            rounds += 1
        }
        return j
    }

    /// Whether a greeting's name closes it: `,`, `!`, `.`, `:`, a line break or the end of the text.
    private static func endsGreeting(_ text: ScannedText, _ end: Int) -> Bool {
        var j = end
        while j < text.count, j - end < 2, text.values[j] == 32 { j += 1 }
        guard j < text.count else { return true }
        let c = text.values[j]
        return c == 44 || c == 33 || c == 46 || c == 58 || c == 10 || c == 13
    }

    /// Names on the line after a `--` signature delimiter line.
    private static func scanDashSignatures(_ text: ScannedText, into candidates: inout [Candidate]) {
        let v = text.values
        var i = 0
        while i + 2 < text.count {
            // A closing " - Ngozi" / " – Anna Berg" at the very end of the text: after a sentence end,
            // or starting with a known given name ("crash on start - Urgent" stays).
            if v[i] == 45 || v[i] == 0x2013 || v[i] == 0x2014, i > 0, v[i - 1] == 32, v[i + 1] == 32,
               let name = NameReader.read(text, at: i + 2, maxWords: 3, allowCaseless: false), name.start == i + 2,
               endsText(text, name.end) || endsWithDeskTag(text, name.end), !containsNonName(text, name),
               NameReader.startsWithGivenName(text, name.start) || (i >= 2 && [46, 33, 63].contains(v[i - 2])) {
                candidates.append(Candidate(type: .person, start: name.start, end: name.end))
                i = name.end
                continue
            }
            // "… Geb.-Datum zur Verifizierung: 17.06.1979. /tw": a call note's closing initials after a slash.
            if v[i] == 47, i >= 2, v[i - 1] == 32, [46, 33, 63].contains(v[i - 2]) || v[i - 2] == 10,
               let (s, e) = slashInitials(text, at: i + 1) {
                candidates.append(Candidate(type: .person, start: s, end: e))
                i = e
                continue
            }
            // "… or mk@example.com — marta": a known given name in lower case closing the text after a dash.
            if v[i] == 45 || v[i] == 0x2013 || v[i] == 0x2014, i > 0, v[i - 1] == 32, v[i + 1] == 32,
               ScalarClass.isLower(v[i + 2]), let name = NameReader.readLowercase(text, at: i + 2), name.start == i + 2,
               endsText(text, name.end), !LexiconPersonRecognizer.ambiguous.contains(WordHash.of(text.folded, name.start, LexiconPersonRecognizer.wordEnd(v, name.start))) {
                candidates.append(Candidate(type: .person, start: name.start, end: name.end))
                i = name.end
                continue
            }
            if v[i] == 45, v[i + 1] == 45, i == 0 || v[i - 1] == 10 {
                var j = i + 2
                while j < text.count, v[j] == 32 || v[j] == 45 { j += 1 }
                if j < text.count, v[j] == 10 || v[j] == 13,
                   let name = NameReader.read(text, at: j, maxWords: 3, allowCaseless: true, allowLineBreak: true) {
                    candidates.append(Candidate(type: .person, start: name.start, end: name.end))
                    i = name.end
                    continue
                }
            }
            i += 1
        }
    }

    /// One to three initials ("J.P.", "J. P.", "A.") and at least one surname particle, then one or two capitalised
    /// words that close the clause, at `position` (after spaces): "J.P. van den Heuvel", "A. de Souza".
    private static func initialsAndSurname(_ text: ScannedText, at position: Int) -> (start: Int, end: Int)? {
        let v = text.values
        var j = position
        while j < text.count, j - position < 3, v[j] == 32 { j += 1 }
        let start = j
        var initials = 0
        while initials < 3, j + 1 < text.count, ScalarClass.isUpper(v[j]), v[j + 1] == 46 {
            initials += 1
            j += 2
            if j < text.count, v[j] == 32 { j += 1 }
        }
        guard initials > 0, j > start, v[j - 1] == 32 else { return nil }
        var particles = 0
        while particles < 3, j < text.count, ScalarClass.isLower(v[j]) {
            let e = LexiconPersonRecognizer.wordEnd(v, j)
            guard e > j, LexiconPersonRecognizer.particles.contains(WordHash.of(text.folded, j, e)), e < text.count, v[e] == 32 else { return nil }
            particles += 1
            j = e + 1
        }
        guard particles > 0 else { return nil }
        var end = j
        var words = 0
        while words < 2, j < text.count, ScalarClass.isUpper(v[j]) {
            let e = LexiconPersonRecognizer.wordEnd(v, j)
            guard e - j >= 2, !LexiconPersonRecognizer.nonNames.contains(WordHash.of(text.folded, j, e)) else { break }
            words += 1
            end = e
            guard e + 1 < text.count, v[e] == 32, ScalarClass.isUpper(v[e + 1]) else { break }
            j = e + 1
        }
        guard words > 0, LexiconPersonRecognizer.closesClause(text, end) else { return nil }
        return (start, end)
    }

    /// Tone and mail tags after a slash that are no initials ("/jk", "/cc", "/EOM"). Hand-written.
    private static let slashTags: WordHashSet = WordHash.table("jk cc bcc s eom eot ok fyi tia lg mfg nvm brb ty thx lol j k")

    /// Two or three letters at `start` that close the text: a writer's initials ("/tw", "/MKö").
    private static func slashInitials(_ text: ScannedText, at start: Int) -> (Int, Int)? {
        let v = text.values
        var e = start
        while e < text.count, e - start < 4, ScalarClass.isLetter(v[e]) { e += 1 }
        guard (2...3).contains(e - start), endsText(text, e), !slashTags.contains(WordHash.of(text.folded, start, e)) else { return nil }
        return (start, e)
    }

    /// Whether `, ` and one or two desk or role words ("klantenservice", "Support Team") close the text after `e`
    /// ("– Roos, klantenservice").
    private static func endsWithDeskTag(_ text: ScannedText, _ e: Int) -> Bool {
        let v = text.values
        guard e + 2 < text.count, v[e] == 44, v[e + 1] == 32 else { return false }
        var k = e + 2
        var words = 0
        while k < text.count, words < 2, ScalarClass.isLetter(v[k]) {
            let we = LexiconPersonRecognizer.wordEnd(v, k)
            let h = WordHash.of(text.folded, k, we)
            guard LexiconPersonRecognizer.nonNames.contains(h) || TranscriptSpeakers.labelWords.contains(h) else { return false }
            words += 1
            k = we
            if k < text.count, v[k] == 32 { k += 1 }
        }
        return words > 0 && endsText(text, k)
    }

    /// Whether only spaces, line breaks and `.`/`!` follow `e`.
    private static func endsText(_ text: ScannedText, _ e: Int) -> Bool {
        var k = e
        while k < text.count, ScalarClass.isWhitespace(text.values[k]) || text.values[k] == 46 || text.values[k] == 33 { k += 1 }
        return k >= text.count
    }

    private static func titleEnd(_ text: ScannedText, _ i: Int, _ table: TitleTable) -> Int? {
        let v = text.values
        guard i < text.count, text.isWordStart(i) else { return nil }
        let folded = text.folded
        let first = folded[i]
        guard first < 128 else { return nil }  // every title starts with an ASCII letter
        let bucket = table.bucketStarts[Int(first & 0xFF)]..<table.bucketStarts[Int(first & 0xFF) + 1]
        guard !bucket.isEmpty else { return nil }
        let upper = ScalarClass.isUpper(v[i])
        guard upper || ScalarClass.isLower(v[i]) else { return nil }
        // The text's first four folded scalars, packed like ``TitleTable/prefix`` (0 past the end):
        // a title whose packed prefix differs cannot match in either case, since a raw match is also a folded one.
        var packed: UInt64 = 0
        var k = 0
        while k < 4, i + k < folded.count {
            packed |= UInt64(folded[i + k] & 0xFFFF) << (16 * k)
            k += 1
        }
        var matchedEnd = -1
        for position in bucket {
            let index = table.bucketEntries[position]
            guard packed & table.mask[index] == table.prefix[index] else { continue }
            let title = table.raw[index]
            guard upper ? text.hasPrefix(title, at: i)
                : ((title.count >= 4 || lowerDotted(text, i, title.count)) && text.hasFoldedPrefix(table.folded[index], at: i))
            else { continue }
            var e = i + title.count
            guard e >= text.count || !ScalarClass.isLetter(v[e]) else { continue }
            let dotted = e < text.count && v[e] == 46
            if dotted { e += 1 }
            // Portuguese feminine and masculine ordinal indicators after the dot: "Sr.ª", "Dr.ª", "Eng.º".
            if dotted, e < text.count, v[e] == 0xAA || v[e] == 0xBA { e += 1 }
            if !dotted, table.needsDot[index] { continue }
            guard e < text.count, v[e] == 32 else { continue }
            matchedEnd = max(matchedEnd, e + 1)
        }
        return matchedEnd > 0 ? matchedEnd : nil
    }

    /// Whether a short lower-case title is written with its dot ("dhr. Van der Linden", "sra. Ruiz"):
    /// two- and three-letter titles count in lower case only so, and never "me."/"m." ("call me. Tom").
    private static func lowerDotted(_ text: ScannedText, _ i: Int, _ length: Int) -> Bool {
        length >= 2 && i + length < text.count && text.values[i + length] == 46
            && (i == 0 || ScalarClass.isWhitespace(text.values[i - 1]))  // not "example.fr. Versão"
            && !(length == 2 && text.folded[i] == 109 && text.folded[i + 1] == 101)
    }

    private static func endsLine(_ text: ScannedText, _ end: Int) -> Bool {
        var j = end
        while j < text.count, text.values[j] == 32 || text.values[j] == 46 || text.values[j] == 33 || text.values[j] == 44 { j += 1 }
        return j >= text.count || text.values[j] == 10 || text.values[j] == 13
    }

    private static func scanTitles(_ text: ScannedText, into candidates: inout [Candidate]) {
        let v = text.values
        let table = titleTable
        var i = 0
        while i < text.count {
            guard ScalarClass.isLetter(v[i]), text.isWordStart(i) else { i += 1; continue }
            guard table.mayStart(text.folded, i), var end = titleEnd(text, i, table) else {
                // When the start is a word character, the rest of its word holds no word start (a word character
                // precedes each of its scalars). A Han, kana or Hangul letter is a letter but not a word character,
                // so "请联系Dr. Okafor" keeps its title: only the next scalar is skipped then.
                let startIsWordChar = ScalarClass.isWordChar(v[i])
                i += 1
                if startIsWordChar {
                    while i < text.count, ScalarClass.isWordChar(v[i]) { i += 1 }
                }
                continue
            }
            if let second = titleEnd(text, end, table) { end = second }
            if let name = titledParticleName(text, at: end, titleStart: i) ?? NameReader.read(text, at: end, maxWords: 3, allowCaseless: false) {
                candidates.append(Candidate(type: .person, start: name.start, end: name.end))
                i = name.end
            } else {
                i = end
            }
        }
    }

    /// Lower-case particles that may open a surname right after a title ("Herr von Arnim", "Sr. de la Fuente",
    /// "heer van Dijk", "Sr. dos Santos"); articles that also open noun phrases ("der", "la", "le", "das")
    /// count only after one of these ("von der Leyen", "de la Fontaine"), so "Herr der Ringe" and "Madame la
    /// Directrice" stay.
    private static let titleParticles: WordHashSet = WordHash.table("von van de da di del della dos do du ter ten")

    /// German, Dutch and English articles and possessives before a title that make "title + particle + word" read
    /// as "the man from …": "Der Herr von Vodafone", "Meine Frau zu Hause". Romance languages put an article before
    /// every title ("el Sr. de la Fuente", "il sig. di Stefano"), so theirs are not listed.
    private static let titleDeterminers: WordHashSet = WordHash.table("""
        der die den dem des das ein eine einen einem einer mein meine meinen meinem meiner unser unsere ihr ihre \
        dein deine het een mijn onze uw the an my our your his their
        """)

    /// A surname opened by lower-case particles after a title: one or two particles (the first from
    /// ``titleParticles``, an elided Dutch "'t" allowed) and one or two capitalised words that are no
    /// product, place or support words, nor written in capitals ("Herr von DHL"). After a German, Dutch or English
    /// article or possessive ("Die Frau von Vodafone") the first word must be a known surname.
    private static func titledParticleName(_ text: ScannedText, at position: Int, titleStart: Int) -> (start: Int, end: Int)? {
        let v = text.values
        var j = position
        while j < text.count, j - position < 3, v[j] == 32 { j += 1 }
        guard j < text.count, ScalarClass.isLower(v[j]) else { return nil }
        let start = j
        var particles = 0
        while particles < 2 {
            let e = LexiconPersonRecognizer.wordEnd(v, j)
            guard e > j, ScalarClass.isLower(v[j]) else { break }
            let h = WordHash.of(text.folded, j, e)
            guard particles == 0 ? titleParticles.contains(h) : LexiconPersonRecognizer.particles.contains(h) else { break }
            particles += 1
            var next = e
            if let after = NameReader.elidedArticleEnd(v, e) { next = after }
            guard next + 1 < text.count, v[next] == 32, ScalarClass.isLetter(v[next + 1]) else { return nil }
            j = next + 1
        }
        guard particles > 0, ScalarClass.isUpper(v[j]) else { return nil }
        var end = -1
        var words = 0
        while words < 2, j < text.count, ScalarClass.isUpper(v[j]) {
            let e = LexiconPersonRecognizer.wordEnd(v, j)
            guard e > j + 1 else { break }
            let h = WordHash.of(text.folded, j, e)
            // A capitalised particle inside the surname: "Mme de La Fontaine", "Sr. de La Torre".
            if words == 0, LexiconPersonRecognizer.capitalParticles.contains(h), e + 2 < text.count, v[e] == 32,
               ScalarClass.isUpper(v[e + 1]) {
                j = e + 1
                continue
            }
            if LexiconPersonRecognizer.nonNames.contains(h) || NameReader.stopWords.contains(Array(text.folded[j..<e])) { break }
            if words == 0 {
                // "DHL", "KPN": a word in capitals is a company or an acronym.
                if ScalarClass.isUpper(v[j + 1]) { return nil }
                if afterDeterminer(text, titleStart), !SurnameLexicon.contains(text.folded, j, e) { return nil }
            }
            words += 1
            end = e
            guard e + 1 < text.count, v[e] == 32, ScalarClass.isUpper(v[e + 1]) else { break }
            j = e + 1
        }
        guard words > 0 else { return nil }
        return (start, end)
    }

    /// Whether the word before `position` (a title's start, one space between) is an article or a possessive.
    private static func afterDeterminer(_ text: ScannedText, _ position: Int) -> Bool {
        let v = text.values
        guard position >= 2, v[position - 1] == 32 else { return false }
        var s = position - 1
        while s > 0, ScalarClass.isLetter(v[s - 1]) { s -= 1 }
        guard s < position - 1 else { return false }
        return titleDeterminers.contains(WordHash.of(text.folded, s, position - 1))
    }

    /// Whether a one- or two-letter weak cue fits the text's language: "im" in English ("im tariq btw"),
    /// "c" in French ("c lucas"); longer cues always fit.
    private static func chatShortCueFits(_ text: ScannedText, _ hit: CueLexicon.Hit, _ language: String) -> Bool {
        let f = text.folded
        if hit.end - hit.start == 1, f[hit.start] == 99 { return language == "fr" }
        if hit.end - hit.start == 2, f[hit.start] == 105, f[hit.start + 1] == 109 { return language == "en" }
        return true
    }

    /// A surname that starts with particles and fills the rest of its line ("van Leeuwen", "de la Fontaine",
    /// "De Santis", "dos Santos"): one or two particles, then one or two capitalised words.
    private static func particleSurname(_ text: ScannedText, at position: Int) -> (start: Int, end: Int)? {
        let v = text.values
        var j = position
        while j < text.count, j - position < 3, v[j] == 32 || v[j] == 9 { j += 1 }
        let start = j
        var particles = 0
        var words = 0
        while j < text.count, particles + words < 4 {
            let e = LexiconPersonRecognizer.wordEnd(v, j)
            guard e > j else { break }
            let h = WordHash.of(text.folded, j, e)
            if words == 0, particles < 2, LexiconPersonRecognizer.particles.contains(h) {
                particles += 1
                // "Achternaam: van 't Hek": the elided Dutch article after a particle counts as the second one.
                if particles == 1, let after = NameReader.elidedArticleEnd(v, e) {
                    particles += 1
                    j = after + 1
                    continue
                }
            } else if words == 0, particles == 0, NameReader.isElidedParticleName(v, j, e) {
                // "Nom : d'Arcy", "Cognome: dell'Orto": an elided particle glued to a capitalised name.
                particles += 1
                words += 1
            } else if particles > 0, ScalarClass.isUpper(v[j]), !LexiconPersonRecognizer.nonNames.contains(h) {
                words += 1
            } else {
                return nil
            }
            j = e
            guard j < text.count, v[j] == 32, j + 1 < text.count, ScalarClass.isLetter(v[j + 1]) else { break }
            j += 1
        }
        guard particles > 0, words > 0, endsLine(text, j) else { return nil }
        return (start, j)
    }

    /// Cues that open a chat before the writer's name ("hier kalle", "ici marc", "aqui bia").
    private static let openingCues: WordHashSet = WordHash.table("hier ici aqui aquí")

    /// A known given name right after an opening cue that starts the text or follows a greeting and a
    /// comma ("moin, hier kalle aus dem laden"); everyday words ("max", "grace") are left out.
    private static func chatOpeningName(_ text: ScannedText, after hit: CueLexicon.Hit) -> (start: Int, end: Int)? {
        let v = text.values
        guard openingCues.contains(WordHash.of(text.folded, hit.start, hit.end)) else { return nil }
        var b = hit.start
        while b > 0, v[b - 1] == 32 { b -= 1 }
        if b > 0 {
            guard v[b - 1] == 44 else { return nil }
            var s = b - 1
            while s > 0, ScalarClass.isLetter(v[s - 1]) { s -= 1 }
            guard s < b - 1, s == 0 || v[s - 1] == 10, LexiconPersonRecognizer.nonNames.contains(WordHash.of(text.folded, s, b - 1))
                    || greetingWords.contains(WordHash.of(text.folded, s, b - 1)) else { return nil }
        }
        guard hit.end + 1 < text.count, v[hit.end] == 32, let name = NameReader.readLowercase(text, at: hit.end + 1),
              name.start == hit.end + 1 else { return nil }
        let firstEnd = LexiconPersonRecognizer.wordEnd(v, name.start)
        let h = WordHash.of(text.folded, name.start, firstEnd)
        guard !LexiconPersonRecognizer.ambiguous.contains(h), !LexiconPersonRecognizer.nonNames.contains(h) else { return nil }
        return name
    }

    /// Whether the capitalised words `a..<aEnd` and `b..<bEnd` before a "here"/"hier"/"ici" cue ending at
    /// `cueEnd` open the text or line, or follow a single greeting word and a comma ("G'day, Lachlan Pryce
    /// here.", "Moin, Kalle Brandt hier!"), are no common word ("Customer Service here") and the cue closes
    /// the clause ("Click Download here to …" does not).
    private static func openingNameBeforeCue(_ text: ScannedText, _ a: Int, _ aEnd: Int, _ b: Int, _ bEnd: Int, cueEnd: Int) -> Bool {
        let v = text.values
        guard cueEnd >= v.count || [46, 44, 33, 10, 13, 59].contains(v[cueEnd]) else { return false }
        for (s, e) in [(a, aEnd), (b, bEnd)] {
            guard e - s >= 2, ScalarClass.isUpper(v[s]), (s + 1..<e).contains(where: { ScalarClass.isLower(v[$0]) }) else { return false }
            let folded = Array(text.folded[s..<e])
            if NameReader.stopWords.contains(folded) || LexiconPersonRecognizer.nonNames.contains(WordHash.of(text.folded, s, e)) { return false }
        }
        var p = a
        while p > 0, v[p - 1] == 32 { p -= 1 }
        if p == 0 || v[p - 1] == 10 { return true }
        // One greeting word before a comma, itself opening the text or line: "G'day,", "Hi,", "Moin,".
        guard v[p - 1] == 44 else { return false }
        var g = p - 1
        while g > 0, ScalarClass.isLetter(v[g - 1]) || v[g - 1] == 39 || v[g - 1] == 0x2019 { g -= 1 }
        return g < p - 1 && (g == 0 || v[g - 1] == 10)
    }

    /// Chat greetings before an opening cue that are not in ``LexiconPersonRecognizer/nonNames``.
    private static let greetingWords: WordHashSet = WordHash.table("moin servus hallöchen coucou bonsoir hoi hee hey hallo ciao oi olá")
}
