/// Finds names that recur in an e-mail address of the same text: "Username is wes.abernathy@example.com
/// … Wes", "p.montilla.ruiz@example.es. Paloma Montilla Ruiz", "Marloes Kamphuis, marloes.kamphuis@…",
/// "hi im jordan feliciano … jfeliciano01@…".
///
/// A word outside every other entity that equals a piece of a personal mailbox (``MailboxNamePieces``:
/// case- and accent-folded, three or more letters) is a PERSON when
/// - the word next to it (one space between) equals another piece of the same mailbox ("nunzia capasso" …
///   "nunzia.capasso@"), in any case;
/// - it equals a glued-initial piece and the words before it start with those initials ("jordan feliciano"
///   … "jfeliciano01@"), in any case;
/// - it is capitalised and the mailbox has two or more letter runs ("Wes" … "wes.abernathy@", "Gérald" …
///   "gerald.mbarga@"), or the single-run mailbox's word is a listed given name or surname or scores as a
///   name by ``NameLikenessModel`` ("Marisol" … "marisol1990@").
///
/// A capitalised match extends left over a capitalised word that starts with one of the mailbox's initials or
/// is a listed given name ("Txema Gorostiza" … "t.gorostiza@"), and right over a further matching piece. No
/// word may be an everyday, stop, place or role word. The scan runs only when the text holds `@` and an
/// address was found: texts without one pay one flag test.
enum EmailLinkedNames {
    /// The least ``NameLikenessModel`` logit of a capitalised word matching a single-run mailbox that no
    /// lexicon lists. Default: 1.5.
    static let singleRunLogit: Float = 1.5

    /// Appends ``EntityType/person`` candidates for words that recur in the local part of an address.
    static func scan(_ text: ScannedText, model: NameLikenessModel?, candidates: inout [Candidate]) {
        guard text.triggers.hasAt else { return }
        var emails: [Range<Int>] = []
        for candidate in candidates where candidate.type == .email { emails.append(candidate.start..<candidate.end) }
        guard !emails.isEmpty else { return }
        let pieces = MailboxNamePieces(text, emails: emails)
        guard !pieces.pieces.isEmpty else { return }
        let v = text.values
        let n = v.count
        let earlier = candidates.count
        var i = 0
        while i < n {
            guard ScalarClass.isLetter(v[i]), text.isWordStart(i) else { i += 1; continue }
            var e = i
            while e < n, ScalarClass.isLetter(v[e]) { e += 1 }
            guard e - i >= 3, pieces.mayStart(v[i]), let index = pieces.match(v, i, e) else { i = e; continue }
            if let span = linkedName(text, pieces, index, i, e, model: model),
               !overlapsEntity(candidates, earlier, span.start, span.end) {
                candidates.append(Candidate(type: .person, start: span.start, end: span.end))
                i = max(e, span.end)
                continue
            }
            i = e
        }
    }

    /// The name span around the word `s..<e` that matches piece `index`, or nil when the evidence is too weak.
    private static func linkedName(_ text: ScannedText, _ pieces: MailboxNamePieces, _ index: Int, _ s: Int, _ e: Int,
                                   model: NameLikenessModel?) -> (start: Int, end: Int)? {
        let v = text.values
        let piece = pieces.pieces[index]
        let mailbox = pieces.mailboxes[piece.mailbox]
        guard !isCommon(text, s, e) else { return nil }
        let upper = ScalarClass.isUpper(v[s])
        var start = compoundStart(v, s)
        var end = compoundEnd(v, e)
        if !piece.initials.isEmpty {
            // A glued initial: the words before must start with it ("jordan feliciano", "marie-claire petit").
            guard let left = initialsBefore(text, start, piece.initials) else { return nil }
            return (left, end)
        }
        // Another piece of the same mailbox right after ("Montilla Ruiz", "nunzia capasso").
        var paired = false
        if let (rs, re) = wordAfter(v, end), pieces.match(v, rs, re, mailbox: piece.mailbox) != nil, !isCommon(text, rs, re),
           ScalarClass.isUpper(v[rs]) == upper {
            end = compoundEnd(v, re)
            paired = true
        }
        if let (ls, le) = wordBefore(v, start), pieces.match(v, ls, le, mailbox: piece.mailbox) != nil, !isCommon(text, ls, le),
           ScalarClass.isUpper(v[ls]) == upper {
            start = compoundStart(v, ls)
            paired = true
        }
        if !paired {
            guard upper, !LexiconPersonRecognizer.allCaps(v, s, e) else {
                // A lower-case word needs a given name before it that starts with the mailbox's initial
                // ("txema gorostiza" … "t.gorostiza@").
                guard let (ls, le) = wordBefore(v, start), ScalarClass.isLower(v[ls]), mailbox.initials.contains(LatinBaseLetter.of(v[ls])),
                      FirstNameLexicon.contains(text.folded, ls, le), !isCommon(text, ls, le) else { return nil }
                return (ls, end)
            }
            // A capitalised word opening a sentence is capitalised anyway ("Price is too high. mark.price@…"):
            // there a multi-run mailbox is not enough, the word itself must look like a name (a closing sign-off
            // that ends the text still counts).
            let opensSentence = LexiconPersonRecognizer.isSentenceStart(text, start) && !LexiconPersonRecognizer.endsText(text, end)
            guard mailbox.multiRun && !opensSentence || nameLike(text, s, e, model: model), !determinerBefore(text, start) else { return nil }
        }
        guard upper else { return (start, end) }
        // A given name before a capitalised match: "Paloma Montilla Ruiz" … "p.montilla.ruiz@".
        if let (ls, le) = wordBefore(v, start), ScalarClass.isUpper(v[ls]), !isCommon(text, ls, le),
           !LexiconPersonRecognizer.allCaps(v, ls, le),
           mailbox.initials.contains(LatinBaseLetter.of(v[ls])) || FirstNameLexicon.contains(text.folded, ls, le) {
            start = compoundStart(v, ls)
        }
        return (initialStart(v, start), end)
    }

    /// Where a name starts when a capital initial and a dot stand before it ("Danke, B. Kühnlein"): the
    /// initial's start, or `start`.
    private static func initialStart(_ v: [UInt32], _ start: Int) -> Int {
        guard start >= 3, v[start - 1] == 32, v[start - 2] == 46, ScalarClass.isUpper(v[start - 3]),
              start == 3 || !ScalarClass.isLetter(v[start - 4]) && v[start - 4] != 46 else { return start }
        return start - 3
    }

    /// Whether the capitalised word `s..<e` of a single-run mailbox is a name: a listed given name or surname
    /// that is no everyday word, or a high ``NameLikenessModel`` score.
    private static func nameLike(_ text: ScannedText, _ s: Int, _ e: Int, model: NameLikenessModel?) -> Bool {
        let f = text.folded
        if LexiconPersonRecognizer.ambiguous.contains(WordHash.of(f, s, e)) { return false }
        if FirstNameLexicon.contains(f, s, e) || SurnameLexicon.contains(f, s, e) { return true }
        guard let model else { return false }
        return model.logit(f, s, e) >= singleRunLogit
    }

    /// Articles before a noun that happens to be spelt like a mailbox's piece ("the Price", "la Rosa").
    /// Source: the definite and indefinite articles of the seven languages, written by hand.
    private static let determiners: WordHashSet = WordHash.table("""
        the a an der die das den dem des ein eine einen le la les un une el los las il lo gli uno una het een o os \
        as um uma
        """)

    /// Whether an article stands one space before `start`.
    private static func determinerBefore(_ text: ScannedText, _ start: Int) -> Bool {
        guard let (ls, le) = wordBefore(text.values, start) else { return false }
        return determiners.contains(WordHash.of(text.folded, ls, le))
    }

    /// Whether `s..<e` is an everyday, stop, place, leading or role word: never linked to a mailbox.
    private static func isCommon(_ text: ScannedText, _ s: Int, _ e: Int) -> Bool {
        let h = WordHash.of(text.folded, s, e)
        return LexiconPersonRecognizer.nonNames.contains(h) || LexiconPersonRecognizer.places.contains(h)
            || LexiconPersonRecognizer.leadingWords.contains(h) || LexiconPersonRecognizer.particles.contains(h)
            || LexiconPersonRecognizer.brandWords.contains(h) || MailboxNamePieces.roleWords.contains(h)
    }

    /// The start of the words before `start` (one space between, hyphen parts count as words) whose first
    /// letters are `initials`, in order; nil when they are not there or one is an everyday word.
    private static func initialsBefore(_ text: ScannedText, _ start: Int, _ initials: [UInt32]) -> Int? {
        let v = text.values
        // The letters that start the words (or hyphen parts) of up to two words before `start`.
        var words: [(Int, Int)] = []
        var k = start
        while words.count < 2, let (ls, le) = wordBefore(v, k) {
            guard !isCommon(text, ls, le), le - ls >= 2 else { break }
            words.insert((ls, le), at: 0)
            k = compoundStart(v, ls)
            if k < ls { break }
        }
        guard let last = words.last else { return nil }
        var letters: [(UInt32, Int)] = []
        var p = compoundStart(v, last.0)
        while p < last.1 {
            letters.append((LatinBaseLetter.of(v[p]), p))
            while p < last.1, ScalarClass.isLetter(v[p]) { p += 1 }
            p += 1
        }
        if letters.count < initials.count, words.count == 2 {
            letters.insert((LatinBaseLetter.of(v[words[0].0]), words[0].0), at: 0)
        }
        guard letters.count >= initials.count else { return nil }
        let tail = letters.suffix(initials.count)
        guard zip(tail, initials).allSatisfy({ $0.0 == $1 }), let first = tail.first else { return nil }
        // A single initial confirms a listed given name only ("jordan", not "por").
        if initials.count == 1, !FirstNameLexicon.contains(text.folded, first.1, last.1) { return nil }
        return first.1
    }

    /// The letter word that ends one space before `s` (`s` is a word start), hyphen parts included.
    private static func wordBefore(_ v: [UInt32], _ s: Int) -> (Int, Int)? {
        guard s >= 2, v[s - 1] == 32, ScalarClass.isLetter(v[s - 2]) else { return nil }
        var b = s - 1
        while b > 0, ScalarClass.isLetter(v[b - 1]) { b -= 1 }
        return (b, s - 1)
    }

    /// The letter word that starts one space after `e`.
    private static func wordAfter(_ v: [UInt32], _ e: Int) -> (Int, Int)? {
        guard e + 1 < v.count, v[e] == 32, ScalarClass.isLetter(v[e + 1]) else { return nil }
        var k = e + 1
        while k < v.count, ScalarClass.isLetter(v[k]) { k += 1 }
        return (e + 1, k)
    }

    /// The start of the hyphenated compound that the word at `s` ends ("Marchetti-Blanc" for "Blanc").
    private static func compoundStart(_ v: [UInt32], _ s: Int) -> Int {
        var b = s
        while b >= 2, v[b - 1] == 45, ScalarClass.isLetter(v[b - 2]) {
            b -= 1
            while b > 0, ScalarClass.isLetter(v[b - 1]) { b -= 1 }
        }
        return b
    }

    /// The end of the hyphenated compound that the word ending at `e` starts.
    private static func compoundEnd(_ v: [UInt32], _ e: Int) -> Int {
        var k = e
        while k + 1 < v.count, v[k] == 45, ScalarClass.isLetter(v[k + 1]) {
            k += 1
            while k < v.count, ScalarClass.isLetter(v[k]) { k += 1 }
        }
        return k
    }

    /// Whether `start..<end` overlaps one of the first `count` candidates that is no PERSON (the address
    /// itself, a URL, a secret): a name is never read inside another entity.
    private static func overlapsEntity(_ candidates: [Candidate], _ count: Int, _ start: Int, _ end: Int) -> Bool {
        for k in 0..<count where candidates[k].type != .person {
            if candidates[k].start < end, start < candidates[k].end { return true }
        }
        return false
    }
}
