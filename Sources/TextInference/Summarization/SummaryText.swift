/// Text clean-up and truncation helpers for summaries.
enum SummaryText {
    /// Removes `@handles`, bare URLs and trailing agent initials (`^AB`, `-AB`) and squeezes spaces.
    static func clean(_ sentence: String) -> String {
        if let fast = cleanASCII(sentence) { return fast }
        var words: [Substring] = []
        for word in sentence.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            if word.hasPrefix("@") && word.count > 1 { continue }
            if word.hasPrefix("http://") || word.hasPrefix("https://") { continue }
            words.append(word)
        }
        if let last = words.last, last.count <= 4, last.hasPrefix("^") || (last.hasPrefix("-") && last.count > 1 && last.dropFirst().allSatisfy(\.isUppercase)) {
            words.removeLast()
        }
        return words.joined(separator: " ")
    }

    /// ``clean(_:)`` on bytes for ASCII text without carriage returns, where every Character is
    /// one byte (so counts and prefixes agree with the Character-based version); `nil` otherwise.
    static func cleanASCII(_ sentence: String) -> String? {
        var sentence = sentence
        return sentence.withUTF8 { bytes -> String? in
            for byte in bytes where byte >= 0x80 || byte == 0x0D { return nil }
            var words: [Range<Int>] = []
            var index = 0
            let count = bytes.count
            while index < count {
                while index < count && (bytes[index] == 0x20 || bytes[index] == 0x09) { index += 1 }
                let start = index
                while index < count && bytes[index] != 0x20 && bytes[index] != 0x09 { index += 1 }
                guard start < index else { continue }
                let length = index - start
                if bytes[start] == 0x40 && length > 1 { continue }  // @handle
                if Self.hasPrefix(bytes, start, index, "http://") || Self.hasPrefix(bytes, start, index, "https://") { continue }
                words.append(start..<index)
            }
            if let last = words.last, last.count <= 4 {
                let first = bytes[last.lowerBound]
                let initials = first == 0x2D && last.count > 1
                    && bytes[(last.lowerBound + 1)..<last.upperBound].allSatisfy { (0x41...0x5A).contains($0) }
                if first == 0x5E || initials { words.removeLast() }
            }
            var output: [UInt8] = []
            output.reserveCapacity(count)
            for (position, word) in words.enumerated() {
                if position > 0 { output.append(0x20) }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[word]))
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ prefix: StaticString) -> Bool {
        let length = prefix.utf8CodeUnitCount
        guard end - start >= length else { return false }
        let pointer = prefix.utf8Start
        for offset in 0..<length where bytes[start + offset] != pointer[offset] { return false }
        return true
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
