import Testing
@testable import TextInference

/// redaction-1.10.1: a surname after the word for "family" in de nl fr es it pt ("familie Smit", "Familie
/// Müller", "la famille Martin"), read like a surname after a title.
@Suite("Redaction 1.10.1 surnames after family words")
struct RedactionFamilyTitleTests {
    let redactor = RedactionTestSupport.redactor

    @Test("a surname after a family word is a name", arguments: [
        ("Graag bezorgen bij de buren, familie Smit, order 4471.", "nl", ["Smit"]),
        ("Bitte das Paket bei Familie Brandstätter abgeben.", "de", ["Brandstätter"]),
        ("Merci de livrer chez la famille Lemaire au rez-de-chaussée.", "fr", ["Lemaire"]),
    ])
    func familySurnames(text: String, language: String, names: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person) == names)
    }

    @Test("family words before lower-case words or inside compounds stay", arguments: [
        ("Der Familientarif kostet 20 € im Monat.", "de"),
        ("La familia numerosa tiene un descuento del 10 %.", "es"),
        ("Il piano famiglia costa 15 euro al mese.", "it"),
    ])
    func plainFamilyWords(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person).isEmpty)
    }
}
