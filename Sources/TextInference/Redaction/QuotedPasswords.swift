/// Finds a password quoted a little after its cue ("mein Passwort … ist angeblich falsch … Habe „Sonnenblume!2026“
/// eingegeben", "the password … I typed 'Blue#Sky2024' twice").
///
/// Within ``window`` scalars after a password cue, a token of 6–64 scalars in quotes (`"`, `'`, „ “ ” ‚ ‘ ’ « ») with
/// no space inside that mixes letters and digits (``isPasswordShaped(_:_:_:)``) is a ``EntityType/secret``. A quoted
/// plain word, path, address, time or version is not.
enum QuotedPasswords {
    /// Scalars after the cue searched for a quoted password.
    static let window = 200

    /// Appends a ``EntityType/secret`` candidate for the first quoted password after each password cue in `context`.
    static func scan(_ context: ScanContext, into candidates: inout [Candidate]) {
        let v = context.text.values
        var covered = -1
        for hit in context.cues where hit.kind == .password && hit.end > covered {
            var j = hit.end
            while j < v.count, j - hit.end < window {
                guard opening(v[j]), j + 1 < v.count, !ScalarClass.isWhitespace(v[j + 1]) else { j += 1; continue }
                let start = j + 1
                var end = start
                while end < v.count, end - start <= 64, !ScalarClass.isWhitespace(v[end]), !closing(v[end]) { end += 1 }
                if end < v.count, closing(v[end]), end - start >= 6, isPasswordShaped(v, start, end) {
                    candidates.append(Candidate(type: .secret, start: start, end: end))
                    covered = end
                    break
                }
                j = max(end, j + 1)
            }
        }
    }

    /// Whether `start..<end` mixes letters and digits (two of each, or both with a symbol), has a lower-case letter,
    /// and is no path, address, time or version (no `/`, `@`, `:` or `.`).
    private static func isPasswordShaped(_ v: [UInt32], _ start: Int, _ end: Int) -> Bool {
        var letters = 0, digits = 0, symbols = 0
        var lower = false
        for k in start..<end {
            let c = v[k]
            if ScalarClass.isLetter(c) {
                letters += 1
                if ScalarClass.isLower(c) { lower = true }
            } else if ScalarClass.isDigit(c) { digits += 1 }
            else if c == 47 || c == 64 || c == 58 || c == 46 { return false } else { symbols += 1 }
        }
        // Letters all in capitals are an error or product code ("ERR_0x42", "SKU-22A").
        guard lower else { return false }
        return letters >= 2 && digits >= 2 || letters > 0 && digits > 0 && symbols > 0
    }

    /// Whether `c` opens a quotation.
    @inline(__always) private static func opening(_ c: UInt32) -> Bool {
        c == 34 || c == 39 || c == 0x201E || c == 0x201C || c == 0x201A || c == 0x2018 || c == 0xAB
    }

    /// Whether `c` closes a quotation.
    @inline(__always) private static func closing(_ c: UInt32) -> Bool {
        c == 34 || c == 39 || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 || c == 0xBB
    }
}
