import Testing
@testable import TextInference

/// Operators (placeholder numbering, mask, pseudonym, drop), sessions and the size limit.
@Suite("Redaction operators")
struct RedactionOperatorTests {
    @Test("placeholders number distinct values and repeat for the same value across fields")
    func numbering() throws {
        let redactor = Redactor()
        var session = RedactionSession()
        let subject = try redactor.redact("From anna@example.com", language: "en", session: &session)
        let body = try redactor.redact("Reply to ANNA@example.com or bob@example.org, not anna@example.com",
                                       language: "en", session: &session)
        #expect(subject.text == "From <EMAIL_1>")
        #expect(body.text == "Reply to <EMAIL_1> or <EMAIL_2>, not <EMAIL_1>")
        // A fresh session (and the session-less API) starts at 1 again.
        #expect(redactor.redact("bob@example.org", language: "en").text == "<EMAIL_1>")
    }

    @Test("mask keeps length, separators and the last four digits of cards and phones")
    func mask() {
        let ops: [EntityType: RedactionOperator] = [.creditCard: .mask, .email: .mask, .phone: .mask, .iban: .mask]
        let redactor = Redactor(configuration: RedactorConfiguration(operators: ops))
        #expect(redactor.redact("card 4111 1111 1111 1111 ok", language: "en").text == "card **** **** **** 1111 ok")
        #expect(redactor.redact("mail jo.doe@example.com", language: "en").text == "mail **.***@*******.***")
        #expect(redactor.redact("call +44 7700 900123", language: "en").text == "call +** **** **0123")
        #expect(redactor.redact("IBAN DE89 3704 0044 0532 0130 00", language: "de").text == "IBAN **** **** **** **** **30 00")
    }

    @Test("pseudonyms are keyed HMAC prefixes, stable for the same normalised value")
    func pseudonym() {
        let key = Array("test-key".utf8)
        let redactor = Redactor(configuration: RedactorConfiguration(operators: [.email: .pseudonym], pseudonymKey: key))
        let a = redactor.redact("a: Anna@Example.com", language: "en").text
        let b = redactor.redact("b: anna@example.com", language: "en").text
        let expected = "<EMAIL_" + String(HMACSHA256.hex(key: key, message: Array("EMAIL:anna@example.com".utf8)).prefix(8)) + ">"
        #expect(a == "a: " + expected)
        #expect(b == "b: " + expected)
        let otherKey = Redactor(configuration: RedactorConfiguration(operators: [.email: .pseudonym], pseudonymKey: Array("other".utf8)))
        #expect(otherKey.redact("b: anna@example.com", language: "en").text != b)
        // No key: placeholders.
        let keyless = Redactor(configuration: RedactorConfiguration(operators: [.email: .pseudonym]))
        #expect(keyless.configuration.pseudonymsLackKey)
        #expect(keyless.redact("b: anna@example.com", language: "en").text == "b: <EMAIL_1>")
    }

    @Test("drop removes the span; entities still report original offsets")
    func drop() {
        let redactor = Redactor(configuration: RedactorConfiguration(operators: [.secret: .drop]))
        let text = "key AKIAIOSFODNN7EXAMPLE here"
        let result = redactor.redact(text, language: "en")
        #expect(result.text == "key  here")
        #expect(result.entities == [Entity(type: .secret, start: 4, end: 24)])
    }

    @Test("a field over the size limit throws instead of returning text")
    func sizeLimit() throws {
        let redactor = Redactor(configuration: RedactorConfiguration(maxFieldScalars: 10))
        var session = RedactionSession()
        #expect(throws: RedactionError.fieldTooLarge(scalars: 11, limit: 10)) {
            try redactor.redact("ééééééééééé", language: "en", session: &session)
        }
        #expect(try redactor.redact("éééééééééé", language: "en", session: &session).text == "éééééééééé")
        #expect(!RedactionError.fieldTooLarge(scalars: 11, limit: 10).description.contains("é"))
    }

    @Test("HMAC-SHA256 matches RFC 4231 test cases 1, 2, 4, 6 and 7")
    func hmacVectors() {
        func bytes(_ hex: String) -> [UInt8] {
            var out: [UInt8] = []
            var index = hex.startIndex
            while index < hex.endIndex {
                let next = hex.index(index, offsetBy: 2)
                out.append(UInt8(hex[index..<next], radix: 16)!)
                index = next
            }
            return out
        }
        let cases: [([UInt8], [UInt8], String)] = [
            ([UInt8](repeating: 0x0b, count: 20), Array("Hi There".utf8),
             "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
            (Array("Jefe".utf8), Array("what do ya want for nothing?".utf8),
             "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
            (bytes("0102030405060708090a0b0c0d0e0f10111213141516171819"), [UInt8](repeating: 0xcd, count: 50),
             "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"),
            ([UInt8](repeating: 0xaa, count: 131), Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
             "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
            ([UInt8](repeating: 0xaa, count: 131),
             Array("This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.".utf8),
             "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"),
        ]
        for (key, message, expected) in cases {
            #expect(HMACSHA256.hex(key: key, message: message) == expected)
        }
    }
}
