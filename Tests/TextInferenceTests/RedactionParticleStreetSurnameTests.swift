import Testing
@testable import TextInference

/// A surname after a particle is a surname even when it is also a street word ("van der Laan", "van de Weg"), in a
/// signature; a street word alone after a given name stays out of the name.
@Suite("Redaction: street-word surnames after particles")
struct RedactionParticleStreetSurnameTests {
    let redactor = RedactionTestSupport.redactor

    private func names(_ text: String, _ language: String) -> [String] {
        RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person)
    }

    @Test("signature names with a particle and a street-word surname", arguments: [
        ("Kunnen jullie dit oplossen?\n\nMet vriendelijke groet,\nAnna van der Laan", "nl", ["Anna van der Laan"]),
        ("Graag een reactie.\n\nGroeten,\nJoost van de Weg", "nl", ["Joost van de Weg"]),
        ("Bitte um Rückruf.\n\nViele Grüße\nMien van der Laan", "de", ["Mien van der Laan"]),
    ])
    func particleSurnames(text: String, language: String, expected: [String]) {
        #expect(names(text, language) == expected)
    }

    @Test("a venue name with a street word, and a department after a particle, stay no person")
    func streetWordAlone() {
        #expect(names("Met vriendelijke groet,\nKlantenservice Laan", "nl").isEmpty)
        #expect(names("Signed,\nPeter van Klantenservice", "en").isEmpty)
    }
}
