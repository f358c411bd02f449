/// The hashed features of one folded word for ``NameLikenessModel``: character 2- to 5-grams of
/// the word with boundary marks, its length class and whether it holds a non-ASCII letter.
///
/// The hashes are part of the model format: changing them invalidates the trained artifact.
enum NameLikenessFeatures {
    /// The scalar that marks the word's start in the n-grams.
    static let startMark: UInt32 = 2
    /// The scalar that marks the word's end in the n-grams.
    static let endMark: UInt32 = 3
    /// Words longer than this are read up to it (the end mark then follows the cut).
    static let maxLetters = 24
    /// The longest n-gram.
    static let maxOrder = 5

    /// Calls `body` with every feature hash of `folded[start..<end]` (no allocation) and returns how many
    /// it produced. Scalar `k` of the marked word is `startMark`, the word's scalars, then `endMark`.
    @inline(__always)
    static func forEach(_ folded: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int, _ body: (UInt32) -> Void) -> Int {
        let letters = min(end - start, maxLetters)
        let marked = letters + 2
        @inline(__always) func scalar(_ k: Int) -> UInt32 {
            k == 0 ? startMark : k == marked - 1 ? endMark : folded[start + k - 1]
        }
        var count = 0
        var nonASCII = false
        var p = 0
        while p < marked {
            var state = FeatureHash.basis
            var n = 0
            while n < maxOrder, p + n < marked {
                let c = scalar(p + n)
                if c >= 0x80 { nonASCII = true }
                state = FeatureHash.step(state, c)
                n += 1
                if n >= 2 {
                    body(FeatureHash.finish(state, tag: UInt32(n)))
                    count += 1
                }
            }
            p += 1
        }
        body(FeatureHash.finish(UInt32(min(letters, 12)), tag: 10))
        body(FeatureHash.finish(nonASCII ? 1 : 0, tag: 11))
        return count + 2
    }
}
