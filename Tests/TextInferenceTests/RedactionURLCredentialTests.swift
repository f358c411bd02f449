import Testing
@testable import TextInference

/// redaction-1.8.0: the password in a URL's user information (`postgres://user:x@host`), a password label
/// qualified by words and ended by a colon ("mot de passe du wifi : x"), and abbreviated birth-date labels
/// ("Fecha de nac.:", "Data de nasc.:").
@Suite("Redaction 1.8.0 URL credentials, qualified password labels with a colon and abbreviated birth labels")
struct RedactionURLCredentialTests {
    let redactor = RedactionTestSupport.redactor

    @Test("the password of a connection string is a secret, not an e-mail tail", arguments: [
        ("DB=postgresql://billing:Hx7&ruby4@pg.example.org:5432/main", "en", ["Hx7&ruby4"]),
        ("jdbc:mariadb://etl:Nordwind!31@10.1.2.3:3306/dwh hängt", "de", ["Nordwind!31"]),
        ("CACHE=redis://default:Ventoux#82x@cache.example.net:6379", "fr", ["Ventoux#82x"]),
    ])
    func connectionStrings(text: String, language: String, secrets: [String]) {
        let result = redactor.redact(text, language: language)
        #expect(RedactionTestSupport.spans(result, in: text, type: .secret) == secrets)
        #expect(RedactionTestSupport.spans(result, in: text, type: .email).isEmpty)
    }

    @Test("a URL without a password keeps its parts", arguments: [
        ("See https://docs.example.com/setup#step-2 for help.", "en"),
        ("Mail me at ana.roque@example.pt please.", "pt"),
    ])
    func noCredentials(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .secret).isEmpty)
    }

    @Test("a password after a qualified label ending in a colon is redacted", arguments: [
        ("le mot de passe du routeur de l'atelier : Ardoise_77q merci", "fr", ["Ardoise_77q"]),
        ("The password for the kiosk terminal: Plum!Gate42", "en", ["Plum!Gate42"]),
    ])
    func qualifiedColon(text: String, language: String, secrets: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .secret) == secrets)
    }

    @Test("a link or plain words after a qualified label with a colon stay", arguments: [
        ("The password reset link: https://example.com/reset", "en"),
        ("The password for the account: see the manual", "en"),
    ])
    func qualifiedColonNoSecret(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .secret).isEmpty)
    }

    @Test("a date after an abbreviated birth label is a date of birth", arguments: [
        ("Fecha de nac.: 14/02/1963\nCiudad: Toledo", "es", ["14/02/1963"]),
        ("Data de nasc.: 30/09/1958", "pt", ["30/09/1958"]),
    ])
    func birthLabels(text: String, language: String, dates: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .dateOfBirth) == dates)
    }
}
