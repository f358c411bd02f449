import Testing
@testable import TextInference

/// Lower-case chat names after self-introductions, weak cues gated by the given-name lexicon,
/// and numbers after reference cues.
@Suite("Redaction chat names and references")
struct RedactionChatNameTests {
    let redactor = RedactionTestSupport.redactor

    @Test("lower-case names after cues are redacted with their surname", arguments: [
        ("hey this is james reed, my package never arrived", "james reed"),
        ("hi, hier ist jonas müller. paket fehlt", "jonas müller"),
        ("salut c'est camille roux, mon colis", "camille roux"),
        ("hoi met thijs de vries, mijn pakket", "thijs de vries"),
        ("oi aqui é tiago oliveira, minha encomenda", "tiago oliveira"),
        ("this is anna and I need help", "anna"),
        ("ciao sono Marco, il pacco", "Marco"),
    ])
    func chatNames(text: String, name: String) {
        let result = redactor.redact(text, language: "")
        #expect(RedactionTestSupport.spans(result, in: text, type: .person) == [name])
    }

    @Test("weak cues without a given name redact nothing", arguments: [
        "this is broken since the update", "c'est pas normal", "soy cliente desde 2019", "sono molto deluso",
        "hier ist alles kaputt", "met vriendelijke groet", "it's urgent please",
    ])
    func weakCueNegatives(text: String) {
        #expect(redactor.redact(text, language: "").entities.filter { $0.type == .person }.isEmpty)
    }

    @Test("a number right after an order or reference cue is not a phone; a cued phone still is")
    func references() {
        #expect(redactor.redact("order 141-9803125 is late", language: "en").entities.isEmpty)
        #expect(redactor.redact("Bestellung 030 12345678 fehlt", language: "de").entities.isEmpty)
        let text = "order 141-9803125, call me at (415) 555-2671"
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: "en"), in: text) == ["(415) 555-2671"])
    }

    @Test("numbers directly after Han, kana or Hangul start at a boundary")
    func spacelessScripts() {
        let text = "カード番号は4012 8888 8888 1881です。"
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: "ja"), in: text, type: .creditCard) == ["4012 8888 8888 1881"])
        let ip = "可疑登录来自2001:db8:ce11::8642。"
        #expect(RedactionTestSupport.spans(redactor.redact(ip, language: "zh"), in: ip, type: .ipAddress) == ["2001:db8:ce11::8642"])
    }

    @Test("account-holder cues and more sign-offs", arguments: [
        ("The account is in the name of Priya Raman. Thanks", "Priya Raman"),
        ("Le compte est au nom de Julien Lefèvre.", "Julien Lefèvre"),
        ("Bedankt.\nGroetjes, Eva Bakker", "Eva Bakker"),
        ("Obrigado.\nAbraço, Rafael Almeida", "Rafael Almeida"),
    ])
    func holderCues(text: String, name: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: ""), in: text, type: .person) == [name])
    }
}
