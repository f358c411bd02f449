/// Matches every routing cue group against one text in a single pass over its tokens.
///
/// Built once from the compiled cues. Exact phrase words of all groups share one vocabulary, so
/// each token is hashed once and phrases compare integer word ids; each token also gets a bit
/// mask of the wildcard words (`x*`, `*x`, `*x*`) it matches, computed once per token. Phrases are
/// then looked up by their first word. Wildcard words compare UTF-8 bytes when both sides are ASCII
/// (where byte equality is exactly `String` equality) and fall back to the `String` comparison
/// otherwise, so results equal ``RoutingCue/Compiled/matches(_:)``.
struct RoutingMatcher: Sendable {
    /// One wildcard word.
    struct Wildcard: Sendable {
        var pattern: RoutingCue.WordPattern
        /// The word's bytes when it is ASCII.
        var ascii: [UInt8]?
        /// True when the word has a non-ASCII scalar that no ASCII text is canonically equivalent
        /// to (anything but U+037E, U+1FEF and U+212A), so it never matches an ASCII token.
        var neverMatchesASCII: Bool
    }

    /// Exact words of every phrase, by id.
    private var vocabulary: [String: Int32] = [:]
    /// Wildcard words; a token's mask has bit `i` set when it matches `wildcards[i]`.
    private var wildcards: [Wildcard] = []
    private var wildcardIndex: [String: Int] = [:]
    /// Phrases: the group they belong to and their words (`>= 0`: vocabulary id; `< 0`: wildcard `-(code + 1)`).
    private var phrases: [(group: Int, words: [Int32])] = []
    /// Phrase indices by the vocabulary id of their exact first word.
    private var byFirstID: [[Int]] = []
    /// Phrase indices by the wildcard index of their first word.
    private var byFirstWildcard: [[Int]] = []
    /// Whether the masks fit (at most 64 distinct wildcard words); otherwise callers use the slow path.
    private(set) var isUsable = true
    /// Number of groups that have at least one phrase.
    private var groupsWithPhrases = 0
    /// For an ASCII token, by its first byte: the wildcard words it can match (the others are
    /// ASCII prefix words with another first byte, or words that never match ASCII).
    private var asciiCandidates: [[Int]] = []
    /// The same words as scalar arrays for the allocation-free path (`nil` when a word is not plain).
    private var scalarWords: ScalarWords?

    /// Builds the matcher from compiled cues (one group per cue, same order).
    init(_ compiled: [RoutingCue.Compiled]) {
        for (group, cue) in compiled.enumerated() {
            for first in cue.byFirstWord.keys.sorted() {
                for phrase in cue.byFirstWord[first] ?? [] { add(phrase, group: group) }
            }
            for phrase in cue.wildcardFirst { add(phrase, group: group) }
        }
        isUsable = wildcards.count <= 64
        scalarWords = ScalarWords(vocabulary: vocabulary, wildcards: wildcards.map(\.pattern))
        asciiCandidates = (0..<128).map { byte in
            wildcards.indices.filter { index in
                let wildcard = wildcards[index]
                if wildcard.neverMatchesASCII { return false }
                guard case .prefix = wildcard.pattern, let word = wildcard.ascii, let first = word.first else { return true }
                return first == UInt8(byte)
            }
        }
        groupsWithPhrases = Set(phrases.map(\.group)).count
        byFirstID = [[Int]](repeating: [], count: vocabulary.count)
        byFirstWildcard = [[Int]](repeating: [], count: wildcards.count)
        for (index, phrase) in phrases.enumerated() {
            guard let first = phrase.words.first else { continue }
            if first >= 0 { byFirstID[Int(first)].append(index) } else { byFirstWildcard[Int(-(first + 1))].append(index) }
        }
    }

    private mutating func add(_ phrase: [RoutingCue.WordPattern], group: Int) {
        guard !phrase.isEmpty else { return }
        let words = phrase.map { pattern -> Int32 in
            switch pattern {
            case .exact(let word):
                if let id = vocabulary[word] { return id }
                let id = Int32(vocabulary.count)
                vocabulary[word] = id
                return id
            case .prefix(let word), .suffix(let word), .contains(let word):
                let key = "\(pattern)"
                if let index = wildcardIndex[key] { return Int32(-(index + 1)) }
                let index = wildcards.count
                wildcardIndex[key] = index
                let ascii = word.utf8.allSatisfy { $0 < 0x80 } ? Array(word.utf8) : nil
                let never = word.unicodeScalars.contains { $0.value >= 0x80 && $0.value != 0x37E && $0.value != 0x1FEF && $0.value != 0x212A }
                wildcards.append(Wildcard(pattern: pattern, ascii: ascii, neverMatchesASCII: never))
                return Int32(-(index + 1))
            }
        }
        phrases.append((group, words))
    }

    /// Which of `groupCount` groups have a phrase in `text`.
    ///
    /// Texts whose tokens hold only scalars that are their own canonical form (see
    /// ``ScalarWords/isPlain(_:)``) are matched on scalars, without building a `String` per token;
    /// others take the `String` path below. Both give the same answer.
    func matchingGroups(_ text: String, groupCount: Int) -> [Bool] {
        if let scalarWords, let matched = scalarWords.matchingGroups(text, groupCount: groupCount, matcher: self) { return matched }
        return stringMatchingGroups(text, groupCount: groupCount)
    }

    /// ``matchingGroups(_:groupCount:)`` on `String` tokens.
    func stringMatchingGroups(_ text: String, groupCount: Int) -> [Bool] {
        let strings = RoutingText.tokens(text)
        guard !strings.isEmpty else { return [Bool](repeating: false, count: groupCount) }
        var ids = [Int32](repeating: -1, count: strings.count)
        var masks = [UInt64](repeating: 0, count: strings.count)
        for index in strings.indices {
            let token = strings[index]
            if let id = vocabulary[token] { ids[index] = id }
            masks[index] = wildcardMask(token)
        }
        return ids.withUnsafeBufferPointer { ids in
            masks.withUnsafeBufferPointer { masks in matchPhrases(ids: ids, masks: masks, groupCount: groupCount) }
        }
    }

    /// Marks the groups whose phrases occur in the token word ids and wildcard masks.
    func matchPhrases(ids: UnsafeBufferPointer<Int32>, masks: UnsafeBufferPointer<UInt64>, groupCount: Int) -> [Bool] {
        var matched = [Bool](repeating: false, count: groupCount)
        var remaining = groupsWithPhrases
        for start in ids.indices {
            if ids[start] >= 0 {
                for phrase in byFirstID[Int(ids[start])] where check(phrase, start, ids, masks, &matched, &remaining) {
                    if remaining == 0 { return matched }
                }
            }
            var mask = masks[start]
            while mask != 0 {
                let bit = mask.trailingZeroBitCount
                mask &= mask - 1
                for phrase in byFirstWildcard[bit] where check(phrase, start, ids, masks, &matched, &remaining) {
                    if remaining == 0 { return matched }
                }
            }
        }
        return matched
    }

    /// Tests phrase `index` at `start`; marks its group on a match and returns whether it matched.
    @inline(__always)
    private func check(_ index: Int, _ start: Int, _ ids: UnsafeBufferPointer<Int32>, _ masks: UnsafeBufferPointer<UInt64>,
                       _ matched: inout [Bool], _ remaining: inout Int) -> Bool {
        let phrase = phrases[index]
        guard !matched[phrase.group], start + phrase.words.count <= ids.count else { return false }
        for offset in phrase.words.indices {
            let code = phrase.words[offset]
            if code >= 0 {
                if ids[start + offset] != code { return false }
            } else if masks[start + offset] & (1 << UInt64(-(code + 1))) == 0 {
                return false
            }
        }
        matched[phrase.group] = true
        remaining -= 1
        return true
    }

    /// The bit mask of wildcard words that `token` matches.
    private func wildcardMask(_ token: String) -> UInt64 {
        guard !wildcards.isEmpty else { return 0 }
        var token = token
        return token.withUTF8 { bytes in
            let isASCII = bytes.allSatisfy { $0 < 0x80 }
            // Without the three scalars whose canonical form is ASCII (U+037E, U+1FEF, U+212A), a
            // token can only equal an ASCII word canonically where its bytes equal it, so a byte
            // mismatch rules the word out; a byte match is confirmed with the String comparison.
            let byteMismatchIsFinal = isASCII || !Self.containsASCIISingleton(bytes)
            var mask: UInt64 = 0
            if isASCII, let first = bytes.first {
                for index in asciiCandidates[Int(first)] {
                    let wildcard = wildcards[index]
                    let hit = wildcard.ascii.map { Self.asciiMatches(wildcard.pattern, $0, bytes) }
                        ?? wildcard.pattern.matches(String(decoding: bytes, as: UTF8.self))
                    if hit { mask |= 1 << UInt64(index) }
                }
                return mask
            }
            for (index, wildcard) in wildcards.enumerated() {
                let hit: Bool
                if isASCII && wildcard.neverMatchesASCII {
                    hit = false
                } else if isASCII, let word = wildcard.ascii {
                    hit = Self.asciiMatches(wildcard.pattern, word, bytes)
                } else if byteMismatchIsFinal, let word = wildcard.ascii, !Self.asciiMatches(wildcard.pattern, word, bytes) {
                    hit = false
                } else {
                    hit = wildcard.pattern.matches(String(decoding: bytes, as: UTF8.self))
                }
                if hit { mask |= 1 << UInt64(index) }
            }
            return mask
        }
    }

    /// Whether UTF-8 `bytes` contain U+037E (CD BE), U+1FEF (E1 BF AF) or U+212A (E2 84 AA).
    private static func containsASCIISingleton(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index + 1 < bytes.count {
            switch bytes[index] {
            case 0xCD where bytes[index + 1] == 0xBE: return true
            case 0xE1 where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] == 0xAF: return true
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x84 && bytes[index + 2] == 0xAA: return true
            default: index += 1
            }
        }
        return false
    }

    /// The wildcard test on bytes for an ASCII word (exact for an ASCII token; for other tokens a
    /// necessary condition, see ``wildcardMask(_:)``).
    private static func asciiMatches(_ pattern: RoutingCue.WordPattern, _ word: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= word.count else { return false }
        switch pattern {
        case .exact:
            return bytes.elementsEqual(word)
        case .prefix:
            for offset in word.indices where bytes[offset] != word[offset] { return false }
            return true
        case .suffix:
            let base = bytes.count - word.count
            for offset in word.indices where bytes[base + offset] != word[offset] { return false }
            return true
        case .contains:
            guard let first = word.first else { return true }
            var start = 0
            search: while start + word.count <= bytes.count {
                defer { start += 1 }
                guard bytes[start] == first else { continue }
                for offset in word.indices where bytes[start + offset] != word[offset] { continue search }
                return true
            }
            return false
        }
    }
}
