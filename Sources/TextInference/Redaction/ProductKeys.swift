/// Finds software licence and product keys written as hyphenated groups ("SPR-7KQ2-99XA-L3MT-4WZC",
/// "VK7JG-NPHTM-C97JM-9MPGT-3V66T") when a key or licence word comes shortly before them.
///
/// A key is four or more groups of 3–6 capital letters and digits joined by single hyphens, 16 scalars or longer,
/// with letters and digits both present; a word of ``keyWords`` must stand within ``window`` scalars before it in the
/// same sentence ("La chiave che avevamo è …", "licence key was …", "Lizenzschlüssel …"), with no reference cue
/// between ("the key part of order ORD-2024-ABCD-1234" stays). UUIDs (lower-case hex, 8-4-4-4-12) and short
/// references ("LIC-8830") do not have this shape.
enum ProductKeys {
    /// Scalars before a key searched for a key word.
    static let window = 60

    /// Appends a ``EntityType/secret`` candidate for every licence or product key in `text`.
    static func scan(_ context: ScanContext, into candidates: inout [Candidate]) {
        let text = context.text
        let v = text.values
        var i = 0
        while i < v.count {
            guard isKeyScalar(v[i]), i == 0 || !ScalarClass.isWordChar(v[i - 1]) && v[i - 1] != 45 else { i += 1; continue }
            var j = i
            var groups = 0
            var letters = false, digits = false
            var valid = true
            while true {
                let groupStart = j
                while j < v.count, isKeyScalar(v[j]) {
                    if ScalarClass.isDigit(v[j]) { digits = true } else { letters = true }
                    j += 1
                }
                guard (3...6).contains(j - groupStart) else { valid = false; break }
                groups += 1
                if j + 1 < v.count, v[j] == 45, isKeyScalar(v[j + 1]) { j += 1; continue }
                break
            }
            if valid, groups >= 4, j - i >= 16, letters, digits, j >= v.count || !ScalarClass.isWordChar(v[j]),
               let cue = keyWordBefore(text, i), !context.cues.hasReference(between: cue, and: i) {
                candidates.append(Candidate(type: .secret, start: i, end: j))
            }
            i = max(j, i + 1)
        }
    }

    /// A capital ASCII letter or a digit.
    @inline(__always) private static func isKeyScalar(_ c: UInt32) -> Bool { ScalarClass.isDigit(c) || ScalarClass.isASCIIUpper(c) }

    /// The start of the nearest word of ``keyWords`` (or one ending in "schlüssel") within ``window`` scalars before
    /// `start` and after the last sentence end, or nil.
    private static func keyWordBefore(_ text: ScannedText, _ start: Int) -> Int? {
        let v = text.values
        var k = start
        let limit = max(0, start - window)
        while k > limit {
            let c = v[k - 1]
            if c == 10 || c == 33 || c == 63 || (c == 46 && k < v.count && v[k] == 32) { return nil }
            guard ScalarClass.isLetter(c) else { k -= 1; continue }
            var s = k
            while s > 0, ScalarClass.isLetter(v[s - 1]) { s -= 1 }
            if keyWords.contains(WordHash.of(text.folded, s, k)) { return s }
            if k - s > 9, Array(text.folded[(k - 9)..<k]) == schluessel { return s }
            k = s
        }
        return nil
    }

    /// "schlüssel", folded, for German compounds ("Lizenzschlüssel", "Produktschlüssel").
    private static let schluessel: [UInt32] = Array("schlüssel".unicodeScalars.map(\.value))

    /// Key and licence words of the seven languages. Hand-written (own list).
    private static let keyWords: WordHashSet = WordHash.table("""
        key keys license licence activation schlüssel lizenz aktivierung clé cle clave licencia activación activacion \
        chiave licenza attivazione chave licença licenca ativação ativacao sleutel licentie activatie
        """)
}
