/// Matches every routing cue against one text with one dictionary lookup per token.
///
/// Built once from the compiled cues. All exact phrase words of all cues share one vocabulary, so
/// each text token is hashed once (instead of once per cue group) and phrases compare integer word
/// ids. Wildcard words compare UTF-8 bytes when both sides are ASCII (where byte equality is exactly
/// String equality) and fall back to the String comparison otherwise, so results are unchanged.
struct RoutingMatcher: Sendable {
    /// One word of a compiled phrase.
    enum Word: Sendable {
        /// An exact word, by vocabulary id.
        case id(Int)
        /// A wildcard word, with its ASCII bytes when it is ASCII, and whether it contains an
        /// Arabic scalar (no Arabic scalar is canonically equivalent to ASCII text, so such a word
        /// never matches an ASCII token).
        case wildcard(RoutingCue.WordPattern, ascii: [UInt8]?, arabic: Bool)
    }

    /// One cue group's phrases.
    struct Group: Sendable {
        /// Phrases by the vocabulary id of their exact first word.
        var byFirstID: [Int: [[Word]]] = [:]
        /// Phrases whose first word is a wildcard.
        var wildcardFirst: [[Word]] = []
    }

    /// Exact words of every phrase, by id.
    private var vocabulary: [String: Int] = [:]
    /// Per cue group, parallel to the table's cues.
    private var groups: [Group] = []

    /// Builds the matcher from compiled cues (same phrases, same order).
    init(_ compiled: [RoutingCue.Compiled]) {
        for cue in compiled {
            var group = Group()
            for (first, phrases) in cue.byFirstWord {
                let id = wordID(first)
                group.byFirstID[id, default: []] += phrases.map { convert($0) }
            }
            group.wildcardFirst = cue.wildcardFirst.map { convert($0) }
            groups.append(group)
        }
    }

    private mutating func wordID(_ word: String) -> Int {
        if let id = vocabulary[word] { return id }
        let id = vocabulary.count
        vocabulary[word] = id
        return id
    }

    private mutating func convert(_ phrase: [RoutingCue.WordPattern]) -> [Word] {
        phrase.map { pattern in
            switch pattern {
            case .exact(let word): return .id(wordID(word))
            case .prefix(let word), .suffix(let word), .contains(let word):
                return .wildcard(pattern, ascii: word.utf8.allSatisfy { $0 < 0x80 } ? Array(word.utf8) : nil,
                                 arabic: word.unicodeScalars.contains { (0x600...0x6FF).contains($0.value) })
            }
        }
    }

    /// Normalised tokens of a text with their vocabulary ids (-1 when not a phrase word).
    struct Tokens {
        var strings: [String]
        var ids: [Int]
        var isASCII: [Bool]
    }

    /// Tokenises `text` and looks every token up once.
    func tokens(_ text: String) -> Tokens {
        let strings = RoutingText.tokens(text)
        var ids = [Int](repeating: -1, count: strings.count)
        var ascii = [Bool](repeating: false, count: strings.count)
        for index in strings.indices {
            let token = strings[index]
            if let id = vocabulary[token] { ids[index] = id }
            ascii[index] = token.utf8.allSatisfy { $0 < 0x80 }
        }
        return Tokens(strings: strings, ids: ids, isASCII: ascii)
    }

    /// Whether cue group `group` matches anywhere in `tokens`.
    func matches(group index: Int, _ tokens: Tokens) -> Bool {
        let group = groups[index]
        for start in tokens.ids.indices {
            let id = tokens.ids[start]
            if id >= 0, let candidates = group.byFirstID[id], candidates.contains(where: { Self.matches($0, tokens, start) }) {
                return true
            }
            if group.wildcardFirst.contains(where: { Self.matches($0, tokens, start) }) { return true }
        }
        return false
    }

    private static func matches(_ phrase: [Word], _ tokens: Tokens, _ start: Int) -> Bool {
        guard start + phrase.count <= tokens.ids.count else { return false }
        for offset in phrase.indices {
            let position = start + offset
            switch phrase[offset] {
            case .id(let id):
                if tokens.ids[position] != id { return false }
            case let .wildcard(pattern, ascii, arabic):
                if arabic && tokens.isASCII[position] { return false }
                if let ascii, tokens.isASCII[position] {
                    if !asciiMatches(pattern, ascii, tokens.strings[position]) { return false }
                } else if !pattern.matches(tokens.strings[position]) {
                    return false
                }
            }
        }
        return true
    }

    /// The wildcard test on bytes, for an ASCII word and an ASCII token.
    private static func asciiMatches(_ pattern: RoutingCue.WordPattern, _ word: [UInt8], _ token: String) -> Bool {
        var token = token
        return token.withUTF8 { bytes in
            guard bytes.count >= word.count else { return false }
            switch pattern {
            case .exact:
                return bytes.elementsEqual(word)
            case .prefix:
                return word.indices.allSatisfy { bytes[$0] == word[$0] }
            case .suffix:
                let offset = bytes.count - word.count
                return word.indices.allSatisfy { bytes[offset + $0] == word[$0] }
            case .contains:
                guard let first = word.first else { return true }
                var start = 0
                while start + word.count <= bytes.count {
                    if bytes[start] == first, word.indices.allSatisfy({ bytes[start + $0] == word[$0] }) { return true }
                    start += 1
                }
                return false
            }
        }
    }
}
