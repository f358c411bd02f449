/// The routing vocabulary and wildcard words as Unicode scalar arrays, for matching a text's tokens
/// without creating a `String` per token.
///
/// `String` equality is canonical equivalence. It equals scalar equality (and `hasPrefix`,
/// `hasSuffix` equal their scalar forms) when every scalar on both sides is *plain*: below U+0300
/// (no combining marks, and distinct precomposed Latin letters have distinct decompositions), a
/// Cyrillic letter (U+0400–U+052F without the combining marks U+0483–U+0489: the same holds, and no
/// Cyrillic scalar decomposes to a scalar of another script), or an Arabic-block letter left after
/// ``ArabicNormalizer`` that has no decomposition and is no mark. (Checked with Python's
/// `unicodedata` over the whole set: every scalar is a starter, is its own NFC, and its NFD has one
/// starter and differs from every other scalar's.)
/// So a text with any other scalar in a token, or a table with a word that is not plain, takes the
/// `String` path instead.
struct ScalarWords: Sendable {
    /// Word scalars by vocabulary id, concatenated: word `id` is `wordScalars[wordStarts[id]..<wordStarts[id + 1]]`.
    private let wordScalars: [UInt32]
    private let wordStarts: [Int32]
    /// Open-addressing table of `id + 1` (0 = empty), indexed by word hash.
    private let table: [Int32]
    /// Wildcard patterns by wildcard index: kind (``Kind``) and scalars, concatenated like the words.
    private let wildcardKinds: [Kind]
    private let wildcardScalars: [UInt32]
    private let wildcardStarts: [Int32]
    /// Prefix wildcards by the low byte of their first scalar, suffix wildcards by that of their last:
    /// bucket `b` is `prefixIndices[prefixStarts[b]..<prefixStarts[b + 1]]` (the same for suffixes).
    private let prefixIndices: [Int32]
    private let prefixStarts: [Int32]
    private let suffixIndices: [Int32]
    private let suffixStarts: [Int32]
    /// Wildcards tested on every token (contains, or an empty word).
    private let always: [Int32]

    /// How a wildcard word matches a token.
    private enum Kind: UInt8, Sendable {
        case exact, prefix, suffix, contains
    }

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
        var kinds: [Kind] = []
        var wildcardWords: [[UInt32]] = []
        var prefixByFirst = [[Int32]](repeating: [], count: 256)
        var suffixByLast = [[Int32]](repeating: [], count: 256)
        var always: [Int32] = []
        for (index, pattern) in patterns.enumerated() {
            let word: String
            let kind: Kind
            switch pattern {
            case .exact(let w): (word, kind) = (w, .exact)
            case .prefix(let w): (word, kind) = (w, .prefix)
            case .suffix(let w): (word, kind) = (w, .suffix)
            case .contains(let w): (word, kind) = (w, .contains)
            }
            let scalars = word.unicodeScalars.map(\.value)
            guard scalars.allSatisfy(Self.isPlain) else { return nil }
            kinds.append(kind)
            wildcardWords.append(scalars)
            switch kind {
            case .prefix where !scalars.isEmpty: prefixByFirst[Int(scalars[0] & 0xFF)].append(Int32(index))
            case .suffix where !scalars.isEmpty: suffixByLast[Int(scalars[scalars.count - 1] & 0xFF)].append(Int32(index))
            default: always.append(Int32(index))
            }
        }
        func flatten<T>(_ lists: [[T]]) -> (items: [T], starts: [Int32]) {
            var starts: [Int32] = [0]
            for list in lists { starts.append(starts[starts.count - 1] + Int32(list.count)) }
            return (lists.flatMap { $0 }, starts)
        }
        (wordScalars, wordStarts) = flatten(words)
        self.table = table
        wildcardKinds = kinds
        (wildcardScalars, wildcardStarts) = flatten(wildcardWords)
        (prefixIndices, prefixStarts) = flatten(prefixByFirst)
        (suffixIndices, suffixStarts) = flatten(suffixByLast)
        self.always = always
    }

    /// Whether a (normalised) scalar is its own canonical form in every context (see the type comment).
    @inline(__always)
    static func isPlain(_ value: UInt32) -> Bool {
        if value < 0x300 { return true }
        if value >= 0x400 && value <= 0x52F { return value < 0x483 || value > 0x489 }
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

    /// FNV-1a over `scalars[start..<end]`, as ``hash(_:)``.
    @inline(__always)
    private static func hash(_ scalars: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> UInt32 {
        var state: UInt32 = 0x811C_9DC5
        for position in start..<end { state = (state ^ scalars[position]) &* 0x0100_0193 }
        return state ^ (state >> 15)
    }

    /// The matched groups, or `nil` when a token holds a scalar that is not plain.
    ///
    /// The token scalars, ends, word ids and wildcard masks live in temporary buffers instead of arrays:
    /// on the stack while each fits the runtime's 1 KB stack limit (texts up to about 250 bytes), from the
    /// heap above that.
    func matchingGroups(_ text: String, groupCount: Int, matcher: RoutingMatcher) -> [Bool]? {
        var text = text
        return text.withUTF8 { bytes -> [Bool]? in
            let count = bytes.count
            return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: max(1, count)) { scalars in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: count / 2 + 1) { ends in
                    guard let (_, tokenCount) = Self.tokenize(bytes, scalars: scalars.baseAddress!, ends: ends.baseAddress!) else {
                        return nil
                    }
                    guard tokenCount > 0 else { return [Bool](repeating: false, count: groupCount) }
                    return withUnsafeTemporaryAllocation(of: Int32.self, capacity: tokenCount) { ids in
                        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: tokenCount) { masks in
                            lookUp(UnsafeBufferPointer(scalars), ends: UnsafeBufferPointer(rebasing: ends[0..<tokenCount]),
                                   ids: ids, masks: masks)
                            return matcher.matchPhrases(
                                ids: UnsafeBufferPointer(ids), masks: UnsafeBufferPointer(masks), groupCount: groupCount)
                        }
                    }
                }
            }
        }
    }

    /// Writes each token's vocabulary id (-1 when none) and wildcard mask.
    @inline(__always)
    private func lookUp(
        _ text: UnsafeBufferPointer<UInt32>, ends: UnsafeBufferPointer<Int>, ids: UnsafeMutableBufferPointer<Int32>,
        masks: UnsafeMutableBufferPointer<UInt64>
    ) {
        let mask = table.count - 1
        wordScalars.withUnsafeBufferPointer { wordScalars in
            wordStarts.withUnsafeBufferPointer { wordStarts in
                table.withUnsafeBufferPointer { table in
                    var start = 0
                    for (index, end) in ends.enumerated() {
                        ids[index] = -1
                        var slot = Int(Self.hash(text, start, end)) & mask
                        while table[slot] != 0 {
                            let id = Int(table[slot] &- 1)
                            let wordStart = Int(wordStarts[id]), wordEnd = Int(wordStarts[id &+ 1])
                            if wordEnd &- wordStart == end &- start,
                               Self.equal(text, start, wordScalars, wordStart, count: end &- start) {
                                ids[index] = Int32(id)
                                break
                            }
                            slot = (slot &+ 1) & mask
                        }
                        masks[index] = wildcardMask(text, start, end)
                        start = end
                    }
                }
            }
        }
    }

    /// Splits `text` into the tokens of `RoutingText.tokens` (folded, apostrophes dropped, letters and
    /// digits lowercased) as concatenated `scalars` and token `ends`; `false` when a token holds a
    /// scalar that is not plain.
    static func tokenize(_ text: String, scalars: inout [UInt32], ends: inout [Int]) -> Bool {
        var text = text
        return text.withUTF8 { bytes -> Bool in
            let count = bytes.count
            var tokenEnds: [Int] = []
            var plain = true
            scalars = [UInt32](unsafeUninitializedCapacity: max(1, count)) { scalarBuffer, scalarCount in
                tokenEnds = [Int](unsafeUninitializedCapacity: count / 2 + 1) { endBuffer, endCount in
                    if let (written, tokens) = tokenize(bytes, scalars: scalarBuffer.baseAddress!, ends: endBuffer.baseAddress!) {
                        (scalarCount, endCount) = (written, tokens)
                    } else {
                        (scalarCount, endCount, plain) = (0, 0, false)
                    }
                }
            }
            ends = tokenEnds
            return plain
        }
    }

    /// ``tokenize(_:scalars:ends:)`` on UTF-8 `bytes` into buffers of at least `bytes.count` scalars and
    /// `bytes.count / 2 + 1` ends; returns the scalar and token counts, or `nil` when a token holds a
    /// scalar that is not plain.
    ///
    /// Reads the UTF-8 bytes: an ASCII byte is its own scalar, whose fold is itself, so ASCII letters
    /// and digits go straight to the stream and the rest of ASCII separates tokens (the scalar rule
    /// for ASCII); other scalars are decoded and take the general path. At most one scalar per byte;
    /// tokens are separated by at least one byte, so at most (count + 1) / 2 of them.
    static func tokenize(
        _ bytes: UnsafeBufferPointer<UInt8>, scalars output: UnsafeMutablePointer<UInt32>, ends tokenEnd: UnsafeMutablePointer<Int>
    ) -> (scalars: Int, tokens: Int)? {
        let count = bytes.count
        guard count > 0, let base = bytes.baseAddress else { return (0, 0) }
        var tokenCount = 0
        var written = 0
        var tokenStart = 0
        var position = 0
        while position < count {
            let byte = base[position]
            var value: UInt32
            if byte < 0x80 {
                position &+= 1
                value = UInt32(byte)
                if (value | 0x20) &- 0x61 < 26 || value &- 0x30 < 10 {
                    output[written] = value &- 0x41 < 26 ? value | 0x20 : value
                    written &+= 1
                    continue
                }
                if value == 0x27 { continue }
            } else {
                let (decoded, length) = LanguageIDFeatureExtractor.decode(base, position, count)
                position &+= length
                guard let folded = ArabicNormalizer.fold(decoded) else { continue }
                if folded == 0x27 || folded == 0x2019 { continue }
                value = folded
                if TextScalars.isWordScalar(value) || TextScalars.isDigit(value) {
                    let lowered = TextScalars.lowercase(value)
                    guard Self.isPlain(lowered) else { return nil }
                    output[written] = lowered
                    written &+= 1
                    continue
                }
            }
            if written > tokenStart {
                tokenEnd[tokenCount] = written
                tokenCount &+= 1
                tokenStart = written
            }
        }
        if written > tokenStart {
            tokenEnd[tokenCount] = written
            tokenCount &+= 1
        }
        return (written, tokenCount)
    }

    /// The bit mask of the wildcards that the token `text[start..<end]` (plain scalars) matches.
    @inline(__always)
    private func wildcardMask(_ text: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> UInt64 {
        var bits: UInt64 = 0
        let first = Int(text[start] & 0xFF), last = Int(text[end &- 1] & 0xFF)
        for position in Int(prefixStarts[first])..<Int(prefixStarts[first &+ 1]) {
            let candidate = Int(prefixIndices[position])
            if matches(candidate, text, start, end) { bits |= 1 << UInt64(candidate) }
        }
        for position in Int(suffixStarts[last])..<Int(suffixStarts[last &+ 1]) {
            let candidate = Int(suffixIndices[position])
            if matches(candidate, text, start, end) { bits |= 1 << UInt64(candidate) }
        }
        for candidate in always where matches(Int(candidate), text, start, end) { bits |= 1 << UInt64(candidate) }
        return bits
    }

    /// Whether `count` scalars of `a` from `aStart` equal those of `b` from `bStart`.
    @inline(__always)
    private static func equal(_ a: UnsafeBufferPointer<UInt32>, _ aStart: Int, _ b: UnsafeBufferPointer<UInt32>, _ bStart: Int,
                              count: Int) -> Bool {
        for offset in 0..<count where a[aStart &+ offset] != b[bStart &+ offset] { return false }
        return true
    }

    /// Whether the token `text[start..<end]` (plain scalars) matches wildcard `index`.
    private func matches(_ index: Int, _ text: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> Bool {
        let wordStart = Int(wildcardStarts[index]), length = Int(wildcardStarts[index &+ 1]) &- wordStart
        let tokenLength = end &- start
        guard tokenLength >= length else { return false }
        return wildcardScalars.withUnsafeBufferPointer { word in
            switch wildcardKinds[index] {
            case .exact: return tokenLength == length && Self.equal(text, start, word, wordStart, count: length)
            case .prefix: return Self.equal(text, start, word, wordStart, count: length)
            case .suffix: return Self.equal(text, end &- length, word, wordStart, count: length)
            case .contains:
                guard length > 0 else { return true }
                var from = start
                while from &+ length <= end {
                    if Self.equal(text, from, word, wordStart, count: length) { return true }
                    from &+= 1
                }
                return false
            }
        }
    }
}
