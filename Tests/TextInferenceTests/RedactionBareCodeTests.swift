import Testing
@testable import TextInference

/// One-time codes behind a bare code word whose sentence says how the code came, TAN phrases, codes told before
/// "by text"; and the bare codes that stay (error, promotion, postal, return codes, or no channel at all).
@Suite("Redaction: bare code words with a channel")
struct RedactionBareCodeTests {
    let redactor = RedactionTestSupport.redactor

    private func secrets(_ text: String, _ language: String) -> [String] {
        RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .secret)
    }

    @Test("a bare code with a channel or receipt word is a secret", arguments: [
        ("They texted me a code, 318 507, and it does not work.", "en", ["318 507"]),
        ("Ich habe per SMS den Code 662014 bekommen, aber die App sagt ungültig.", "de", ["662014"]),
        ("j'ai reçu un code par sms : 481 220 mais rien ne se passe", "fr", ["481 220"]),
        ("me llegó un mensaje con el código 907 311 y no lo pedí", "es", ["907 311"]),
        ("mi è arrivato un SMS con il codice 552 019", "it", ["552 019"]),
        ("recebi um sms com o código 730418, é golpe?", "pt", ["730418"]),
        ("Ik heb de code 250117 via de app ontvangen.", "nl", ["250117"]),
    ])
    func codes(text: String, language: String, expected: [String]) {
        #expect(secrets(text, language) == expected)
    }

    @Test("a code told before a channel phrase is a secret when the sentence has a code word")
    func codeBeforeChannel() {
        #expect(secrets("I got 604193 by text but the code is rejected.", "en") == ["604193"])
        #expect(secrets("Ich habe 771200 per SMS bekommen, der Code geht nicht.", "de") == ["771200"])
    }

    @Test("a code in parentheses and a code on the next chat line")
    func parenthesesAndNextLine() {
        #expect(secrets("le code reçu par SMS (581 066) est refusé.", "fr") == ["581 066"])
        #expect(secrets("agent: I've sent a code to that address.\ncustomer: got it, 482913\nagent: Verified.", "en") == ["482913"])
        #expect(secrets("agent: I've sent a code to that address.\ncustomer: order 44120098 still missing", "en").isEmpty)
        #expect(secrets("agent: A new code was sent by SMS.\ncustomer: I paid 1499 yesterday", "en").isEmpty)
    }

    @Test("TAN phrases announce a code")
    func tan() {
        #expect(secrets("Ich habe meine PIN nicht, aber eine TAN 880431 auf einer falschen Seite eingegeben.", "de") == ["880431"])
    }

    @Test("bare codes that are no one-time code stay", arguments: [
        ("I got error code 1603 in the app when installing.", "en"),
        ("I received a promo code 4471 by email but it expired.", "en"),
        ("Your sort code 204577 was sent by text.", "en"),
        ("The app says code 1001, what does that mean?", "en"),
        ("I received code 3005 error when paying.", "en"),
        ("La app me da el código 4012 al pagar.", "es"),
        ("I received an email with reference code 20394821", "en"),
        ("Gutschein-Code 4471 per E-Mail erhalten", "de"),
        ("Ich habe 2500 per Mail bekommen, der Code war falsch.", "de"),
        ("J'ai reçu le code postal 75011 par sms, c'est faux.", "fr"),
        ("Me llegó el código de error 4012 en la app.", "es"),
        ("Il codice fiscale 1234 è arrivato per SMS?", "it"),
        ("Je retour met code 8841-KX is goed ontvangen.", "nl"),
        ("The code on the box is 4471, where do I enter it?", "en"),
    ])
    func codesThatStay(text: String, language: String) {
        #expect(secrets(text, language).isEmpty)
    }
}
