import Testing
@testable import TextInference

/// PERSON candidates framed as a shop or a place are dropped (``PlaceAndShopFrames``); people named near such words
/// keep their names.
@Suite("Redaction: shop and place frames")
struct RedactionPlaceShopFrameTests {
    let redactor = RedactionTestSupport.redactor

    private func names(_ text: String, _ language: String) -> [String] {
        RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person)
    }

    @Test("shops after a buying verb and a locative preposition, after a shop noun, towns after 'in'", arguments: [
        ("Ik heb vorige week schoenen gekocht bij Peter Jansen en ze zijn kapot.", "nl"),
        ("The kettle I bought at Thomas Reid in town leaks.", "en"),
        ("Ho acquistato una borsa da Paola Ricci e la cerniera è rotta.", "it"),
        ("A loja Carolina diz que a culpa é vossa.", "pt"),
        ("Im Shop von Gerhard Vogel hat man mir nicht geholfen.", "de"),
        ("We run a small café in Victoria and the card reader fails.", "en"),
    ])
    func framed(text: String, language: String) {
        #expect(names(text, language).isEmpty)
    }

    @Test("a town after a name, a comma and 'de'")
    func origin() {
        #expect(names("Aqui é Fernanda Duarte, de Natal. O cartão foi recusado.", "pt") == ["Fernanda Duarte"])
    }

    @Test("people named after other prepositions keep their names", arguments: [
        ("Bitte rufen Sie bei Frau Vogel an.", "de", ["Vogel"]),
        ("I spoke with Thomas Reid yesterday about the refund.", "en", ["Thomas Reid"]),
    ])
    func people(text: String, language: String, expected: [String]) {
        #expect(names(text, language) == expected)
    }
}
