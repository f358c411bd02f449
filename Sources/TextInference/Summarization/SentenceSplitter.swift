/// Splits text into sentences for many scripts.
///
/// Boundaries are line breaks and sentence-final punctuation: `. ! ?`, the ellipsis, the
/// CJK full-width `。！？`, Arabic `؟` and Urdu `۔`, Devanagari `।`. A `.` ends a sentence
/// only when followed by a space or the end of text, and not after a known abbreviation
/// (`Dr.`, `e.g.`, `z.B.`, `p.ej.`), a single-letter initial, or a German/Nordic ordinal
/// number (`12. März`). So decimals (`3.5`), URLs and e-mail addresses are never split.
public enum SentenceSplitter {
    /// The sentences of `text`, trimmed, in order; `language` is an ISO 639-1 hint.
    public static func split(_ text: String, language: String) -> [String] {
        var scalars: [Unicode.Scalar] = []
        var byteOffsets: [Int] = []  // UTF-8 offset of each scalar, plus the end
        scalars.reserveCapacity(text.utf8.count)
        byteOffsets.reserveCapacity(text.utf8.count + 1)
        var offset = 0
        for scalar in text.unicodeScalars {
            scalars.append(scalar)
            byteOffsets.append(offset)
            offset += UTF8.width(scalar)
        }
        byteOffsets.append(offset)
        let found = ranges(scalars, language: language)
        // Each sentence is a copy of the original bytes of its scalars (no per-scalar appends).
        var copy = text
        return copy.withUTF8 { bytes in
            found.map { range in
                String(decoding: UnsafeBufferPointer(rebasing: bytes[byteOffsets[range.lowerBound]..<byteOffsets[range.upperBound]]),
                       as: UTF8.self)
            }
        }
    }

    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sr", "sra", "srta", "jr", "st", "vs", "etc", "e.g", "i.e", "eg", "ie", "inc",
        "ltd", "co", "corp", "no", "nr", "approx", "ca", "z.b", "bzw", "usw", "u.a", "d.h", "z.t", "ggf", "evtl",
        "vgl", "sog", "p.ej", "pág", "dept", "fig", "vol", "art", "tel", "mme", "mlle", "cf", "ex", "resp", "av",
        "avda", "ud", "uds", "dra", "ing", "lic", "hr", "fr", "sig", "dott", "sgt", "capt", "gen", "gov", "a.m",
        "p.m", "u.s", "u.k", "n.º", "núm", "str", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "mo", "tu", "we", "th", "fri", "sat", "sun", "max", "min", "vol", "p", "pp", "ref",
    ]

    private static func isHardTerminator(_ c: UInt32) -> Bool {
        switch c {
        case 0x3002, 0xFF01, 0xFF1F, 0xFF61, 0x061F, 0x06D4, 0x0964, 0x0965, 0x2026, 0x203C, 0x2047, 0x2048, 0x2049: return true
        default: return false
        }
    }

    private static func isClosing(_ c: UInt32) -> Bool {
        switch c {
        case 34, 39, 41, 93, 0x201D, 0x2019, 0x00BB, 0x300D, 0x300F, 0xFF09, 0x3011, 0x203A: return true
        default: return false
        }
    }

    /// Sentence ranges (trimmed of surrounding whitespace) in scalar offsets.
    static func ranges(_ s: [Unicode.Scalar], language: String) -> [Range<Int>] {
        var result: [Range<Int>] = []
        let n = s.count
        var start = 0
        var i = 0
        let ordinals = ["de", "da", "nb", "no", "sv", "fi", "cs", "pl", "hu", "tr"].contains(String(language.prefix(2)))
        func emit(_ end: Int) {
            var a = start
            var b = end
            while a < b, ScalarClass.isWhitespace(s[a].value) { a += 1 }
            while b > a, ScalarClass.isWhitespace(s[b - 1].value) { b -= 1 }
            if a < b { result.append(a..<b) }
        }
        while i < n {
            let c = s[i].value
            if c == 10 || c == 13 || c == 0x2029 {
                emit(i)
                start = i + 1
                i += 1
                continue
            }
            var boundary = false
            if isHardTerminator(c) {
                boundary = true
            } else if c == 33 || c == 63 {
                let next = i + 1 < n ? s[i + 1].value : 32
                boundary = !ScalarClass.isASCIIAlnum(next)
            } else if c == 46 {
                boundary = isPeriodBoundary(s, i, ordinals: ordinals)
            }
            if boundary {
                var j = i + 1
                while j < n, isHardTerminator(s[j].value) || s[j].value == 33 || s[j].value == 63 || s[j].value == 46 || isClosing(s[j].value) { j += 1 }
                emit(j)
                start = j
                i = j
                continue
            }
            i += 1
        }
        emit(n)
        return result
    }

    private static func isPeriodBoundary(_ s: [Unicode.Scalar], _ i: Int, ordinals: Bool) -> Bool {
        let n = s.count
        var j = i + 1
        while j < n, s[j].value == 46 || isClosing(s[j].value) { j += 1 }
        if j < n, !ScalarClass.isWhitespace(s[j].value) { return false }
        // The token before the period (letters, digits and inner dots).
        var k = i
        while k > 0, ScalarClass.isWordChar(s[k - 1].value) || (s[k - 1].value == 46 && k - 1 > 0 && ScalarClass.isWordChar(s[k - 2].value)) { k -= 1 }
        guard k < i else { return true }
        if i + 1 < n, s[i + 1].value == 46 { return true }  // ellipsis "..."
        var token = String.UnicodeScalarView()
        token.append(contentsOf: s[k..<i])
        let word = String(token).lowercased()
        if abbreviations.contains(word) { return false }
        let first = s[k].value
        if i - k == 1, ScalarClass.isUpper(first) { return false }  // initial "J."
        if ordinals, i - k <= 2, (k..<i).allSatisfy({ ScalarClass.isDigit(s[$0].value) }) {
            // "12. März": the next word starts a continuation, not a new sentence, when lower-case or a month.
            var m = j
            while m < n, ScalarClass.isWhitespace(s[m].value) { m += 1 }
            if m < n, ScalarClass.isLower(s[m].value) || ScalarClass.isDigit(s[m].value) { return false }
            if m < n, ScalarClass.isUpper(s[m].value) { return !isMonthStart(s, m) }
        }
        return true
    }

    private static let monthPrefixes: Set<String> = [
        "jan", "feb", "mär", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez", "dec", "maj", "okt",
    ]

    private static func isMonthStart(_ s: [Unicode.Scalar], _ m: Int) -> Bool {
        guard m + 3 <= s.count else { return false }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s[m..<(m + 3)])
        return monthPrefixes.contains(String(view).lowercased())
    }
}
