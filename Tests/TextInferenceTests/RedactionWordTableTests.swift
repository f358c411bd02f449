import Testing
@testable import TextInference

/// ``WordHashSet`` and ``FoldedWordTable`` against the standard-library sets they replace.
@Suite("Redaction word tables")
struct RedactionWordTableTests {
    @Test("WordHashSet answers as Set<UInt64> for members, non-members and 0")
    func hashSetMatchesSet() {
        var generator = SplitMix64(seed: 11)
        // 3,000 and 20,000 are above ``WordHashSet/bloomThreshold``: their look-ups pass the bloom filter.
        for size in [0, 1, 5, 100, 3000, 20000] {
            var values = Set<UInt64>()
            while values.count < size { values.insert(generator.next()) }
            if size == 5 || size == 20000 { values.insert(0) }
            let table = WordHashSet(values)
            #expect(table.count == values.count)
            for value in values { #expect(table.contains(value)) }
            for _ in 0..<2000 {
                let probe = generator.next()
                #expect(table.contains(probe) == values.contains(probe))
            }
            #expect(table.contains(0) == values.contains(0))
        }
    }

    @Test("FoldedWordTable answers as Set<[UInt32]> for spans of a longer text")
    func wordTableMatchesSet() {
        let words = "street st avenue ave straße weg gasse a ab abc".split(separator: " ").map { [UInt32](scalarsOf: String($0)) }
        let table = FoldedWordTable(words + [words[0]])
        let reference = Set(words)
        let text = [UInt32](scalarsOf: "xx street st stree streets ave avenue straße strasse weg gasse a ab abc abcd b")
        for start in 0..<text.count {
            for end in start...text.count {
                #expect(table.contains(text, start, end) == reference.contains(Array(text[start..<end])))
            }
        }
        #expect(table.maxLength == 6)
        #expect(!FoldedWordTable([]).contains(text, 0, 0))
    }
}
