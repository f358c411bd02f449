/// Finds a payment card's security code right after its name: "CVV 413", "CVC: 0912", "cryptogramme est 318".
///
/// After a card-code word (``words``), behind spaces, `:`, `=`, `(`, `/` and up to two copulas or filler words ("CVV code:
/// 123"), three or four digits that end there
/// and are no year (1900–2099: "the CVC 2024 update") are a ``EntityType/secret``. The words are matched here rather
/// than as password cues, so a card number, IBAN or name pasted after "CVC:" is not cut to its first group.
enum CardSecurityCodes {
    /// Card-code words, folded. Hand-written; "CSC" and "Prüfnummer" are left out (courses, offices, inspection numbers).
    private static let words: WordHashSet = WordHash.table("cvv cvc cvv2 cvc2 cv2 cryptogramme kartenprüfnummer")

    /// Copulas between the word and the code. Hand-written.
    private static let copulas: WordHashSet = WordHash.table("is es est ist è é era was war lautet")

    /// Appends a ``EntityType/secret`` candidate for each code after a card-code word in `text`.
    static func scan(_ text: ScannedText, into candidates: inout [Candidate]) {
        let v = text.values
        let n = v.count
        var i = 0
        while i < n {
            guard ScalarClass.isLetter(v[i]), text.isWordStart(i) else { i += 1; continue }
            // Every card-code word starts with c or k: other words are skipped without hashing.
            let first = text.folded[i]
            guard first == 99 || first == 107 else {
                i += 1
                while i < n, ScalarClass.isLetter(v[i]) || ScalarClass.isDigit(v[i]) { i += 1 }
                continue
            }
            var e = i
            while e < n, ScalarClass.isLetter(v[e]) || ScalarClass.isDigit(v[e]) { e += 1 }
            defer { i = e }
            guard e - i >= 3, e - i <= 17, words.contains(WordHash.of(text.folded, i, e)),
                  let (start, end) = code(text, after: e),
                  !candidates.contains(where: { $0.start < end && start < $0.end }) else { continue }
            candidates.append(Candidate(type: .secret, start: start, end: end))
        }
    }

    /// Words that may stand between the card-code word and its digits ("CVV code: 123", "CVC/CVV 123", "el CVV es
    /// 123"), folded. Hand-written.
    private static let fillers: WordHashSet = WordHash.table("""
        code codice código codigo number nummer numéro numero número nr no cvv cvc cvv2 cvc2 cv2 cryptogramme
        """)

    /// The three or four digits after `end` (behind separators, up to two filler words or copulas), or nil.
    private static func code(_ text: ScannedText, after end: Int) -> (Int, Int)? {
        let v = text.values
        var k = end
        var words = 0
        while k < v.count, k - end < 24 {
            if [32, 58, 61, 40, 47].contains(v[k]) { k += 1; continue }
            guard ScalarClass.isLetter(v[k]), words < 2 else { break }
            let e = LexiconPersonRecognizer.wordEnd(v, k)
            let h = WordHash.of(text.folded, k, e)
            guard copulas.contains(h) || fillers.contains(h) else { return nil }
            words += 1
            k = e
        }
        guard k > end, k < v.count, ScalarClass.isDigit(v[k]), v[k - 1] != 47 || k - 1 > end else { return nil }
        let start = k
        while k < v.count, ScalarClass.isDigit(v[k]) { k += 1 }
        guard (3...4).contains(k - start) else { return nil }
        if k - start == 4, CodeMentions.isYear(v, start) { return nil }
        // Nothing glued after, and no further digit group ("4111 1111 …" is a card number).
        guard k >= v.count || !(ScalarClass.isWordChar(v[k]) || (v[k] == 32 && k + 1 < v.count && ScalarClass.isDigit(v[k + 1]))
                                  || ((v[k] == 45 || v[k] == 46 || v[k] == 47) && k + 1 < v.count && ScalarClass.isDigit(v[k + 1]))) else {
            return nil
        }
        return (start, k)
    }
}
