/// Drops PERSON candidates that are the display name of a role mailbox and repeat its word:
/// "To: Baggage Services <baggage@example-air.com>", "Von: Buchhaltung Nord <buchhaltung@…>".
///
/// A desk names itself after its mailbox; a person who writes from one ("Anna Berg <support@…>") keeps her
/// name, because none of her words is the mailbox's. The mailbox must hold a role word
/// (``MailboxNamePieces/roleWords``) and one word of the candidate must equal (case- and accent-folded) a
/// letter run of the local part.
enum RoleMailboxDisplayNames {
    /// Removes the PERSON candidates that name a role mailbox (see the type's summary).
    static func removeDeskNames(_ text: ScannedText, candidates: inout [Candidate]) {
        guard text.triggers.hasAt else { return }
        candidates.removeAll { $0.type == .person && isDeskName(text, $0) }
    }

    /// Whether `candidate` stands right before ` <local@domain>` with a role local part that repeats one of its words.
    private static func isDeskName(_ text: ScannedText, _ candidate: Candidate) -> Bool {
        let v = text.values
        let n = v.count
        var k = candidate.end
        if k < n, v[k] == 34 { k += 1 }
        guard k + 1 < n, v[k] == 32, v[k + 1] == 60, MailDisplayNames.bracketedAddressFollows(v, k + 1) else { return false }
        let localStart = k + 2
        var at = localStart
        while at < n, v[at] != 64 { at += 1 }
        var role = false
        var runs: [UInt64] = []
        var s = localStart
        while s < at {
            guard ScalarClass.isLetter(v[s]) else { s += 1; continue }
            var e = s
            while e < at, ScalarClass.isLetter(v[e]) { e += 1 }
            if MailboxNamePieces.roleWords.contains(WordHash.of(text.folded, s, e)) { role = true }
            runs.append(MailboxNamePieces.hash(of: v, s, e))
            s = e
        }
        guard role else { return false }
        var w = candidate.start
        while w < candidate.end {
            guard ScalarClass.isLetter(v[w]) else { w += 1; continue }
            var e = w
            while e < candidate.end, ScalarClass.isLetter(v[e]) { e += 1 }
            let (plain, german) = MailboxNamePieces.hashes(v, w, e)
            if plain != 0, runs.contains(plain) || runs.contains(german) { return true }
            w = e
        }
        return false
    }
}
