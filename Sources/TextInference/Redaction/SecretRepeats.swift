/// Marks further mentions of a secret that a label rule found once: "puse Temp#4471xq … y volví a poner Temp#4471xq",
/// "PIN 0481 … I nearly read 0481 out to them".
///
/// The label rules read a value where its label sets it off; a writer who names the value again later gives no label.
/// Every secret candidate of 4–64 scalars that holds a digit or a symbol (a plain word such as "Biscuit" is also prose)
/// and is no year marks each other place where the same
/// scalars, in any case, stand as a whole token (no letter, digit or `_` touching either end) as a secret too. Values of four
/// digits or fewer are repeated only when no digit, `.`, `,`, `:`, `/` or `-` joins them to another number, so a PIN never marks part of a
/// price, a time or a date.
enum SecretRepeats {
    /// The longest value whose repeats are looked for.
    private static let maxLength = 64

    /// Appends a ``EntityType/secret`` candidate for each further whole-token occurrence of a secret in `candidates`.
    static func scan(_ text: ScannedText, into candidates: inout [Candidate]) {
        let v = text.values
        let f = text.folded
        let n = v.count
        var found: [Candidate] = []
        // What covers each scalar: 0 nothing, 1 a secret, 2 another type; at most 16 distinct values are looked for,
        // so a hostile text full of secrets stays linear.
        var cover = [UInt8](repeating: 0, count: n)
        for c in candidates where c.start < c.end {
            let kind: UInt8 = c.type == .secret ? 1 : 2
            for j in max(0, c.start)..<min(n, c.end) where cover[j] < kind { cover[j] = kind }
        }
        var looked: [Candidate] = []
        for secret in candidates where secret.type == .secret {
            guard looked.count < 16 else { break }
            let length = secret.end - secret.start
            guard length >= 4, length <= maxLength, secret.start >= 0, secret.end <= n,
                  !v[secret.start..<secret.end].contains(10),
                  v[secret.start..<secret.end].contains(where: ScalarClass.isWordChar) else { continue }
            // Only a value no prose word or year could be: a digit or a symbol in it, and no year.
            let value = v[secret.start..<secret.end]
            guard value.contains(where: { !ScalarClass.isLetter($0) }),
                  !CredentialScope.looksLikeYear(v, secret.start, secret.end) else { continue }
            if looked.contains(where: { $0.end - $0.start == length
                && f[$0.start..<$0.end].elementsEqual(f[secret.start..<secret.end]) }) { continue }
            looked.append(secret)
            let first = f[secret.start]
            let allDigits = value.allSatisfy(ScalarClass.isDigit)
            var i = 0
            while i + length <= n {
                defer { i += 1 }
                guard f[i] == first, i + length <= secret.start || i >= secret.end,
                      f[i..<i + length].elementsEqual(f[secret.start..<secret.end]),
                      standsAlone(v, i, i + length) else { continue }
                let start = i, end = i + length
                if allDigits, amountAfter(text, end) { continue }
                // Not inside another secret, nor into another type's span ("Hannover" in an address).
                if cover[start..<end].contains(2) || cover[start..<end].allSatisfy({ $0 == 1 }) { continue }
                found.append(Candidate(type: .secret, start: start, end: end))
                for j in start..<end { cover[j] = 1 }
            }
        }
        candidates += found
    }

    /// Whether a unit or currency follows position `end` ("1200 Euro", "0815 €"): the same number is then an amount.
    private static func amountAfter(_ text: ScannedText, _ end: Int) -> Bool {
        let v = text.values
        var j = end
        while j < v.count, v[j] == 32 { j += 1 }
        guard j > end, j < v.count else { return false }
        switch v[j] {
        case 0x20AC, 36, 0xA3, 37: return true
        default: break
        }
        var e = j
        while e < v.count, ScalarClass.isLetter(v[e]) { e += 1 }
        return e > j && CredentialScope.unitWords.contains(WordHash.of(text.folded, j, e))
    }

    /// Whether `v[start..<end]` touches no word character (nor, for a short number, a digit separator) on either side.
    private static func standsAlone(_ v: [UInt32], _ start: Int, _ end: Int) -> Bool {
        func joins(_ c: UInt32) -> Bool { ScalarClass.isWordChar(c) || c == 95 }
        if start > 0, joins(v[start - 1]) { return false }
        if end < v.count, joins(v[end]) { return false }
        // Part of a hyphenated word ("Berlin2024-Konferenz").
        if end + 1 < v.count, v[end] == 45, ScalarClass.isLetter(v[end + 1]) { return false }
        if start > 1, v[start - 1] == 45, ScalarClass.isLetter(v[start - 2]) { return false }
        let shortNumber = end - start <= 4 && v[start..<end].allSatisfy(ScalarClass.isDigit)
        if shortNumber {
            func separator(_ c: UInt32) -> Bool { c == 46 || c == 44 || c == 58 || c == 47 || c == 45 }
            if start > 1, separator(v[start - 1]), ScalarClass.isDigit(v[start - 2]) { return false }
            if end < v.count, separator(v[end]), end + 1 < v.count, ScalarClass.isDigit(v[end + 1]) { return false }
        }
        return true
    }
}
