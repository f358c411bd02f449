import Testing
@testable import TextInference

/// Review of redaction-1.9.0's exclusions: each one is narrow enough that real names and phones stay redacted.
@Suite("Redaction 1.9.0 exclusions keep real names and phones")
struct RedactionReviewExclusionTests {
    let redactor = RedactionTestSupport.redactor

    @Test("everyday words that can name containers do not hide the next name", arguments: [
        ("Can Maria Schmidt call me back tomorrow?", "en", "Maria Schmidt"),
        ("Ik heb een blik Anna Jansen gezien.", "nl", "Anna Jansen"),
    ])
    func containerLookalikes(text: String, language: String, name: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person).contains(name))
    }

    @Test("a container with its preposition still names a product")
    func containerWithPreposition() {
        let text = "I ordered two cans of Pedro Ximénez for the shop."
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: "en"), in: text, type: .person).isEmpty)
    }

    @Test("after a greeting a kinship or team word first is no name, a non-name surname is", arguments: [
        ("Dear Sarah Lane, your refund is on its way.", "en", ["Sarah Lane"]),
        ("Bonjour Paul Martin, merci pour votre message.", "fr", ["Paul Martin"]),
        ("Hallo Papa, ich brauche die Karte.", "de", []),
        ("Gentile Servizio Clienti, vi scrivo per il rimborso.", "it", []),
    ])
    func greetings(text: String, language: String, names: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person) == names)
    }

    @Test("Portuguese 'são' (are) and '1st' are no saint words")
    func saintLookalikes() {
        let text = "Os responsáveis pela conta são Pedro e Ana."
        let names = RedactionTestSupport.spans(redactor.redact(text, language: "pt"), in: text, type: .person)
        #expect(names.contains("Pedro"))
        let place = "A loja fica em São Paulo."
        #expect(RedactionTestSupport.spans(redactor.redact(place, language: "pt"), in: place, type: .person).isEmpty)
    }

    @Test("a 00-prefixed number in four groups of four is still read as a phone")
    func internationalPrefixIsNoCard() {
        let text = "Rufen Sie mich an: 0049 3012 3456 7890"
        #expect(!RedactionTestSupport.spans(redactor.redact(text, language: "de"), in: text, type: .phone).isEmpty)
    }
}
