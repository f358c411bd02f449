/// Finds URLs (`scheme://…` and `www.…`) and redacts those that carry personal data.
///
/// A URL ends at whitespace, quotes or angle brackets; trailing sentence punctuation and
/// unbalanced closing brackets are trimmed. ``URLPolicy`` decides what is personal.
enum URLRecognizer {
    private static let schemes: [[UInt32]] = ["https://", "http://", "ftp://", "sftp://", "ssh://", "www."]
        .map { [UInt32](scalarsOf: $0) }

    /// Appends a ``EntityType/url`` candidate per personal URL; records kept URLs in `keptURLs`.
    static func scan(_ context: ScanContext, policy: URLPolicy, into candidates: inout [Candidate], keptURLs: inout [Range<Int>]) {
        let text = context.text
        // Every scheme holds "://" or is "www." (see ``TextTriggers``): without either, nothing matches.
        guard text.triggers.hasSchemeSeparator || text.triggers.hasWWW else { return }
        let v = text.values
        let n = v.count
        var i = 0
        while i < n {
            let c = text.folded[i]
            // The first two folded scalars of a scheme: "ht", "ft", "sf", "ss", "ww".
            let d = i + 1 < n ? text.folded[i + 1] : 0
            guard (c == 104 && d == 116) || (c == 102 && d == 116) || (c == 115 && (d == 102 || d == 115)) || (c == 119 && d == 119),
                  text.isWordStart(i),
                  schemes.contains(where: { text.hasFoldedPrefix($0, at: i) })
            else { i += 1; continue }
            var end = i
            while end < n, isURLChar(v[end]) { end += 1 }
            end = trimmedEnd(v, i, end)
            let url = text.folded[i..<end]
            if policy.mustRedact(url) {
                candidates.append(Candidate(type: .url, start: i, end: end))
            } else {
                keptURLs.append(i..<end)
            }
            i = max(end, i + 1)
        }
    }

    private static func isURLChar(_ c: UInt32) -> Bool {
        if c <= 32 { return false }
        switch c {
        case 34, 60, 62, 96, 123, 125, 124, 92, 94: return false  // " < > ` { } | \ ^
        case 0xA0, 0x3000, 0x201C, 0x201D, 0x00AB, 0x00BB: return false
        default: return !ScalarClass.isWhitespace(c)
        }
    }

    private static func trimmedEnd(_ v: [UInt32], _ start: Int, _ end: Int) -> Int {
        var parens = 0
        var brackets = 0
        for k in start..<end {
            switch v[k] {
            case 40: parens += 1
            case 41: parens -= 1
            case 91: brackets += 1
            case 93: brackets -= 1
            default: break
            }
        }
        var e = end
        while e > start {
            let c = v[e - 1]
            if c == 46 || c == 44 || c == 59 || c == 58 || c == 33 || c == 63 || c == 39 || c == 0x3002 || c == 0xFF0C {
                e -= 1
            } else if c == 41, parens < 0 {
                parens += 1
                e -= 1
            } else if c == 93, brackets < 0 {
                brackets += 1
                e -= 1
            } else {
                break
            }
        }
        return e
    }
}
