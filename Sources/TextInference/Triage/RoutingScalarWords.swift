/// The routing vocabulary and wildcard words as Unicode scalar arrays, for matching a text's tokens
/// without creating a `String` per token.
///
/// `String` equality is canonical equivalence. It equals scalar equality (and `hasPrefix`,
/// `hasSuffix` equal their scalar forms) when every scalar on both sides is *plain*: below U+0300
/// (no combining marks, and distinct precomposed Latin letters have distinct decompositions), or an
/// Arabic-block letter left after ``ArabicNormalizer`` that has no decomposition and is no mark.
/// So a text with any other scalar in a token, or a table with a word that is not plain, takes the
/// `String` path instead.
struct ScalarWords: Sendable {
    /// Word scalars by vocabulary id.
    private let words: [[UInt32]]
    /// Open-addressing table of `id + 1` (0 = empty), indexed by word hash.
    private let table: [Int32]
    /// Wildcard patterns: kind and scalars, by wildcard index.
    private let wildcards: [(kind: RoutingCue.WordPattern, scalars: [UInt32])]
    /// Prefix wildcards by the low byte of their first scalar; suffix wildcards by that of their last.
    private let prefixByFirst: [[Int]]
    private let suffixByLast: [[Int]]
    /// Wildcards tested on every token (contains, or an empty word).
    private let always: [Int]

    /// Builds the scalar form, or `nil` when some word is not plain.
    init?(vocabulary: [String: Int32], wildcards patterns: [RoutingCue.WordPattern]) {
        var words = [[UInt32]](repeating: [], count: vocabulary.count)
        for (word, id) in vocabulary {
            let scalars = word.unicodeScalars.map(\.value)
            guard scalars.allSatisfy(Self.isPlain) else { return nil }
            words[Int(id)] = scalars
        }
        var size = 16
        while size < 2 * words.count { size *= 2 }
        var table = [Int32](repeating: 0, count: size)
        for (id, word) in words.enumerated() {
            var slot = Int(Self.hash(word[...]) & UInt32(size - 1))
            while table[slot] != 0 { slot = (slot + 1) & (size - 1) }
            table[slot] = Int32(id + 1)
        }
        var wildcards: [(kind: RoutingCue.WordPattern, scalars: [UInt32])] = []
        var prefixByFirst = [[Int]](repeating: [], count: 256)
        var suffixByLast = [[Int]](repeating: [], count: 256)
        var always: [Int] = []
        for (index, pattern) in patterns.enumerated() {
            let word: String
            switch pattern {
            case .exact(let w), .prefix(let w), .suffix(let w), .contains(let w): word = w
            }
            let scalars = word.unicodeScalars.map(\.value)
            guard scalars.allSatisfy(Self.isPlain) else { return nil }
            wildcards.append((pattern, scalars))
            switch pattern {
            case .prefix where !scalars.isEmpty: prefixByFirst[Int(scalars[0] & 0xFF)].append(index)
            case .suffix where !scalars.isEmpty: suffixByLast[Int(scalars[scalars.count - 1] & 0xFF)].append(index)
            default: always.append(index)
            }
        }
        self.words = words
        self.table = table
        self.wildcards = wildcards
        self.prefixByFirst = prefixByFirst
        self.suffixByLast = suffixByLast
        self.always = always
    }

    /// Whether a (normalised) scalar is its own canonical form in every context (see the type comment).
    @inline(__always)
    static func isPlain(_ value: UInt32) -> Bool {
        if value < 0x300 { return true }
        guard value >= 0x600 && value <= 0x6FF else { return false }
        switch value {
        case 0x610...0x61A, 0x622...0x626, 0x64B...0x65F, 0x670, 0x6C0, 0x6C2, 0x6D3, 0x6D6...0x6ED: return false
        default: return true
        }
    }

    /// FNV-1a over scalars.
    @inline(__always)
    private static func hash(_ scalars: ArraySlice<UInt32>) -> UInt32 {
        var state: UInt32 = 0x811C_9DC5
        for value in scalars { state = (state ^ value) &* 0x0100_0193 }
        return state ^ (state >> 15)
    }

    /// The matched groups, or `nil` when a token holds a scalar that is not plain.
    func matchingGroups(_ text: String, groupCount: Int, matcher: RoutingMatcher) -> [Bool]? {
        // Tokens exactly as RoutingText.tokens: folded, apostrophes dropped, letters and digits lowercased.
        var scalars: [UInt32] = []
        scalars.reserveCapacity(text.utf8.count)
        var ends: [Int] = []
        for scalar in text.unicodeScalars {
            guard let folded = ArabicNormalizer.fold(scalar.value) else { continue }
            if folded == 0x27 || folded == 0x2019 { continue }
            if TextScalars.isWordScalar(folded) || TextScalars.isDigit(folded) {
                let lowered = TextScalars.lowercase(folded)
                guard Self.isPlain(lowered) else { return nil }
                scalars.append(lowered)
            } else if scalars.count > (ends.last ?? 0) {
                ends.append(scalars.count)
            }
        }
        if scalars.count > (ends.last ?? 0) { ends.append(scalars.count) }
        let matched = [Bool](repeating: false, count: groupCount)
        guard !ends.isEmpty else { return matched }
        var ids = [Int32](repeating: -1, count: ends.count)
        var masks = [UInt64](repeating: 0, count: ends.count)
        let mask = table.count - 1
        var start = 0
        for (index, end) in ends.enumerated() {
            let token = scalars[start..<end]
            var slot = Int(Self.hash(token)) & mask
            while table[slot] != 0 {
                let id = Int(table[slot] - 1)
                if words[id].elementsEqual(token) {
                    ids[index] = Int32(id)
                    break
                }
                slot = (slot + 1) & mask
            }
            var bits: UInt64 = 0
            for candidate in prefixByFirst[Int(token[start] & 0xFF)] where Self.matches(wildcards[candidate], token) {
                bits |= 1 << UInt64(candidate)
            }
            for candidate in suffixByLast[Int(token[end - 1] & 0xFF)] where Self.matches(wildcards[candidate], token) {
                bits |= 1 << UInt64(candidate)
            }
            for candidate in always where Self.matches(wildcards[candidate], token) { bits |= 1 << UInt64(candidate) }
            masks[index] = bits
            start = end
        }
        return matcher.matchPhrases(ids: ids, masks: masks, matched: matched)
    }

    /// Whether a token (plain scalars) matches a wildcard word.
    private static func matches(_ wildcard: (kind: RoutingCue.WordPattern, scalars: [UInt32]), _ token: ArraySlice<UInt32>) -> Bool {
        let word = wildcard.scalars
        guard token.count >= word.count else { return false }
        switch wildcard.kind {
        case .exact: return token.elementsEqual(word)
        case .prefix: return token.prefix(word.count).elementsEqual(word)
        case .suffix: return token.suffix(word.count).elementsEqual(word)
        case .contains:
            guard !word.isEmpty else { return true }
            var from = token.startIndex
            while from + word.count <= token.endIndex {
                if token[from..<(from + word.count)].elementsEqual(word) { return true }
                from += 1
            }
            return false
        }
    }
}
