/// Turns sentences into content terms for similarity scoring.
///
/// Words are maximal runs of letters and digits, lower-cased; scripts written without
/// spaces (Han, Hiragana, Katakana, Thai) become overlapping character bigrams. A light
/// multilingual stopword list and one-letter Latin words are dropped. A term is the 64-bit
/// FNV-1a hash of its lower-cased UTF-8 bytes, so comparing and counting terms needs no strings.
enum SummaryTokenizer {
    /// The hash that stands for a term.
    static func term(_ text: String) -> UInt64 { hash(text.utf8) }

    /// FNV-1a over bytes.
    static func hash<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
        return value
    }

    /// Hashes of ``stopwords``.
    static let stopwordTerms = TermSet(stopwords.map(term))

    /// Whether `c` belongs to a script written without spaces between words.
    static func isUnspaced(_ c: UInt32) -> Bool {
        (0x3040...0x30FF).contains(c) || (0x3400...0x4DBF).contains(c) || (0x4E00...0x9FFF).contains(c)
            || (0xF900...0xFAFF).contains(c) || (0x0E00...0x0E7F).contains(c) || (0x20000...0x2FFFF).contains(c)
    }

    /// The content terms of `text`.
    static func terms(_ text: String) -> [UInt64] {
        var text = text
        var result: [UInt64] = []
        text.withUTF8 { appendTerms($0, to: &result) }
        return result
    }

    /// Appends the content terms of the UTF-8 text `bytes` to `result`, in text order.
    ///
    /// Words and runs of unspaced scalars are contiguous in the text, so their terms are hashed
    /// straight from `bytes` (ASCII words lower-cased on the fly); only words with non-ASCII
    /// letters go through `String.lowercased()`.
    static func appendTerms(_ bytes: UnsafeBufferPointer<UInt8>, to result: inout [UInt64]) {
        let n = bytes.count
        var wordStart = -1
        var wordASCII = true
        var runCount = 0
        var runStart = 0  // byte offset of the run's first scalar (when runCount == 1) or of the previous one
        var runEnd = 0  // byte offset after the run's last scalar
        var i = 0
        while i < n {
            let (c, length) = SummaryUTF8.scalar(bytes, at: i)
            if isUnspaced(c) {
                if wordStart >= 0 { flushWord(bytes, wordStart, i, ascii: wordASCII, into: &result); wordStart = -1 }
                if runCount > 0 { result.append(hash(UnsafeBufferPointer(rebasing: bytes[runStart..<(i + length)]))) }
                runStart = i
                runEnd = i + length
                runCount += 1
            } else if ScalarClass.isWordChar(c) || (c == 39 && wordStart >= 0) {
                if runCount > 0 { flushRun(bytes, runCount, runStart, runEnd, into: &result); runCount = 0 }
                if wordStart < 0 { wordStart = i; wordASCII = true }
                if c >= 128 { wordASCII = false }
            } else {
                if wordStart >= 0 { flushWord(bytes, wordStart, i, ascii: wordASCII, into: &result); wordStart = -1 }
                if runCount > 0 { flushRun(bytes, runCount, runStart, runEnd, into: &result); runCount = 0 }
            }
            i += length
        }
        if wordStart >= 0 { flushWord(bytes, wordStart, n, ascii: wordASCII, into: &result) }
        if runCount > 0 { flushRun(bytes, runCount, runStart, runEnd, into: &result) }
    }

    /// Ends a run of unspaced scalars: a lone scalar is its own term (longer runs emitted their bigrams already).
    @inline(__always)
    private static func flushRun(_ bytes: UnsafeBufferPointer<UInt8>, _ count: Int, _ start: Int, _ end: Int, into result: inout [UInt64]) {
        if count == 1 { result.append(hash(UnsafeBufferPointer(rebasing: bytes[start..<end]))) }
    }

    /// Adds the word `bytes[start..<end]` unless it is a one-letter Latin word or a stopword.
    private static func flushWord(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, ascii: Bool,
                                  into result: inout [UInt64]) {
        let token: UInt64
        if ascii {
            // One-letter Latin words carry no content.
            guard end - start > 1 else { return }
            var value: UInt64 = 0xcbf2_9ce4_8422_2325
            for k in start..<end {
                let byte = bytes[k]
                value ^= UInt64(byte &- 65 < 26 ? byte + 32 : byte)
                value = value &* 0x100_0000_01b3
            }
            token = value
        } else if let (value, scalars) = latin1Term(bytes, start, end) {
            // One scalar below U+0100 after lower-casing: a one-letter Latin word, no content.
            guard scalars > 1 else { return }
            token = value
        } else {
            let lowered = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).lowercased()
            var scalars = lowered.unicodeScalars.makeIterator()
            let first = scalars.next()
            if scalars.next() == nil && (first?.value ?? 0) < 0x250 { return }
            token = hash(lowered.utf8)
        }
        if stopwordTerms.contains(token) { return }
        result.append(token)
    }

    /// The term and scalar count of a word whose scalars are all ASCII or Latin-1 (below U+0100),
    /// lower-cased exactly as `String.lowercased()` does there: A–Z and U+00C0–U+00DE but U+00D7 move
    /// up by 0x20, every other scalar below U+0100 is its own lower case. `nil` for any other scalar.
    @inline(__always)
    private static func latin1Term(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (UInt64, Int)? {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        var scalars = 0
        var k = start
        while k < end {
            let byte = bytes[k]
            if byte < 0x80 {
                value ^= UInt64(byte &- 65 < 26 ? byte + 32 : byte)
                value = value &* 0x100_0000_01b3
                k += 1
            } else if (byte == 0xC2 || byte == 0xC3) && k + 1 < end {
                var scalar = UInt32(byte & 0x1F) << 6 | UInt32(bytes[k + 1] & 0x3F)
                if scalar >= 0xC0 && scalar <= 0xDE && scalar != 0xD7 { scalar += 0x20 }
                value ^= UInt64(0xC0 | scalar >> 6)
                value = value &* 0x100_0000_01b3
                value ^= UInt64(0x80 | scalar & 0x3F)
                value = value &* 0x100_0000_01b3
                k += 2
            } else {
                return nil
            }
            scalars += 1
        }
        return (value, scalars)
    }

    /// Frequent function words in the supported Latin-script languages.
    static let stopwords: Set<String> = Set("""
    the a an and or but if of to in on at for with from by is are was were be been being it its this that these those \
    i me my we our you your he she they them his her their am do does did have has had not no so as just can could \
    would will should there here what which who when how all any some also very too than then about into up out \
    i'm it's don't can't i've i'll you're we're that's let's us please would've
    el la los las un una y o de del en que por para con se su sus es son no lo le les al mi me te ya muy pero \
    le la les un une et ou de des du en que qui pour avec est sont pas ne je tu il elle nous vous ils mon ma mes ce \
    der die das ein eine und oder zu im in ist sind nicht ich du er sie wir ihr mit von für auf den dem des es \
    il lo gli una e o di da che per con non è sono io mi ti si ci \
    o a os as um uma e ou de do da em que para com não é são eu \
    de het een en of in op is zijn niet ik je wij met voor van dat die
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
}
