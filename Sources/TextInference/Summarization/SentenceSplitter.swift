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
        var text = text
        var scratch = Scratch()
        return text.withUTF8 { bytes in
            scratch.split(bytes, ordinals: usesOrdinals(language))
            return scratch.ranges.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[scratch.byteRange($0)]), as: UTF8.self) }
        }
    }

    /// Whether `language` writes ordinal numbers as `12.` (German, Nordic, …), which then do not end sentences.
    static func usesOrdinals(_ language: String) -> Bool {
        ["de", "da", "nb", "no", "sv", "fi", "cs", "pl", "hu", "tr"].contains(String(language.prefix(2)))
    }

    /// Reusable buffers for splitting many texts in one call: decoded scalars, their byte offsets and the found ranges.
    struct Scratch {
        /// The scalars of the last text.
        private(set) var scalars: [UInt32] = []
        /// The UTF-8 offset of each scalar, plus the byte count at the end.
        private(set) var offsets: [Int] = []
        /// Sentence ranges of the last text in scalar offsets.
        private(set) var ranges: [Range<Int>] = []

        /// Splits the valid UTF-8 `bytes` (a String's storage) into ``ranges``.
        mutating func split(_ bytes: UnsafeBufferPointer<UInt8>, ordinals: Bool) {
            SummaryUTF8.decode(bytes, scalars: &scalars, offsets: &offsets)
            ranges.removeAll(keepingCapacity: true)
            scalars.withUnsafeBufferPointer { SentenceSplitter.ranges($0, ordinals: ordinals, into: &ranges) }
        }

        /// The UTF-8 byte range of a scalar range.
        func byteRange(_ range: Range<Int>) -> Range<Int> { offsets[range.lowerBound]..<offsets[range.upperBound] }
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

    /// ASCII ``abbreviations`` packed one byte per letter into an integer (at most eight letters).
    private static let asciiAbbreviations: Set<UInt64> = Set(abbreviations.compactMap { word in
        guard word.utf8.count <= 8, word.utf8.allSatisfy({ $0 < 128 }) else { return nil }
        return word.utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    })

    /// Whether the scalars `s[k..<i]` (at most six) lower-case to a known abbreviation.
    private static func isAbbreviation(_ s: UnsafeBufferPointer<UInt32>, _ k: Int, _ i: Int) -> Bool {
        var key: UInt64 = 0
        var ascii = true
        for m in k..<i {
            var c = s[m]
            if c >= 128 { ascii = false; break }
            if c &- 65 < 26 { c += 32 }
            key = key << 8 | UInt64(c)
        }
        if ascii { return asciiAbbreviations.contains(key) }
        var token = String.UnicodeScalarView()
        for m in k..<i { token.append(Unicode.Scalar(s[m]) ?? " ") }
        return abbreviations.contains(String(token).lowercased())
    }

    /// Appends the trimmed range `start..<end` to `result` unless it is empty.
    private static func emit(_ s: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int, into result: inout [Range<Int>]) {
        var a = start
        var b = end
        while a < b, ScalarClass.isWhitespace(s[a]) { a += 1 }
        while b > a, ScalarClass.isWhitespace(s[b - 1]) { b -= 1 }
        if a < b { result.append(a..<b) }
    }

    /// Appends the sentence ranges (trimmed of surrounding whitespace) of `s` in scalar offsets to `result`.
    static func ranges(_ s: UnsafeBufferPointer<UInt32>, ordinals: Bool, into result: inout [Range<Int>]) {
        let n = s.count
        var start = 0
        var i = 0
        while i < n {
            let c = s[i]
            if c == 10 || c == 13 || c == 0x2029 {
                emit(s, start, i, into: &result)
                start = i + 1
                i += 1
                continue
            }
            var boundary = false
            if isHardTerminator(c) {
                boundary = true
            } else if c == 33 || c == 63 {
                let next = i + 1 < n ? s[i + 1] : 32
                boundary = !ScalarClass.isASCIIAlnum(next)
            } else if c == 46 {
                boundary = isPeriodBoundary(s, i, ordinals: ordinals)
            }
            if boundary {
                var j = i + 1
                while j < n, isHardTerminator(s[j]) || s[j] == 33 || s[j] == 63 || s[j] == 46 || isClosing(s[j]) { j += 1 }
                emit(s, start, j, into: &result)
                start = j
                i = j
                continue
            }
            i += 1
        }
        emit(s, start, n, into: &result)
    }

    private static func isPeriodBoundary(_ s: UnsafeBufferPointer<UInt32>, _ i: Int, ordinals: Bool) -> Bool {
        let n = s.count
        var j = i + 1
        while j < n, s[j] == 46 || isClosing(s[j]) { j += 1 }
        if j < n, !ScalarClass.isWhitespace(s[j]) { return false }
        // The token before the period (letters, digits and inner dots).
        var k = i
        while k > 0, ScalarClass.isWordChar(s[k - 1]) || (s[k - 1] == 46 && k - 1 > 0 && ScalarClass.isWordChar(s[k - 2])) { k -= 1 }
        guard k < i else { return true }
        if i + 1 < n, s[i + 1] == 46 { return true }  // ellipsis "..."
        if i - k <= 6, isAbbreviation(s, k, i) { return false }  // the longest abbreviation, "approx", has six letters
        let first = s[k]
        if i - k == 1, ScalarClass.isUpper(first) { return false }  // initial "J."
        if ordinals, i - k <= 2, (k..<i).allSatisfy({ ScalarClass.isDigit(s[$0]) }) {
            // "12. März": the next word starts a continuation, not a new sentence, when lower-case or a month.
            var m = j
            while m < n, ScalarClass.isWhitespace(s[m]) { m += 1 }
            if m < n, ScalarClass.isLower(s[m]) || ScalarClass.isDigit(s[m]) { return false }
            if m < n, ScalarClass.isUpper(s[m]) { return !isMonthStart(s, m) }
        }
        return true
    }

    private static let monthPrefixes: Set<String> = [
        "jan", "feb", "mär", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez", "dec", "maj", "okt",
    ]

    private static func isMonthStart(_ s: UnsafeBufferPointer<UInt32>, _ m: Int) -> Bool {
        guard m + 3 <= s.count else { return false }
        var view = String.UnicodeScalarView()
        for k in m..<(m + 3) { view.append(Unicode.Scalar(s[k]) ?? " ") }
        return monthPrefixes.contains(String(view).lowercased())
    }
}
