/// Reads credential values anywhere in the sentence of a credential word, where the label rules need the value set off
/// right after its label: "I tried Sommer2024 and then Sommer2024! but both fail", "Bello2015 ist mein Kennwort",
/// "la PIN est passée de 2207 à 6185", "the key on the sticker is k7Qm 29Lp 4xTz", "caller gave security answer
/// Springfield".
///
/// A sentence (up to `.`, `?` or `!` before a space, or a line break) that holds a credential word (a password, PIN,
/// code, key or security-answer word, or a German or Dutch compound ending in one: "Torcode", "Mailbox-PIN") is read
/// token by token (a token is a run without spaces, quotes and brackets trimmed):
/// - a token that mixes letters with digits or with a symbol inside ("Sommer2024", "Tmp-8842-xq", "Girafe!Long8"),
///   up to 20 tokens after the word or 6 before it;
/// - digits (4–8, or equal-length groups such as "804 213", "1 9 7 3") right after the word, a copula, a "to"/"from"
///   word near it, a colon, or an earlier value they are joined to;
/// - after a security-answer word, a capitalised word set off by a copula or colon that ends its clause ("… which is
///   Biscuit, but", "Sicherheitsantwort Wuppertal und");
/// - a quoted value right after the word, and a value after a copula in the next sentence when it points back ("The
///   old one was 4471").
///
/// Bare code and key words need a qualifier, answer and question words a security word, tried words a log-in word.
/// A token is not read when a label of something else stands in the three words before it, closer than the credential
/// word ("error E-4031", "Kundennummer K-4471902", "card ends 9931", "username jdoe_77"), when a unit, a company suffix
/// or a field name goes with it, when it has the shape of a reference, region, version, date, time, range, hash,
/// masked card, file or host, or when another recognizer already holds it. The word tables are in
/// `CredentialScopeVocabulary.swift`.
enum CredentialScope {
    /// Compound endings of credential words ("Torcode", "Mailbox-PIN", "WLAN-Schlüssel", "Einmalpasswort").
    /// "pin" and "puk" count only after a hyphen ("SIM-PIN"), since many words end in them ("spin").
    private static let credentialEndings: [[UInt32]] = ["code", "passwort", "kennwort", "wachtwoord",
        "schlüssel", "sleutel", "password", "passcode"].map { [UInt32](scalarsOf: $0) }

    /// Endings of compound labels ("Tageslimit", "Kundennummer").
    private static let labelEndings: [[UInt32]] = ["limit", "nummer", "betrag", "jahr"].map { [UInt32](scalarsOf: $0) }

    /// The folded scalars of "code".
    private static let code = [UInt32](scalarsOf: "code")

    /// The folded hash of "pass" (a boarding or season pass, German "Pass": not a credential word here).
    private static let passWord = WordHash.of([UInt32](scalarsOf: "pass"), 0, 4)

    /// A whitespace-free run of the text, its value with quotes, brackets and trailing punctuation trimmed.
    private struct Token {
        /// The run's bounds.
        let start: Int, end: Int
        /// The trimmed value's bounds.
        let coreStart: Int, coreEnd: Int
        /// Whether a quote, bracket or colon opens the run or ends the one before it.
        var setOffByPunctuation = false
        /// Whether the run before it ends in a comma.
        var setOffByComma = false
        /// A credential, answer or tried word, a label, a set-off word, or none.
        var role = Role.none
        /// The folded hash of the trimmed value (for the word tables).
        var hash: UInt64 = 0
    }

    /// What a token says about the tokens near it.
    private enum Role {
        case none, credential, answer, question, tried, label, setOff

        /// Whether the word opens a credential scope.
        var isCue: Bool {
            switch self {
            case .credential, .answer, .question, .tried: return true
            case .none, .label, .setOff: return false
            }
        }
    }

    /// Whether a credential cue or any word that may open a credential scope occurs in the text (one hash per run of
    /// letters), so the token pass runs only for the texts that need it.
    private static func mayHoldCue(_ context: ScanContext) -> Bool {
        for hit in context.cues where hit.kind == .password || hit.kind == .oneTimeCode || hit.kind == .recoveryCode {
            return true
        }
        let f = context.text.folded
        let v = context.text.values
        let n = v.count
        let triggers = triggerWords
        @inline(__always) func letter(_ c: UInt32) -> Bool { c < 0x80 ? ScalarClass.isASCIILetter(c) : ScalarClass.isLetter(c) }
        var i = 0
        while i < n {
            guard letter(v[i]) else { i += 1; continue }
            var e = i + 1
            while e < n, letter(v[e]) { e += 1 }
            if triggers.contains(WordHash.of(f, i, e)) { return true }
            // Compounds ending in a credential word ("Torcode", "Einmalpasswort", "WLAN-Schlüssel" is two runs).
            if e - i > 6 {
                switch f[e - 1] {
                case 101, 116, 100, 108: // e (code), t (passwort), d (password), l (schlüssel)
                    for ending in credentialEndings where e - i > ending.count
                        && f[(e - ending.count)..<e].elementsEqual(ending) { return true }
                default: break
                }
            }
            i = e
        }
        return false
    }

    /// Whether `c` is a symbol typed inside passwords: `! # $ % & * + @ ^ ~`.
    @inline(__always) private static func isStrongSymbol(_ c: UInt32) -> Bool {
        switch c {
        case 33, 35, 36, 37, 38, 42, 43, 64, 94, 126: return true
        default: return false
        }
    }

    /// Appends a ``EntityType/secret`` candidate for each credential value read in a credential word's sentence.
    static func scan(_ context: ScanContext, candidates: inout [Candidate]) {
        let text = context.text
        let v = text.values
        let n = v.count
        guard mayHoldCue(context) else { return }
        var tokens: [Token] = []
        var sentenceStarts: [Int] = [0]  // indices into tokens
        var i = 0
        var sawRole = false
        // A "." "?" or "!" ends a sentence unless the next word starts with a small letter ("Sommer2024! probiert").
        var pendingBreak = false
        while i < n {
            if ScalarClass.isWhitespace(v[i]) {
                if v[i] == 10 {
                    pendingBreak = false
                    if sentenceStarts.last != tokens.count { sentenceStarts.append(tokens.count) }
                }
                i += 1
                continue
            }
            var e = i
            while e < n, !ScalarClass.isWhitespace(v[e]) { e += 1 }
            if pendingBreak {
                pendingBreak = false
                if !ScalarClass.isLower(v[i]), sentenceStarts.last != tokens.count { sentenceStarts.append(tokens.count) }
            }
            var cs = i, ce = e
            while cs < ce, isOpening(v[cs]) { cs += 1 }
            while ce > cs, isClosing(v[ce - 1]) || v[ce - 1] == 44 || v[ce - 1] == 59 || v[ce - 1] == 58
                || v[ce - 1] == 46 || v[ce - 1] == 63 { ce -= 1 }
            var token = Token(start: i, end: e, coreStart: cs, coreEnd: ce)
            token.hash = WordHash.of(text.folded, cs, ce)
            token.setOffByPunctuation = cs > i || (tokens.last.map { t in
                t.coreEnd < t.end && (v[t.end - 1] == 58 || isOpening(v[t.end - 1]) || isClosing(v[t.end - 1]))
            } ?? false) || (i > 0 && v[i - 1] == 58)
            token.setOffByComma = tokens.last.map { $0.coreEnd < $0.end && v[$0.end - 1] == 44 } ?? false
            token.role = role(text, cs, ce, previous: tokens.last)
            if token.role.isCue { sawRole = true }
            tokens.append(token)
            // A sentence ends after ".", "?" or "!" (the value itself may end in "!").
            var lastIndex = e - 1
            while lastIndex > i, isClosing(v[lastIndex]) { lastIndex -= 1 }
            let last = v[lastIndex]
            if last == 63 || last == 33 || last == 46 && !abbreviation(v, i, lastIndex) { pendingBreak = true }
            // A field separator of a one-line form ("Password: X; Order no: 44812; Room: 1204") ends a sentence too.
            if last == 59 || (e - i == 1 && v[i] == 124) { sentenceStarts.append(tokens.count) }
            i = e
        }
        // A bare code word with its qualifier after it ("code de la porte", "codice dell'allarme", "code van de poort").
        for k in tokens.indices where tokens[k].role == .label
            && codeWords.contains(tokens[k].hash) {
            var q = k + 1
            while q < min(tokens.count, k + 4) {
                var s = tokens[q].coreStart
                for j in tokens[q].coreStart..<tokens[q].coreEnd where v[j] == 39 || v[j] == 0x2019 { s = j + 1 }
                if codeQualifiers.contains(WordHash.of(text.folded, s, tokens[q].coreEnd)) {
                    tokens[k].role = .credential
                    sawRole = true
                    break
                }
                if tokens[q].coreEnd < tokens[q].end { break }
                q += 1
            }
        }
        // Multi-word credential cues ("verification code", "mot de passe", "one-time password").
        var t = 0
        for hit in context.cues where hit.kind == .password || hit.kind == .oneTimeCode || hit.kind == .recoveryCode {
            if WordHash.of(text.folded, hit.start, hit.end) == passWord { continue }
            while t < tokens.count, tokens[t].coreEnd <= hit.start { t += 1 }
            var u = t
            while u < tokens.count, tokens[u].coreStart < hit.end {
                if tokens[u].role != .answer { tokens[u].role = .credential }
                sawRole = true
                u += 1
            }
        }
        guard sawRole else { return }
        sentenceStarts.append(tokens.count)
        var found: [Candidate] = []
        // What already covers each scalar: 0 nothing, 1 a secret, 2 a person, 3 any other type (one pass over the
        // candidates, so each value's overlap test is linear in its length, whatever the text holds).
        var cover = [UInt8](repeating: 0, count: n)
        for c in candidates where c.start < c.end {
            let kind: UInt8 = c.type == .secret ? 1 : c.type == .person ? 2 : 3
            for j in max(0, c.start)..<min(n, c.end) where cover[j] < kind { cover[j] = kind }
        }
        func covered(_ start: Int, _ end: Int) -> (free: Bool, secretOnly: Bool, maxKind: UInt8) {
            var maxKind: UInt8 = 0
            var allSecret = true
            for j in start..<end {
                maxKind = max(maxKind, cover[j])
                if cover[j] != 1 { allSecret = false }
            }
            return (maxKind == 0, allSecret, maxKind)
        }
        func take(_ start: Int, _ end: Int) {
            found.append(Candidate(type: .secret, start: start, end: end))
            for j in start..<end where cover[j] < 1 { cover[j] = 1 }
        }
        // Per sentence: whether it holds a security word, and a log-in or credential word. A plain answer or question
        // word needs a security word in its sentence or the one before ("security answer", "pergunta de segurança");
        // a tried or typed word needs a log-in or credential word in its sentence or a neighbouring one.
        let sentenceCount = sentenceStarts.count - 1
        var securityIn = [Bool](repeating: false, count: sentenceCount)
        var loginIn = [Bool](repeating: false, count: sentenceCount)
        for s in 0..<sentenceCount {
            for j in sentenceStarts[s]..<sentenceStarts[s + 1] {
                let t = tokens[j]
                let hash = t.hash
                if securityWords.contains(hash) || securityAnswerWords.contains(hash) { securityIn[s] = true }
                if t.role == .credential || loginWords.contains(hash) { loginIn[s] = true }
            }
        }
        var previousCueEnd = -1  // where the last credential word of the sentence before ends (scalars), or -1
        for s in 0..<sentenceCount {
            let lo = sentenceStarts[s], hi = sentenceStarts[s + 1]
            guard lo < hi else { continue }
            let security = securityIn[s] || s > 0 && securityIn[s - 1]
            let loginHere = loginIn[s] || s > 0 && loginIn[s - 1] || s + 1 < sentenceCount && loginIn[s + 1]
            let cueIndices = (lo..<hi).filter { j in
                switch tokens[j].role {
                case .credential: return true
                case .answer, .question:
                    return security || securityAnswerWords.contains(tokens[j].hash)
                case .tried: return true  // without a log-in word nearby, only typed-looking values (below)
                case .none, .label, .setOff: return false
                }
            }
            // A sentence right after a credential word's that opens by pointing back at it ("PIN to 9082. The old one
            // was 4471", "Der alte war 3391"; not "Die neue Durchwahl ist 4471") reads a value after its copula.
            let inherited = cueIndices.isEmpty && previousCueEnd >= 0 && tokens[lo].start - previousCueEnd <= 120
            previousCueEnd = cueIndices.last.map { tokens[$0].role == .credential ? tokens[$0].end : -1 } ?? -1
            guard !cueIndices.isEmpty || inherited else { continue }
            // The last value read in this sentence: a value of the same shape soon after it is another one ("tried X
            // and then Y", "l'ancien était 2207 et je voudrais 6185").
            var lastValue: (index: Int, shape: Shape)?
            var nextCue = 0  // the first of `cueIndices` at or after `k`
            var k = lo
            while k < hi {
                defer { k += 1 }
                let token = tokens[k]
                guard token.role == .none, token.coreEnd > token.coreStart else { continue }
                if inherited {
                    let shape = shapeOf(v, token.coreStart, token.coreEnd)
                    guard shape == .digits || shape == .mixed, k > lo, k - lo <= 5,
                          copulaWords.contains(tokens[k - 1].hash),
                          k - 2 >= lo, anaphors.contains(tokens[k - 2].hash),
                          !isReference(v, token.coreStart, token.coreEnd), !looksLikeYear(v, token.coreStart, token.coreEnd),
                          !labelledOtherwise(text, tokens, k, lo: lo, cue: nil), !followedByUnitOrLabel(text, tokens, k, hi),
                          shape == .digits || !notAPassword(text, token.coreStart, token.coreEnd) else { continue }
                    let start = token.coreStart, end = token.coreEnd
                    if covered(start, end).free { take(start, end) }
                    continue
                }
                // The nearest credential word before (within 12 tokens) or after (within 4).
                while nextCue < cueIndices.count, cueIndices[nextCue] < k { nextCue += 1 }
                let before = nextCue > 0 && k - cueIndices[nextCue - 1] <= 20 ? cueIndices[nextCue - 1] : nil
                var afterIndex = nextCue
                if afterIndex < cueIndices.count, cueIndices[afterIndex] == k { afterIndex += 1 }
                let after = afterIndex < cueIndices.count && cueIndices[afterIndex] - k <= 6 ? cueIndices[afterIndex] : nil
                guard before != nil || after != nil else { continue }
                if labelledOtherwise(text, tokens, k, lo: lo, cue: before) { continue }
                let cueRole = before.map { tokens[$0].role } ?? tokens[after!].role
                // The value of another field ("Budget: 1500", "Targa: AB123CD"), a model after its brand ("HP M404dn",
                // "Huawei HG8245H"), or a voucher named after it ("estate24 come codice promo").
                if let field = fieldName(v, tokens, k, lo: lo), !tokens[field].role.isCue,
                   before.map({ k - $0 > 4 }) ?? true { continue }
                if k > lo, brandBefore(text, tokens[k - 1]) { continue }
                if cueRole == .tried, labelAfter(tokens, k, hi) { continue }
                // A quoted value right after a credential word ("the pass \"ciaociao\"", "Wi-Fi key is 'greenhouse
                // tomato 47'"): every word up to the closing quote, up to six words.
                if let b = before, cueRole == .credential, token.coreStart > token.start, isQuote(v[token.start]),
                   k - b == 1 || k - b == 2 && (isCopula(text, tokens[k - 1]) || v[tokens[k - 1].end - 1] == 58),
                   let close = closingQuote(v, tokens, k, hi),
                   !(k...close).contains(where: { statusWords.contains(tokens[$0].hash)
                       || tokens[$0].role.isCue }) {
                    let start = token.coreStart, end = tokens[close].coreEnd
                    if covered(start, end).free { take(start, end) }
                    k = close
                    continue
                }
                let shape = shapeOf(v, token.coreStart, token.coreEnd)
                var end = token.coreEnd
                switch shape {
                case .mixed, .symbolic:
                    if cueRole == .question { continue }
                    // Far from its credential word only a value after another one, a set-off word or punctuation.
                    if let b = before, k - b > 12, !directlySetOff(tokens, k, cue: b), !sibling(text, tokens, lastValue, k, shape) { continue }
                    if cueRole == .tried && !passwordLike(v, token.coreStart, token.coreEnd) { continue }
                    if cueRole == .tried, !loginHere, !yearOrSymbolled(v, token.coreStart, token.coreEnd) { continue }
                    if isReference(v, token.coreStart, token.coreEnd) { continue }
                    if notAPassword(text, token.coreStart, token.coreEnd) { continue }
                    // A model or part number in capitals ("DS-7608NI-K2", "9120AXI") unless right after its word, a copula
                    // or a colon ("Verification code: ZQ-71K9").
                    if !v[token.coreStart..<token.coreEnd].contains(where: ScalarClass.isLower),
                       !(before.map { directlySetOff(tokens, k, cue: $0) || k - 2 == $0 && isCopula(text, tokens[k - 1]) } ?? false) { continue }
                    // A login name ("log in as mrossi85"), the account a credential is for ("password for server01",
                    // "Passwort bei 1und1"), or a plan with a round number ("Home200", "Fibra1000").
                    if k > lo, targetWords.contains(tokens[k - 1].hash) { continue }
                    if roundNumberEnd(v, token.coreStart, token.coreEnd) { continue }
                    // After "by"/"from" ("von Secur24", "technicien de Depann24"): only the first of a change pair ("von
                    // Sommer2023 auf Winter2024") or a value with a year or a symbol.
                    if k > lo, byWords.contains(tokens[k - 1].hash),
                       !yearOrSymbolled(v, token.coreStart, token.coreEnd),
                       !(k + 1 < hi && changeWords.contains(tokens[k + 1].hash)) {
                        continue
                    }
                    if k + 1 < hi, token.coreEnd == token.end,
                       companySuffixes.contains(tokens[k + 1].hash) { continue }
                    // A word glued to one digit ("Berlin2") only right after its credential word, a copula or punctuation.
                    if let b = before, gluedSingleDigit(v, token.coreStart, token.coreEnd), !copulaOrPunctuation(text, tokens, k, cue: b) { continue }
                    // A key written in groups of up to five ("k7Qm 29Lp 4xTz").
                    var g = k + 1
                    while g < hi, token.coreEnd - token.coreStart <= 5, tokens[g].start == tokens[g - 1].end + 1,
                          tokens[g - 1].coreEnd == tokens[g - 1].end,
                          tokens[g].coreStart == tokens[g].start,
                          tokens[g].coreEnd - tokens[g].coreStart == token.coreEnd - token.coreStart,
                          shapeOf(v, tokens[g].coreStart, tokens[g].coreEnd) == .mixed,
                          !isReference(v, tokens[g].coreStart, tokens[g].coreEnd) {
                        end = tokens[g].coreEnd
                        g += 1
                    }
                    k = g - 1
                case .digits:
                    guard cueRole == .credential, let b = before,
                          tokens[k].setOffByPunctuation || k - 1 == b || isCopula(text, tokens[k - 1])
                          || k - b <= 6 && changeWords.contains(tokens[k - 1].hash)
                          || sibling(text, tokens, lastValue, k, .digits) || nearCue(text, tokens, k, cue: b)
                          || tokens[k].setOffByComma && k - b <= 8,
                          !followedByUnitOrLabel(text, tokens, k, hi), !inRangeOrPlace(text, tokens, k, hi, lastValue, cue: b) else { continue }
                    var digits = digitCount(v, token.coreStart, token.coreEnd)
                    var g = k + 1
                    // Groups of digits: "804 213", "1 9 7 3".
                    // Groups as long as the first ("5521 0098 3471", "804 213"), never a year or a count after it.
                    while g < hi, tokens[g].start == tokens[g - 1].end + 1, tokens[g - 1].coreEnd == tokens[g - 1].end,
                          token.coreEnd - token.coreStart <= 4,
                          isDigitRun(v, token.coreStart, token.coreEnd), isDigitRun(v, tokens[g].coreStart, tokens[g].coreEnd),
                          tokens[g].coreEnd - tokens[g].coreStart == token.coreEnd - token.coreStart,
                          !looksLikeYear(v, tokens[g].coreStart, tokens[g].coreEnd) {
                        digits += digitCount(v, tokens[g].coreStart, tokens[g].coreEnd)
                        end = tokens[g].coreEnd
                        g += 1
                    }
                    // A phone number's groups of unequal length ("0800 123 4567") are no code.
                    if g < hi, tokens[g].start == tokens[g - 1].end + 1, isDigitRun(v, tokens[g].coreStart, tokens[g].coreEnd) { continue }
                    guard digits >= 4, digits <= 16, g == k + 1 || !followedByUnitOrLabel(text, tokens, g - 1, hi),
                          !looksLikeYear(v, token.coreStart, end) || k - 1 == b || k - 2 == b && isCopula(text, tokens[k - 1])
                            || tokens[k].setOffByPunctuation && k - b <= 2 else { continue }
                    k = g - 1
                case .shortDigits:
                    // "1 9 7 3": single digits in a row.
                    guard cueRole == .credential, let b = before, directlySetOff(tokens, k, cue: b) else { continue }
                    var digits = token.coreEnd - token.coreStart
                    var g = k + 1
                    while g < hi, tokens[g].start == tokens[g - 1].end + 1, tokens[g - 1].coreEnd == tokens[g - 1].end,
                          isDigitRun(v, tokens[g].coreStart, tokens[g].coreEnd), tokens[g].coreEnd - tokens[g].coreStart <= 3 {
                        digits += tokens[g].coreEnd - tokens[g].coreStart
                        end = tokens[g].coreEnd
                        g += 1
                    }
                    guard digits >= 4, digits <= 8 else { continue }
                    k = g - 1
                case .word:
                    // Not a field label ("Lieblingslehrer: Schneider").
                    // An answer word before wins over a question word ("Geburtsname … für die Sicherheitsabfrage ist
                    // Hoffmann"). Right after a question word and its copula or colon stands the question's text, not
                    // the answer ("Sicherheitsfrage war: Lieblingsstadt?", "Security question: Answered").
                    var cueRole = cueRole, before = before
                    if cueRole == .question, let answer = cueIndices.last(where: { $0 < k && k - $0 <= 12 && tokens[$0].role == .answer }) {
                        cueRole = .answer
                        before = answer
                    }
                    if cueRole == .question, let b = before,
                       (b + 1..<k).allSatisfy({ isCopula(text, tokens[$0]) || tokens[$0].coreEnd == tokens[$0].coreStart }) { continue }
                    if token.end > token.coreEnd, v[token.end - 1] == 63 { continue }
                    if outcomeWords.contains(token.hash) { continue }
                    guard let b = before, cueRole == .answer || cueRole == .question,
                          ScalarClass.isUpper(v[token.coreStart]), token.coreEnd - token.coreStart >= 3,
                          token.coreEnd >= n || v[token.coreEnd] != 58,
                          copulaOrPunctuation(text, tokens, k, cue: b) && (cueRole == .answer || !tokens[k].setOffByComma)
                            || cueRole == .answer && answerFollows(text, tokens, k, cue: b)
                            || k > lo && tokens[k - 1].role == .tried,
                          endsClause(text, tokens, k, hi) else { continue }
                case .other:
                    continue
                }
                let start = token.coreStart
                // A secret another rule read inside this value ("4821" of "4821 0937 5512 6604") gives way; a name
                // gives way to an answer set off as one; any other span keeps its text.
                // Within a secret already found: nothing to add, but it counts as this sentence's value. A longer
                // value over a secret another rule read in part ("4821" of "4821 0937 5512 6604") wins the overlap by
                // its length; a name gives way to an answer set off as one; any other span keeps its text.
                let overlap = covered(start, end)
                if overlap.secretOnly {
                    lastValue = (k, shape)
                    continue
                }
                let answer = shape == .word && (cueRole == .answer || cueRole == .question)
                if overlap.maxKind == 3 || overlap.maxKind == 2 && !answer { continue }
                take(start, end)
                lastValue = (k, shape)
            }
        }
        candidates += found
    }

    /// Whether the credential word `cue` stands at most three tokens before token `k` with only plain words between
    /// ("PUK laut karte 19283746", "il PUK della SIM 12345678", "la réponse secrète Grenoble").
    private static func nearCue(_ text: ScannedText, _ tokens: [Token], _ k: Int, cue: Int) -> Bool {
        guard k - cue <= 3 else { return false }
        for j in (cue + 1)..<k {
            let t = tokens[j]
            guard t.coreEnd == t.end, nearCueWords.contains(t.hash) else { return false }
        }
        return true
    }

    /// Whether `token` is a brand or device word, so a model number follows ("HP M404dn", "Huawei HG8245H").
    private static func brandBefore(_ text: ScannedText, _ token: Token) -> Bool {
        guard token.coreEnd == token.end, token.coreEnd > token.coreStart else { return false }
        let hash = token.hash
        return productNames.contains(hash) || PasswordValueAhead.productWords.contains(hash) || brandWords.contains(hash)
    }

    /// The token that names token `k`'s field when a colon sets `k` off ("Budget: 1500", "Code de vérification : X").
    private static func fieldName(_ v: [UInt32], _ tokens: [Token], _ k: Int, lo: Int) -> Int? {
        guard k > lo, v[tokens[k - 1].end - 1] == 58 else { return nil }
        let field = tokens[k - 1].coreEnd == tokens[k - 1].coreStart ? k - 2 : k - 1
        guard field >= lo, tokens[field].coreEnd > tokens[field].coreStart,
              v[tokens[field].coreStart..<tokens[field].coreEnd].allSatisfy({ ScalarClass.isLetter($0) || $0 == 45 || $0 == 39 })
        else { return nil }  // "INC-40412: Nonna*Pina1 è la password": a value, not a field name, before the colon
        return field
    }

    /// Whether `v[start..<end]` ends in a round number of three or more digits after letters ("Home200", "Fibra1000").
    private static func roundNumberEnd(_ v: [UInt32], _ start: Int, _ end: Int) -> Bool {
        var d = end
        while d > start, ScalarClass.isDigit(v[d - 1]) { d -= 1 }
        guard end - d >= 3, d > start, ScalarClass.isLetter(v[d - 1]), v[d] != 48 else { return false }
        return v[end - 1] == 48 && v[end - 2] == 48
    }

    /// Whether a label of something else follows token `k` within three tokens ("estate24 come codice promo").
    private static func labelAfter(_ tokens: [Token], _ k: Int, _ hi: Int) -> Bool {
        var j = k + 1
        while j < min(hi, k + 4) {
            if tokens[j].role == .label { return true }
            j += 1
        }
        return false
    }

    /// Whether token `k` follows the answer word `cue` with at most two words that say which answer between them
    /// ("la réponse secrète Grenoble", "la respuesta de seguridad Salamanca"; not "eine Antwort bis Freitag").
    private static func answerFollows(_ text: ScannedText, _ tokens: [Token], _ k: Int, cue: Int) -> Bool {
        guard k - cue <= 3 else { return false }
        for j in (cue + 1)..<k {
            let t = tokens[j]
            guard t.coreEnd == t.end else { return false }
            let hash = t.hash
            if answerModifiers.contains(hash) { continue }
            // "de"/"di"/"da"/"do" only before a security word ("la respuesta de seguridad Toledo").
            if ofWords.contains(hash), j + 1 < k,
               securityWords.contains(tokens[j + 1].hash) { continue }
            return false
        }
        return true
    }

    /// Whether the tokens after a number make it an amount, a duration or a reference: a unit or currency ("1000
    /// seconds", "1299 €", "1500 dólares") or a copula and a label ("1234-5678 is the order").
    private static func followedByUnitOrLabel(_ text: ScannedText, _ tokens: [Token], _ k: Int, _ hi: Int) -> Bool {
        guard k + 1 < hi else { return false }
        let next = tokens[k + 1]
        // The first of a range with its unit after the second ("von 1000 auf 2000 Euro", "de 1500 à 3000 euros").
        if k + 3 < hi, changeWords.contains(next.hash),
           isDigitRun(text.values, tokens[k + 2].coreStart, tokens[k + 2].coreEnd),
           unitWords.contains(tokens[k + 3].hash) { return true }
        // A Dutch postcode ("1012 AB Amsterdam").
        if next.coreEnd - next.coreStart == 2, ScalarClass.isASCIIUpper(text.values[next.coreStart]),
           ScalarClass.isASCIIUpper(text.values[next.coreStart + 1]) { return true }
        if unitWords.contains(next.hash) { return true }
        // "2500 euros a day", "2500 pro Tag": a unit one word on.
        if k + 2 < hi, next.coreEnd == next.end,
           unitWords.contains(tokens[k + 2].hash) { return true }
        if next.coreEnd == next.coreStart, next.end > next.start {
            switch text.values[next.start] {
            case 0x20AC, 36, 0xA3, 37: return true
            default: break
            }
        }
        guard isCopula(text, next) else { return false }
        var j = k + 2
        while j < min(hi, k + 4) {
            if tokens[j].role == .label { return true }
            j += 1
        }
        return false
    }

    /// Whether the digits of token `k` are one end of a range or a place rather than a code: both ends of "from X to Y"
    /// read as clock times ("from 0930 to 1100"); "Y" after "to" when "X" before it was no value ("laptops 4417 to
    /// 4430"); a town right after it ("enviada para 1200-195 Lisboa"); or a verb after it ("1500 was withdrawn").
    private static func inRangeOrPlace(_ text: ScannedText, _ tokens: [Token], _ k: Int, _ hi: Int,
                                       _ lastValue: (index: Int, shape: Shape)?, cue: Int) -> Bool {
        let v = text.values
        func isChange(_ j: Int) -> Bool {
            j >= 0 && j < tokens.count && changeWords.contains(tokens[j].hash)
        }
        func clockTime(_ j: Int) -> Bool {
            guard j >= 0, j < tokens.count, tokens[j].coreEnd - tokens[j].coreStart == 4,
                  isDigitRun(v, tokens[j].coreStart, tokens[j].coreEnd) else { return false }
            let s = tokens[j].coreStart
            let hours = Int(v[s] - 48) * 10 + Int(v[s + 1] - 48), minutes = Int(v[s + 2] - 48) * 10 + Int(v[s + 3] - 48)
            return hours < 24 && minutes < 60
        }
        if clockTime(k) {
            if isChange(k + 1), clockTime(k + 2) { return true }
            if isChange(k - 1), clockTime(k - 2) { return true }
        }
        if isChange(k - 1), k >= 2, isDigitRun(v, tokens[k - 2].coreStart, tokens[k - 2].coreEnd),
           lastValue?.index != k - 2 { return true }
        if k + 1 < hi, ScalarClass.isUpper(v[tokens[k + 1].coreStart]), tokens[k].coreEnd == tokens[k].end,
           isChange(k - 1) || v[tokens[k].coreStart..<tokens[k].coreEnd].contains(45) { return true }
        // Right after its word or a colon a number is the value whatever follows ("PIN 4471 wurde gesperrt").
        if k - 1 == cue || tokens[k].setOffByPunctuation { return false }
        if k + 1 < hi, tokens[k].coreEnd == tokens[k].end, isCopula(text, tokens[k + 1]) || auxiliaries.contains(
            tokens[k + 1].hash) {
            // "2580 is my code" stays a value: a credential word within three tokens after the verb.
            var j = k + 2
            while j < min(hi, k + 5) {
                if tokens[j].role == .credential { return false }
                j += 1
            }
            return true
        }
        return false
    }

    /// Whether `v[start..<end]` is letters glued to a single final digit ("Berlin2", "Win1").
    private static func gluedSingleDigit(_ v: [UInt32], _ start: Int, _ end: Int) -> Bool {
        end - start >= 3 && ScalarClass.isDigit(v[end - 1]) && v[start..<(end - 1)].allSatisfy(ScalarClass.isLetter)
    }

    /// Whether a mixed token names something other than a credential: a hashtag or handle ("#Black&Friday2024"), a
    /// product, system or reference word glued to a number ("firefox128", "iPhone15", "Sept.2023", "TP-Link_Archer_C6"),
    /// or a number joined to a word ("2FA-update", "2FA-code").
    private static func notAPassword(_ text: ScannedText, _ start: Int, _ end: Int) -> Bool {
        let v = text.values
        if v[start] == 35 || v[start] == 64 { return true }
        var e = start
        while e < end, ScalarClass.isLetter(v[e]) { e += 1 }
        if e > start {
            let lead = WordHash.of(text.folded, start, e)
            if PasswordValueAhead.productWords.contains(lead) || PasswordValueAhead.referenceWords.contains(lead)
                || productNames.contains(lead) { return true }
        }
        // The part after the last hyphen: a word of four or more letters ("2FA-update").
        var dash = end - 1
        while dash > start, v[dash] != 45 { dash -= 1 }
        if dash > start, end - dash - 1 >= 4, v[(dash + 1)..<end].allSatisfy(ScalarClass.isLetter),
           v[(dash + 2)..<end].allSatisfy(ScalarClass.isLower) { return true }
        return false
    }

    /// Whether `token` is a copula.
    private static func isCopula(_ text: ScannedText, _ token: Token) -> Bool {
        copulaWords.contains(token.hash)
    }

    /// Whether token `k` of `shape` follows a value of the same shape read at most five tokens before it and joined to it
    /// ("tried X and then Y", "l'ancien était 2207 et je voudrais 6185"; not "PIN 4471 verified, wants to withdraw 2500").
    private static func sibling(_ text: ScannedText, _ tokens: [Token], _ last: (index: Int, shape: Shape)?, _ k: Int,
                                _ shape: Shape) -> Bool {
        guard let last, last.shape == shape, k - last.index <= 8 else { return false }
        // Joined to it: right after a comma or slash that ends the first value, or right after a conjunction, a
        // "then/or/maybe" word, a from/to word, a copula or a "new/old" word ("X e poi Y", "de X à Y", "la de antes era
        // Y"; not "PIN X e volevo prelevare 2500").
        let first = tokens[last.index]
        if first.coreEnd < first.end, k == last.index + 1 { return true }
        let previous = tokens[k - 1]
        let hash = previous.hash
        // "l'altro, m4xz-81wd": another one set off by a comma.
        if previous.coreEnd < previous.end { return anaphors.contains(hash) }
        // A one-letter "or"/"and" ("o", "e", "y") only right after the first value ("9090 o 0909").
        if previous.coreEnd - previous.coreStart == 1 {
            return k - last.index == 2 && (conjunctions.contains(hash) || changeWords.contains(hash))
        }
        return conjunctions.contains(hash) || anaphors.contains(hash) || joinWords.contains(hash)
            || changeWords.contains(hash) || copulaWords.contains(hash) || previous.role == .tried
    }

    /// Whether `c` is a quotation mark.
    private static func isQuote(_ c: UInt32) -> Bool {
        c == 34 || c == 39 || c == 0xAB || c == 0xBB || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x2018
            || c == 0x2019 || c == 0x201A || c == 0x2039 || c == 0x203A || c == 0x60
    }

    /// The token (from `k`, at most five tokens on, before `hi`) whose run ends in a closing quote, or nil.
    private static func closingQuote(_ v: [UInt32], _ tokens: [Token], _ k: Int, _ hi: Int) -> Int? {
        var m = k
        while m < min(hi, k + 6) {
            let t = tokens[m]
            var j = t.end - 1
            while j > t.coreEnd, !isQuote(v[j]) { j -= 1 }
            if j >= t.coreEnd, j > t.start, isQuote(v[j]) { return t.coreEnd > t.coreStart || m > k ? m : nil }
            if m > k, t.start + 1 < t.end, isQuote(v[t.start]) { return nil }
            m += 1
        }
        return nil
    }

    /// Whether the `.` at `dot` (ending the token from `start`) ends an ordinal or an abbreviation rather than a
    /// sentence: one or two digits ("12. April") or a capital and at most two small letters ("Nr.", "Mr.", "Dr.").
    private static func abbreviation(_ v: [UInt32], _ start: Int, _ dot: Int) -> Bool {
        let length = dot - start
        if length >= 1, length <= 2, v[start..<dot].allSatisfy(ScalarClass.isDigit) { return true }
        return length >= 2 && length <= 3 && ScalarClass.isUpper(v[start]) && v[(start + 1)..<dot].allSatisfy(ScalarClass.isLower)
    }

    /// The shape of a trimmed token.
    private enum Shape { case mixed, symbolic, digits, shortDigits, word, other }

    /// Classifies `v[start..<end]`: letters and digits mixed; letters with a symbol such as `!`, `#` or `@`; 4–8
    /// digits (one `-` may join two groups, a `#` or `*` may end them); one to three digits; letters only; anything else.
    private static func shapeOf(_ v: [UInt32], _ start: Int, _ end: Int) -> Shape {
        let length = end - start
        guard length > 0, length <= 64 else { return .other }
        var letters = 0, digits = 0, strong = 0, strongInside = 0, joiners = 0, dashes = 0, question = 0, others = 0
        for j in start..<end {
            let c = v[j]
            if ScalarClass.isDigit(c) || ScalarClass.isLetter(c) {
                if ScalarClass.isDigit(c) { digits += 1 } else { letters += 1 }
                strongInside = strong
            }
            else if c == 45 { dashes += 1 }
            else if c == 46 || c == 95 { joiners += 1 }
            else if isStrongSymbol(c) { strong += 1 }
            else if c == 63 { question += 1 }
            else { others += 1 }
        }
        guard others == 0 else { return .other }
        // A "?" inside letters is a missing space ("payment?I"); with digits it may be a password's.
        if question > 0 && (digits == 0 || letters == 0) { return .other }
        if letters == 0 {
            if joiners > 0 { return .other }
            if strong > 0 {
                let first = v[start], last = v[end - 1]
                let marked = first == 35 || first == 42 || last == 35 || last == 42
                return digits >= 4 && digits <= 8 && strong == 1 && dashes == 0 && marked ? .digits : .other
            }
            if digits >= 4 && digits <= 8 && dashes <= 1 && v[start] != 45 && v[end - 1] != 45 { return .digits }
            if digits >= 1 && digits <= 3 && dashes == 0 { return .shortDigits }
            return .other
        }
        if length < 4 { return .other }
        if digits > 0 { return .mixed }
        // A symbol with letters after it ("Girafe!Long", "Welcome@Office"); "sperren!" and "FRITZ!Box" are words.
        if strongInside > 0 {
            var capitals = start
            while capitals < end, ScalarClass.isUpper(v[capitals]) { capitals += 1 }
            let shouted = capitals - start >= 2 && !ScalarClass.isLetter(v[capitals])
            return ScalarClass.isLetter(v[start]) && !shouted ? .symbolic : .other
        }
        if strong > 0 { return .other }
        if joiners + dashes > 0 { return .other }
        return .word
    }

    /// Whether `v[start..<end]` is all digits.
    private static func isDigitRun(_ v: [UInt32], _ start: Int, _ end: Int) -> Bool {
        end > start && v[start..<end].allSatisfy(ScalarClass.isDigit)
    }

    /// The number of digits in `v[start..<end]`.
    private static func digitCount(_ v: [UInt32], _ start: Int, _ end: Int) -> Int {
        v[start..<end].reduce(0) { $0 + (ScalarClass.isDigit($1) ? 1 : 0) }
    }

    /// Whether `v[start..<end]` ends in a four-digit year or holds a symbol ("marco1985", "Flamengo@81"), as passwords
    /// tried without a log-in word nearby must; vouchers typed at a checkout rarely do ("sommer24", "bienvenue10").
    private static func yearOrSymbolled(_ v: [UInt32], _ start: Int, _ end: Int) -> Bool {
        if v[start..<end].contains(where: isStrongSymbol) { return true }
        return end - start >= 8 && looksLikeYear(v, end - 4, end) && !ScalarClass.isDigit(v[end - 5])
    }

    /// Whether `v[start..<end]` looks typed as a password: a small letter, and a digit or a symbol.
    private static func passwordLike(_ v: [UInt32], _ start: Int, _ end: Int) -> Bool {
        let slice = v[start..<end]
        return slice.contains(where: ScalarClass.isLower) && slice.contains(where: { !ScalarClass.isLetter($0) })
    }

    /// Whether `v[start..<end]` has the shape of a reference, version, date, time, amount, e-mail address or URL
    /// rather than a credential: capitals then digits ("INC-204417", "E-4031", "SN4402198XB"), a version ("v5.2.1",
    /// "22H2" is kept), digits with `.` `/` `:` or `,`, `@` with a dot after it, `://` or "www.".
    private static func isReference(_ v: [UInt32], _ start: Int, _ end: Int) -> Bool {
        isReferenceShape(v, start, end) || isAmountWithUnit(v, start, end)
    }

    /// Whether `v[start..<end]` is a number with a unit glued to it ("20GB", "5GHz", "2.4GHz", "1000Mbps").
    private static func isAmountWithUnit(_ v: [UInt32], _ start: Int, _ end: Int) -> Bool {
        var d = start
        while d < end, ScalarClass.isDigit(v[d]) { d += 1 }
        guard d > start else { return false }
        if d + 1 < end, v[d] == 46 || v[d] == 44 {
            var u = d + 1
            while u < end, ScalarClass.isDigit(v[u]) { u += 1 }
            if u > d + 1 { d = u }
        }
        guard d < end, end - d <= 5, v[d..<end].allSatisfy(ScalarClass.isASCIILetter) else { return false }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for c in v[d..<end] { h = (h ^ UInt64(ScalarClass.foldASCII(c))) &* 0x0000_0100_0000_01B3 }
        return unitSuffixes.contains(h)
    }

    /// Whether `v[start..<end]` has a reference, version, date, time, e-mail, URL, file or host shape.
    private static func isReferenceShape(_ v: [UInt32], _ start: Int, _ end: Int) -> Bool {
        let slice = Array(v[start..<end])
        if let at = slice.firstIndex(of: 64), slice[at...].contains(46) { return true }
        if slice.contains(47) || slice.contains(58) { return true }
        // Letters then digits, with at most one hyphen, all capitals: "INC-204417", "AUTH-403", "KB5031", "PO-44120";
        // or one to three letters of any case and three or more digits: "lh2034", "kd88123", "inc-204417".
        var j = 0
        while j < slice.count, ScalarClass.isASCIIUpper(slice[j]) { j += 1 }
        var l = 0
        while l < slice.count, ScalarClass.isASCIILetter(slice[l]) { l += 1 }
        if l >= 1, l <= 3 {
            var rest = l
            if rest < slice.count, slice[rest] == 45 { rest += 1 }
            if slice.count - rest >= 3, slice[rest...].allSatisfy(ScalarClass.isDigit) { return true }
        }
        // A file or host name ("backup_2024.zip", "mail01.azienda.it", "www.sito2.it").
        if let dot = slice.lastIndex(of: 46), slice.count - dot - 1 >= 2, slice.count - dot - 1 <= 6,
           slice[(dot + 1)...].allSatisfy(ScalarClass.isASCIILower) { return true }
        // A region or a configuration name: two or more hyphens, no capital, a word of four letters ("eu-west-1").
        if slice.filter({ $0 == 45 }).count >= 2, !slice.contains(where: ScalarClass.isASCIIUpper) {
            var run = 0, longest = 0
            for c in slice { run = ScalarClass.isASCIILetter(c) ? run + 1 : 0; longest = max(longest, run) }
            if longest >= 4 { return true }
        }
        // Digits with a dot between them: standards and versions ("802.11n").
        for q in 1..<max(1, slice.count - 1) where slice[q] == 46 && ScalarClass.isDigit(slice[q - 1]) && ScalarClass.isDigit(slice[q + 1]) {
            return true
        }
        // A masked card number ("xxxx-xxxx-xxxx-4417", "****4417").
        if slice.contains(42) && slice.filter({ $0 == 42 }).count >= 3 { return true }
        var xs = 0
        for c in slice { xs = (c | 0x20) == 120 ? xs + 1 : 0; if xs >= 3 { return true } }
        // A Windows release ("23H2", "24H2").
        if slice.count == 4, ScalarClass.isDigit(slice[0]), ScalarClass.isDigit(slice[1]), slice[2] == 72 || slice[2] == 104,
           ScalarClass.isDigit(slice[3]) { return true }
        if j >= 1 {
            var rest = j
            if rest < slice.count, slice[rest] == 45 { rest += 1 }
            if rest < slice.count, slice[rest...].allSatisfy({ ScalarClass.isDigit($0) || $0 == 45 }) { return true }
        }
        // Digits and dots: versions and amounts ("5.2.1", "2.14").
        if slice.contains(where: { $0 == 46 || $0 == 44 }), slice.allSatisfy({ ScalarClass.isDigit($0) || $0 == 46 || $0 == 44 }) {
            return true
        }
        if (slice.first == 118 || slice.first == 86), slice.count > 1, ScalarClass.isDigit(slice[1]) { return true }
        // All capitals and digits with no small letter, 8 or more long: serial numbers and tracking codes.
        if slice.count >= 8, !slice.contains(where: ScalarClass.isLower),
           slice.allSatisfy({ ScalarClass.isASCIIUpper($0) || ScalarClass.isDigit($0) }) { return true }
        // Hexadecimal: commit hashes ("9e0b08a"), UUIDs, hex error codes ("0x80070005").
        if slice.count >= 7, slice.allSatisfy({ ScalarClass.isDigit($0) || ($0 >= 97 && $0 <= 102) || $0 == 45 }) { return true }
        // A time ("14h05").
        var d = 0
        while d < slice.count, ScalarClass.isDigit(slice[d]) { d += 1 }
        if d >= 1, d <= 2, d + 1 < slice.count, slice[d] == 104, slice[(d + 1)...].allSatisfy(ScalarClass.isDigit) { return true }
        if slice.count > 2, slice[0] == 48, slice[1] == 120 || slice[1] == 88 { return true }
        return false
    }

    /// Whether a label of something else stands within the three tokens before `k`, closer than the credential word.
    private static func labelledOtherwise(_ text: ScannedText, _ tokens: [Token], _ k: Int, lo: Int, cue: Int?) -> Bool {
        var j = k - 1
        var seen = 0
        while j >= lo, seen < 3 {
            if let cue, j <= cue { return false }
            if tokens[j].role == .label { return true }
            if tokens[j].role == .credential || tokens[j].role == .answer { return false }
            if numberWords.contains(tokens[j].hash) {
                return !(j > lo && tokens[j - 1].role == .credential)
            }
            // A label's value ends at its punctuation ("Ticket INC-40412: Nonna*Pina1 è la password"), and a label
            // names the value nearest to it ("Gäste-WLAN Gast-5G ist Sonne2024").
            if tokens[j].coreEnd < tokens[j].end { return false }
            switch shapeOf(text.values, tokens[j].coreStart, tokens[j].coreEnd) {
            case .mixed, .digits: return false
            default: break
            }
            seen += 1
            j -= 1
        }
        return false
    }

    /// Whether token `k` stands right after the credential word `cue`, a set-off word, a colon or a quote, with at
    /// most one other word between the credential word and it ("PIN 0481", "the old one was 4471", "PUK laut karte").
    private static func directlySetOff(_ tokens: [Token], _ k: Int, cue: Int) -> Bool {
        if tokens[k].setOffByPunctuation { return true }
        guard k > 0 else { return false }
        if k - 1 == cue { return true }
        return tokens[k - 1].role == .setOff
    }

    /// Whether token `k` ends its clause: punctuation right after it, the sentence's end, or a conjunction next.
    private static func endsClause(_ text: ScannedText, _ tokens: [Token], _ k: Int, _ hi: Int) -> Bool {
        let token = tokens[k]
        if token.coreEnd < token.end { return true }
        if k + 1 >= hi { return true }
        let next = tokens[k + 1]
        return conjunctions.contains(next.hash)
    }

    /// Whether `v[start..<end]` is four digits from 1950 to 2039.
    static func looksLikeYear(_ v: [UInt32], _ start: Int, _ end: Int) -> Bool {
        guard end - start == 4, isDigitRun(v, start, end) else { return false }
        let year = v[start..<end].reduce(0) { $0 * 10 + Int($1 - 48) }
        return year >= 1950 && year <= 2039
    }

    /// Whether token `k` follows the credential word `cue` itself, a copula, or a colon or quote.
    private static func copulaOrPunctuation(_ text: ScannedText, _ tokens: [Token], _ k: Int, cue: Int) -> Bool {
        if tokens[k].setOffByPunctuation || k - 1 == cue { return true }
        let previous = tokens[k - 1]
        return copulaWords.contains(previous.hash)
    }

    /// The role of the word `start..<end` (trimmed of its punctuation).
    private static func role(_ text: ScannedText, _ start: Int, _ end: Int, previous: Token?) -> Role {
        guard end > start else { return .none }
        let v = text.values
        // Only a token of letters (and "-", "'") names something.
        var lettersEnd = start
        while lettersEnd < end, ScalarClass.isLetter(v[lettersEnd]) || v[lettersEnd] == 45 || v[lettersEnd] == 39 || v[lettersEnd] == 0x2019 {
            lettersEnd += 1
        }
        guard lettersEnd == end else { return .none }
        let wordEnd = lettersEnd
        // An elided article or preposition is not part of the word ("d'utilisateur", "l'ancien").
        var start = start
        for j in start..<wordEnd where (v[j] == 39 || v[j] == 0x2019) && j - start <= 3 && j + 1 < wordEnd { start = j + 1 }
        let hash = WordHash.of(text.folded, start, wordEnd)
        // Most words are in no table and too short for a compound: one look-up.
        let inTables = anyRoleWord.contains(hash)
        if !inTables, wordEnd - start < 7, !v[start..<wordEnd].contains(45) { return .none }
        if inTables {
            if let known = tableRole(text, hash, previous: previous) { return known }
        }
        return compoundRole(text, start, wordEnd)
    }

    /// The role of a word found in the tables, by its folded `hash`.
    private static func tableRole(_ text: ScannedText, _ hash: UInt64, previous: Token?) -> Role? {
        if credentialWords.contains(hash) { return .credential }
        if codeWords.contains(hash) {
            guard let previous, previous.coreEnd == previous.end, previous.coreEnd > previous.coreStart else { return Role.none }
            return codeQualifiers.contains(previous.hash) ? .credential : .label
        }
        if answerWords.contains(hash) { return .answer }
        if questionWords.contains(hash) { return .question }
        if notCredentialCompounds.contains(hash) { return .label }
        if labelWords.contains(hash) { return .label }
        if triedWords.contains(hash) { return .tried }
        if setOffWords.contains(hash) { return .setOff }
        return nil
    }

    /// The role of a compound or hyphenated word by its last part ("Tageslimit", "Torcode", "Mailbox-PIN").
    private static func compoundRole(_ text: ScannedText, _ start: Int, _ wordEnd: Int) -> Role {
        let v = text.values
        // Compounds naming a limit or a number ("Tageslimit", "Kundennummer", "Bestellnummer").
        let f0 = text.folded
        for ending in labelEndings where wordEnd - start > ending.count + 2
            && f0[(wordEnd - ending.count)..<wordEnd].elementsEqual(ending) { return .label }
        // The last part of a hyphenated word or a compound ("Mailbox-PIN", "Torcode", "Sicherheits-PIN").
        let f = text.folded
        var dash = wordEnd - 1
        while dash > start, v[dash] != 45 { dash -= 1 }
        let lastLetter = f[wordEnd - 1]
        for ending in credentialEndings where lastLetter == ending[ending.count - 1] && wordEnd - start > ending.count
            && dash < wordEnd - ending.count - 1 {
            guard f[(wordEnd - ending.count)..<wordEnd].elementsEqual(ending) else { continue }
            // "…code" only after a qualifier ("Notfallcode", "toegangscode"; not "Buchungscode").
            if ending == code {
                let partEnd = wordEnd - ending.count
                let qualifier = WordHash.of(f, dash > start ? dash + 1 : start, partEnd)
                return codeQualifiers.contains(qualifier) ? .credential : .label
            }
            return .credential
        }
        if dash > start {
            let lastHash = WordHash.of(f, dash + 1, wordEnd)
            if codeWords.contains(lastHash) {
                return codeQualifiers.contains(WordHash.of(f, start, dash)) ? .credential : .label
            }
            if credentialWords.contains(lastHash) { return .credential }
            if answerWords.contains(lastHash) { return .answer }
            if labelWords.contains(lastHash) { return .label }
        }
        return .none
    }

    /// Whether `c` opens a quoted or bracketed value.
    private static func isOpening(_ c: UInt32) -> Bool {
        c == 34 || c == 39 || c == 40 || c == 91 || c == 123 || c == 0xAB || c == 0x201C || c == 0x201E || c == 0x2018
            || c == 0x201A || c == 0x2039 || c == 0x60
    }

    /// Whether `c` closes a quoted or bracketed value.
    private static func isClosing(_ c: UInt32) -> Bool {
        c == 34 || c == 39 || c == 41 || c == 93 || c == 125 || c == 0xBB || c == 0x201D || c == 0x2019 || c == 0x201C
            || c == 0x203A || c == 0x60
    }
}
