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
}
