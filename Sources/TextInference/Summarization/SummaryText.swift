/// Text clean-up and truncation helpers for summaries.
enum SummaryText {
    /// Removes `@handles`, bare URLs and trailing agent initials (`^AB`, `-AB`) and squeezes spaces.
    static func clean(_ sentence: String) -> String {
        var text = sentence
        var out: [UInt8] = []
        var words: [Range<Int>] = []
        text.withUTF8 { appendClean($0, to: &out, words: &words) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends ``clean(_:)`` of the UTF-8 sentence `bytes` to `out`; `words` is scratch space.
    ///
    /// Separators (space, tab) and the removed prefixes are ASCII, so this works on bytes: the
    /// kept words are joined by single spaces.
    static func appendClean(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8], words: inout [Range<Int>]) {
        words.removeAll(keepingCapacity: true)
        var i = 0
        let n = bytes.count
        while i < n {
            if bytes[i] == 32 || bytes[i] == 9 {
                i += 1
                continue
            }
            let start = i
            while i < n, bytes[i] != 32, bytes[i] != 9 { i += 1 }
            if bytes[start] == 64, i - start > 1 { continue }  // @handle
            if hasPrefix(bytes, start, i, "http://") || hasPrefix(bytes, start, i, "https://") { continue }
            words.append(start..<i)
        }
        if let last = words.last, last.count <= 16, bytes[last.lowerBound] == 94 || bytes[last.lowerBound] == 45 {
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[last]), as: UTF8.self)
            if word.count <= 4, word.hasPrefix("^") || (word.hasPrefix("-") && word.count > 1 && word.dropFirst().allSatisfy(\.isUppercase)) {
                words.removeLast()
            }
        }
        // Words joined by single spaces; consecutive words that the input already separates by exactly
        // one space are copied as one run (the same bytes, one copy instead of one per word).
        var k = 0
        while k < words.count {
            let start = words[k].lowerBound
            var end = words[k].upperBound
            k += 1
            while k < words.count, words[k].lowerBound == end + 1, bytes[end] == 32 {
                end = words[k].upperBound
                k += 1
            }
            if start != words[0].lowerBound { out.append(32) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
    }

    private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard end - start >= count else { return false }
        return prefix.withUTF8Buffer { p in (0..<count).allSatisfy { bytes[start + $0] == p[$0] } }
    }

    /// `text` cut to at most `limit` characters on a word boundary, ending with `…` when cut.
    static func truncate(_ text: String, to limit: Int) -> String {
        guard limit > 0 else { return "" }
        guard text.count > limit else { return text }
        let prefix = text.prefix(limit - 1)
        var cut = prefix.endIndex
        if let space = prefix.lastIndex(where: { $0 == " " }), prefix.distance(from: prefix.startIndex, to: space) > 0 {
            cut = space
        }
        var head = String(text[text.startIndex..<cut])
        while let last = head.last, last == " " || last == "," || last == ";" || last == ":" { head.removeLast() }
        return head + "…"
    }
}
