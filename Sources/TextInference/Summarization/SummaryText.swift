/// Text clean-up and truncation helpers for summaries.
enum SummaryText {
    /// Removes `@handles`, bare URLs and trailing agent initials (`^AB`, `-AB`) and squeezes spaces.
    static func clean(_ sentence: String) -> String {
        var contiguous = sentence
        contiguous.makeContiguousUTF8()
        let text = contiguous
        return text.utf8.withContiguousStorageIfAvailable { clean(text, bytes: $0) } ?? clean(text, bytes: Array(text.utf8))
    }

    /// ``clean(_:)`` over the UTF-8 bytes of `sentence`: the separators (space, tab) and prefixes are ASCII.
    private static func clean<Bytes: RandomAccessCollection>(_ sentence: String, bytes: Bytes) -> String
        where Bytes.Element == UInt8, Bytes.Index == Int {
        var words: [Range<Int>] = []
        var i = 0
        var squeezed = true
        while i < bytes.count {
            if bytes[i] == 32 || bytes[i] == 9 {
                if bytes[i] == 9 || i == 0 || bytes[i - 1] == 32 || bytes[i - 1] == 9 { squeezed = false }
                i += 1
                continue
            }
            let start = i
            while i < bytes.count, bytes[i] != 32, bytes[i] != 9 { i += 1 }
            if bytes[start] == 64, i - start > 1 { squeezed = false; continue }  // @handle
            if hasPrefix(bytes, start, i, "http://") || hasPrefix(bytes, start, i, "https://") { squeezed = false; continue }
            words.append(start..<i)
        }
        if bytes.last == 32 || bytes.last == 9 { squeezed = false }
        if let last = words.last, last.count <= 16, bytes[last.lowerBound] == 94 || bytes[last.lowerBound] == 45 {
            let word = String(decoding: bytes[last], as: UTF8.self)
            if word.count <= 4, word.hasPrefix("^") || (word.hasPrefix("-") && word.count > 1 && word.dropFirst().allSatisfy(\.isUppercase)) {
                words.removeLast()
                squeezed = false
            }
        }
        if squeezed { return sentence }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for (k, word) in words.enumerated() {
            if k > 0 { out.append(32) }
            out.append(contentsOf: bytes[word])
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hasPrefix<Bytes: RandomAccessCollection>(_ bytes: Bytes, _ start: Int, _ end: Int, _ prefix: StaticString) -> Bool
        where Bytes.Element == UInt8, Bytes.Index == Int {
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
