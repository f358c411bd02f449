import Testing
@testable import TextInference

/// A third capitalised word that closes the clause belongs to a two-word name; a weekday or a stop word does not.
@Suite("Redaction: third name words")
struct RedactionTrailingNameWordTests {
    let redactor = RedactionTestSupport.redactor

    @Test("a third word closing the clause is part of the name", arguments: [
        ("Regards, Wing Yan Cheung", "en", "Wing Yan Cheung"),
        ("Olá, chamo-me Djalma Tavares Semedo.", "pt", "Djalma Tavares Semedo"),
        ("Best wishes,\nMary Jane Kowalczyk\n", "en", "Mary Jane Kowalczyk"),
    ])
    func third(text: String, language: String, name: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person) == [name])
    }

    @Test("a weekday or a stop word stays outside", arguments: [
        ("I spoke to Anna Smith Tuesday.", "en", "Anna Smith"),
        ("I spoke to Anna Smith Support.", "en", "Anna Smith"),
    ])
    func notThird(text: String, language: String, name: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person) == [name])
    }
}
