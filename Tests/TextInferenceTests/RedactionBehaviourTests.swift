import Testing
@testable import TextInference

/// Offsets, rendering, configuration and robustness of the redactor.
@Suite("Redaction behaviour")
struct RedactionBehaviourTests {
    let redactor = RedactionTestSupport.redactor

    @Test("offsets count Unicode scalars, also after emoji and CJK")
    func scalarOffsets() {
        // "😀" is 1 scalar, "🇩🇪" 2, " " 1, "中文" 2, " mail: " 7: the e-mail starts at scalar 13
        // (in UTF-16 it would be 16, in UTF-8 bytes 27), and its 15 scalars end at 28.
        let text = "😀🇩🇪 中文 mail: a.b@example.org, call +49 151 23456789"
        let result = redactor.redact(text, language: "de")
        let email = result.entities.first { $0.type == .email }
        #expect(email == Entity(type: .email, start: 13, end: 28))
        #expect(RedactionTestSupport.spans(result, in: text) == ["a.b@example.org", "+49 151 23456789"])
        #expect(result.text == "😀🇩🇪 中文 mail: <EMAIL_1>, call <PHONE_1>")
    }

    @Test("entities are sorted and non-overlapping; the text never keeps a span")
    func sortedAndDisjoint() {
        let text = """
            Hi, I'm Anna Schmidt (anna@example.com, +44 7700 900123). Card 4111 1111 1111 1111, \
            IBAN GB82 WEST 1234 5698 7654 32, IP 10.0.0.7, SSN 123-45-6789, born 1 May 1990. \
            https://example.com/users/anna?email=anna@example.com token ghp_0123456789abcdefghijABCDEFGHIJ012345
            """
        let result = redactor.redact(text, language: "en")
        for (a, b) in zip(result.entities, result.entities.dropFirst()) { #expect(a.end <= b.start) }
        for span in RedactionTestSupport.spans(result, in: text) { #expect(!result.text.contains(span)) }
        let types = Set(result.entities.map(\.type))
        let expected: Set<EntityType> = [.person, .email, .phone, .creditCard, .iban, .ipAddress, .usSSN, .dateOfBirth, .url, .secret]
        #expect(expected.isSubset(of: types), "\(types)")
    }

    @Test("a personal URL wins over the e-mail inside it")
    func urlContainsEmail() {
        let text = "open https://example.com/u?email=a@b.com now"
        let result = redactor.redact(text, language: "en")
        #expect(result.entities.map(\.type) == [.url])
        #expect(result.text == "open <URL_1> now")
    }

    @Test("PEM private keys are redacted whole")
    func pemBlock() {
        let text = "key:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA1234\nabcd==\n-----END RSA PRIVATE KEY-----\nthanks"
        let result = redactor.redact(text, language: "en")
        #expect(result.text == "key:\n<SECRET_1>\nthanks")
    }

    @Test("placeholder styles and disabled types")
    func configuration() {
        let angle = Redactor(configuration: RedactorConfiguration(placeholderStyle: .angleType))
        #expect(angle.redact("x@example.com", language: "en").text == "<EMAIL>")
        let fixed = Redactor(configuration: RedactorConfiguration(placeholderStyle: .fixed("***")))
        #expect(fixed.redact("mail x@example.com", language: "en").text == "mail ***")
        let noEmail = Redactor(configuration: RedactorConfiguration(enabledTypes: [.phone]))
        #expect(noEmail.redact("x@example.com", language: "en").entities.isEmpty)
        let strictURLs = Redactor(configuration: RedactorConfiguration(urlAllowList: []))
        #expect(strictURLs.redact("https://docs.python.org/3/", language: "en").entities.isEmpty)
        #expect(Redactor().version == "redaction-1.21.0")
    }

    @Test("empty and plain text are returned unchanged")
    func plain() {
        #expect(redactor.redact("", language: "en") == RedactionResult(text: "", entities: []))
        let text = "My order arrived damaged, please help. 我的订单有问题。"
        #expect(redactor.redact(text, language: "en").text == text)
    }

    @Test("hostile input finishes quickly (linear scanning)")
    func hostile() {
        let parts = [
            String(repeating: "1.", count: 20_000), String(repeating: "a@", count: 20_000),
            String(repeating: "+1 (", count: 10_000), String(repeating: "x", count: 50_000),
            String(repeating: "::", count: 10_000), String(repeating: "4111 ", count: 10_000),
            String(repeating: "password: ", count: 5_000), String(repeating: "https://a.b/(", count: 5_000),
        ]
        let clock = ContinuousClock()
        for part in parts {
            let elapsed = clock.measure { _ = redactor.redact(part, language: "en") }
            #expect(elapsed < .seconds(5), "\(part.prefix(8)) took \(elapsed)")
        }
    }
}
