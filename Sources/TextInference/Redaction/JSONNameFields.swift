/// Finds names in the string values of JSON keys that name a person's field (`"prenom": "Amandine"`,
/// `"last_name": "Okafor"`, `"cognome": "Ferri"`), as pasted records and API payloads carry them.
///
/// A key is one of ``TableColumns/columnNames`` of the person kind (folded, `_`/`-`/camel case as spaces). Its value
/// must be one to five words of letters, spaces, hyphens, apostrophes and dots that start with a capital. Keys as
/// generic as "name", "nom", "customer" or "client" also name products and companies, so after them the value's first
/// word must be a known given name or surname.
enum JSONNameFields {
    /// Person keys that may hold other things than a person's name. Hand-written (own list).
    private static let genericKeys: Set<String> = [
        "name", "nom", "nombre", "nome", "naam", "customer", "client", "contact", "kunde", "klant", "holder", "recipient",
    ]

    /// Appends ``EntityType/person`` candidates for the values of person keys in `text`.
    static func scan(_ text: ScannedText, into candidates: inout [Candidate]) {
        guard text.triggers.colons > 0 else { return }
        let v = text.values
        let n = v.count
        var i = 2
        while i < n {
            // `":` closes a key.
            guard v[i] == 58, v[i - 1] == 34 else { i += 1; continue }
            var keyStart = i - 2
            while keyStart > 0, i - keyStart <= 34, v[keyStart] != 34 { keyStart -= 1 }
            guard v[keyStart] == 34, keyStart + 1 < i - 1 else { i += 1; continue }
            var j = i + 1
            while j < n, j - i <= 3, v[j] == 32 { j += 1 }
            guard j < n, v[j] == 34 else { i += 1; continue }
            let valueStart = j + 1
            var valueEnd = valueStart
            while valueEnd < n, valueEnd - valueStart <= 48, v[valueEnd] != 34 { valueEnd += 1 }
            guard valueEnd < n, v[valueEnd] == 34, valueEnd > valueStart else { i += 1; continue }
            if isNameValue(text, valueStart, valueEnd) {
                let key = TableColumns.normalized((keyStart + 1)..<(i - 1), text)
                if TableColumns.columnNames[key] == .person,
                   !genericKeys.contains(key) || startsWithKnownName(text, valueStart) {
                    candidates.append(Candidate(type: .person, start: valueStart, end: valueEnd))
                }
            }
            i = valueEnd + 1
        }
    }

    /// Whether `start..<end` is one to five words of letters, spaces, hyphens, apostrophes and dots opening with a
    /// capital.
    private static func isNameValue(_ text: ScannedText, _ start: Int, _ end: Int) -> Bool {
        let v = text.values
        guard ScalarClass.isUpper(v[start]) else { return false }
        var spaces = 0
        for k in start..<end {
            let c = v[k]
            if c == 32 { spaces += 1; continue }
            guard ScalarClass.isLetter(c) || c == 45 || c == 39 || c == 0x2019 || c == 46 else { return false }
        }
        return spaces <= 4
    }

    /// Whether the word at `start` is a known given name or surname.
    private static func startsWithKnownName(_ text: ScannedText, _ start: Int) -> Bool {
        let e = LexiconPersonRecognizer.wordEnd(text.values, start)
        return FirstNameLexicon.contains(text.folded, start, e) || SurnameLexicon.contains(text.folded, start, e)
    }
}
