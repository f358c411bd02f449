/// A fixed set of folded words, looked up from a span of ``ScannedText/folded`` without allocating.
///
/// Open addressing over the words' ``WordHash`` values: a look-up hashes the span once (FNV-1a),
/// probes slots holding equal hashes and compares those words scalar by scalar, so it answers
/// exactly "some word equals the span" — what `Set<[UInt32]>.contains(Array(span))` answered,
/// without the array copy and the SipHash of every scalar.
struct FoldedWordTable: Sendable {
    /// The words, in insertion order.
    private let words: [[UInt32]]
    /// Per slot: the word's hash, or 0 for an empty slot (a word hashing to 0 is kept in ``zeroWords``).
    private let slotHashes: [UInt64]
    /// Per slot: the index of its word in ``words``.
    private let slotWords: [Int32]
    /// Indices of the words whose hash is 0 (never seen in practice; kept so the answer stays exact).
    private let zeroWords: [Int]
    /// `slotHashes.count - 1` (a power of two minus one).
    private let mask: Int
    /// The longest word, in scalars.
    let maxLength: Int

    /// A table of `words` (duplicates allowed).
    init(_ words: [[UInt32]]) {
        self.words = words
        var capacity = 8
        while capacity < words.count * 4 { capacity *= 2 }
        var hashes = [UInt64](repeating: 0, count: capacity)
        var indices = [Int32](repeating: -1, count: capacity)
        var zero: [Int] = []
        for (index, word) in words.enumerated() {
            let hash = WordHash.of(word, 0, word.count)
            if hash == 0 { zero.append(index); continue }
            var slot = Self.slot(hash, capacity - 1)
            while hashes[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            hashes[slot] = hash
            indices[slot] = Int32(index)
        }
        slotHashes = hashes
        slotWords = indices
        zeroWords = zero
        mask = capacity - 1
        maxLength = words.map(\.count).max() ?? 0
    }

    /// The first slot probed for `hash`.
    @inline(__always) private static func slot(_ hash: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// Whether `folded[start..<end]` is one of the words.
    func contains(_ folded: [UInt32], _ start: Int, _ end: Int) -> Bool {
        guard end - start <= maxLength else { return false }
        let hash = WordHash.of(folded, start, end)
        if hash == 0 {
            return zeroWords.contains { equals(words[$0], folded, start, end) }
        }
        var slot = Self.slot(hash, mask)
        while slotHashes[slot] != 0 {
            if slotHashes[slot] == hash, equals(words[Int(slotWords[slot])], folded, start, end) { return true }
            slot = (slot + 1) & mask
        }
        return false
    }

    /// Whether `word` equals `folded[start..<end]`.
    @inline(__always) private func equals(_ word: [UInt32], _ folded: [UInt32], _ start: Int, _ end: Int) -> Bool {
        guard word.count == end - start else { return false }
        var k = 0
        while k < word.count {
            if word[k] != folded[start + k] { return false }
            k += 1
        }
        return true
    }
}
