/// A 64-bit FNV-1a hash of folded scalars, so lexicon look-ups need no allocation.
///
/// Lexicons store the hashes of their folded entries; a text word is hashed straight from
/// ``ScannedText/folded``. With a few thousand entries the chance of a false match is ~1e-16.
enum WordHash {
    /// The hash of `folded[start..<end]`.
    @inline(__always) static func of(_ folded: [UInt32], _ start: Int, _ end: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var i = start
        while i < end {
            h = (h ^ UInt64(folded[i])) &* 0x0000_0100_0000_01B3
            i += 1
        }
        return h
    }

    /// The hashes of the space-separated words of `list`, folded, in a ``WordHashSet`` (the members
    /// of ``set(_:)``, looked up without a SipHash per probe).
    static func table(_ list: String) -> WordHashSet { WordHashSet(set(list)) }

    /// A table of the space-separated words of `words` and of each multi-word phrase of `phrases`, hashed whole as
    /// ``CueLexicon`` hits are ("mot de passe", "pin code").
    static func table(_ words: String, phrases: [String]) -> WordHashSet {
        var result = set(words)
        for phrase in phrases {
            let folded = [UInt32](scalarsOf: phrase)
            result.insert(of(folded, 0, folded.count))
        }
        return WordHashSet(result)
    }

    /// The hashes of the space-separated words of `list`, folded.
    static func set(_ list: String) -> Set<UInt64> {
        var result = Set<UInt64>()
        for word in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let folded = [UInt32](scalarsOf: String(word))
            result.insert(of(folded, 0, folded.count))
        }
        return result
    }
}
