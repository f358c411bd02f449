/// Finds e-mail addresses: a local part, `@`, and a dotted domain with an alphabetic TLD.
///
/// Scanning is anchored on `@`; the local part is read backwards and the domain forwards,
/// both stopping at the next `@`, so every scalar is visited a bounded number of times.
enum EmailRecognizer {
    /// Appends an ``EntityType/email`` candidate for every valid address in `context`.
    static func scan(_ context: ScanContext, into candidates: inout [Candidate]) {
        // Every match is anchored on an "@" (see ``TextTriggers``).
        guard context.text.triggers.hasAt else { return }
        let v = context.text.values
        let n = v.count
        var i = 0
        while i < n {
            guard v[i] == 64 else { i += 1; continue }  // "@"
            var start = i
            while start > 0, start > i - 64, isLocalChar(v[start - 1]) { start -= 1 }
            while start < i, v[start] == 46 { start += 1 }  // no leading dot
            var end = i + 1
            var lastDot = -1
            while end < n, end - i <= 255, isDomainChar(v[end]) {
                if v[end] == 46 { lastDot = end }
                end += 1
            }
            while end > i + 1, v[end - 1] == 46 || v[end - 1] == 45 { end -= 1 }
            if lastDot >= end - 1 { lastDot = lastIndex(of: 46, in: v, from: i + 1, to: end) }
            if start < i, v[i - 1] != 46, lastDot > i + 1, !isURLUserInfo(v, start), end - lastDot - 1 >= 2,
               isValidTLD(v, lastDot + 1, end), v[i + 1] != 46, v[i + 1] != 45 {
                candidates.append(Candidate(type: .email, start: start, end: end))
            }
            i = max(i + 1, end)
        }
    }

    /// Whether the scalars before `start` on the same token hold `scheme://user:` — the `@` then ends a
    /// URL's user information (a password the secret recognizer takes), not an e-mail address.
    private static func isURLUserInfo(_ v: [UInt32], _ start: Int) -> Bool {
        var k = start - 1
        var sawColon = false
        while k >= 2, start - k < 256, !ScalarClass.isWhitespace(v[k]) {
            if v[k] == 47 {
                return sawColon && v[k - 1] == 47 && v[k - 2] == 58
            }
            if v[k] == 58 { sawColon = true }
            k -= 1
        }
        return false
    }

    private static func isLocalChar(_ c: UInt32) -> Bool {
        if ScalarClass.isASCIIAlnum(c) { return true }
        switch c {
        case 46, 95, 37, 43, 45, 39: return true  // . _ % + - '
        default: return c >= 0x80 && ScalarClass.isLetter(c)
        }
    }

    private static func isDomainChar(_ c: UInt32) -> Bool {
        ScalarClass.isASCIIAlnum(c) || c == 46 || c == 45 || (c >= 0x80 && ScalarClass.isLetter(c))
    }

    private static func isValidTLD(_ v: [UInt32], _ from: Int, _ to: Int) -> Bool {
        for k in from..<to where !ScalarClass.isLetter(v[k]) { return false }
        return to - from <= 24
    }

    private static func lastIndex(of value: UInt32, in v: [UInt32], from: Int, to: Int) -> Int {
        var k = to - 1
        while k >= from {
            if v[k] == value { return k }
            k -= 1
        }
        return -1
    }
}
