import Testing
@testable import TextInference

/// A role label that opens a line ("Zusteller:", "Livreur :", "Estafeta:") names the person whose name a field
/// separator (`,` `/` `·` `—`) closes, as on shipping labels; speech after a turn label stays (``FieldSeparator``).
@Suite("Redaction: label names closed by a field separator")
struct RedactionFieldSeparatorNameTests {
    let redactor = RedactionTestSupport.redactor

    private func names(_ text: String, _ language: String) -> [String] {
        RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person)
    }

    @Test("a courier's name closed by a separator on a label line", arguments: [
        ("Lieferschein 4471\nZusteller: Jonas, Tour 12", "de", ["Jonas"]),
        ("Bon 2231\nLivreur : Mathieu Carré — passage à 10:15", "fr", ["Mathieu Carré"]),
        ("Albarán 88\nRepartidor: Sergio · ruta 7", "es", ["Sergio"]),
        ("Guia 5520\nEstafeta: Tiago / volume 3 de 4", "pt", ["Tiago"]),
    ])
    func labelNames(text: String, language: String, expected: [String]) {
        #expect(names(text, language) == expected)
    }

    @Test("speech after a turn label and a separator stays")
    func speech() {
        #expect(names("Fahrer: Danke, bis morgen dann.", "de").isEmpty)
    }

    @Test("the separator must be followed by a space")
    func separatorShape() {
        let text = ScannedText("Jonas, Tour Jonas,Tour Jonas / x Jonas")
        #expect(FieldSeparator.follows(text, 5))
        #expect(!FieldSeparator.follows(text, 16))
        #expect(FieldSeparator.follows(text, 28))
        #expect(!FieldSeparator.follows(text, 38))
    }
}
