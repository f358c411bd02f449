/// Text clean-up and truncation helpers for summaries.
enum SummaryText {
    /// Removes `@handles`, bare URLs and trailing agent initials (`^AB`, `-AB`) and squeezes spaces.
    static func clean(_ sentence: String) -> String {
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
