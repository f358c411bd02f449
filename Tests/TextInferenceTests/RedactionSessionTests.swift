import Testing
@testable import TextInference

/// Placeholder numbering of ``RedactionSession`` against the dictionary numbering it replaced.
@Suite("Redaction session numbering")
struct RedactionSessionTests {
    /// The former implementation: one dictionary by `(type, value)` and one count per type.
    private struct Reference {
        var numbers: [String: Int] = [:]
        var counts: [EntityType: Int] = [:]

        mutating func number(for type: EntityType, normalized: String) -> Int {
            let key = type.rawValue + ":" + normalized
            if let known = numbers[key] { return known }
            let next = counts[type, default: 0] + 1
            counts[type] = next
            numbers[key] = next
            return next
        }
    }

    @Test("numbers match the dictionary numbering below and far above the linear limit")
    func matchesReference() {
        var generator = SplitMix64(seed: 7)
        let types: [EntityType] = [.email, .phone, .person, .url]
        for length in [3, 16, 17, 18, 40, 400] {
            var session = RedactionSession()
            var reference = Reference()
            for _ in 0..<length {
                let type = types[Int(generator.next() % UInt64(types.count))]
                let value = "v" + String(generator.next() % 60)
                #expect(session.number(for: type, normalized: value) == reference.number(for: type, normalized: value))
            }
        }
    }

    @Test("canonically equivalent values share a number, as they did as dictionary keys")
    func canonicalEquivalence() {
        var session = RedactionSession()
        #expect(session.number(for: .person, normalized: "jos\u{E9}") == 1)
        #expect(session.number(for: .person, normalized: "jose\u{301}") == 1)
        #expect(session.number(for: .email, normalized: "jos\u{E9}") == 1)
        #expect(session.number(for: .person, normalized: "jose") == 2)
    }
}
