import Testing
@testable import TextInference

/// Chat shapes of the transcript speaker rule: "#channel" prefixes, speakers with a role in brackets, repeated
/// speakers, the answer to a name question, and "@mentions".
@Suite("Redaction chat channels, mentions and name answers")
struct RedactionChatShapeTests {
    let redactor = RedactionTestSupport.redactor

    private func persons(_ text: String, _ language: String) -> [String] {
        RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person)
    }

    @Test("a channel heading makes untimed speaker lines a transcript; a channel line with a time is one too", arguments: [
        ("#support-eng\nmarianne: the nightly build leaked a token\nbertrand: on it", "en", ["marianne", "bertrand"]),
        ("#ops-incidents 04:17 hélène : clé trouvée dans un bucket public", "fr", ["hélène"]),
        ("#it-security 08:05 giorgia: trovato token nel repo", "it", ["giorgia"]),
    ])
    func channels(text: String, language: String, names: [String]) {
        #expect(persons(text, language) == names)
    }

    @Test("a role in brackets after a speaker and a speaker on several lines", arguments: [
        ("[09:12] lukas: paket hängt fest\n[09:13] svenja (support): ich frage nach", "de", ["lukas", "svenja"]),
        ("[18:05] vale: holaa, el pedido\n[18:06] vale: el seguimiento\n[18:07] agente: gracias", "es", ["vale", "vale"]),
    ])
    func speakers(text: String, language: String, names: [String]) {
        #expect(persons(text, language) == names)
    }

    @Test("the line after a name question opens with the name", arguments: [
        ("[21:41] conseiller: votre nom complet svp ?\n[21:41] client: amandine roux, merci", "fr", "amandine roux"),
        ("[13:22] operatore: nome e cognome?\n[13:22] cliente: federica colombo, grazie", "it", "federica colombo"),
        ("[20:15] atendente: qual o nome do titular?\n[20:15] cliente: gabriela dos santos pereira", "pt", "gabriela dos santos pereira"),
    ])
    func nameAnswers(text: String, language: String, name: String) {
        #expect(persons(text, language).contains(name))
    }

    @Test("an answer to another question, or a sentence after a name question, is no name", arguments: [
        ("[10:01] agent: what is the order number?\n[10:01] customer: order twelve, thanks", "en"),
        ("[10:01] agent: can I have your name?\n[10:02] customer: sure, one moment please", "en"),
    ])
    func notAnswers(text: String, language: String) {
        #expect(persons(text, language).isEmpty)
    }

    @Test("a mention of a person is a name; group handles and e-mail addresses are not", arguments: [
        ("ping @chloé, the bucket is public", "fr", ["chloé"]),
        ("chi l'ha messo? @matteo", "it", ["matteo"]),
        ("@here the deploy is done, ask @devops or write to ops@example.com", "en", []),
        ("see @channel and support@example.org", "en", []),
    ])
    func mentions(text: String, language: String, names: [String]) {
        #expect(persons(text, language) == names)
    }

    @Test("a form under a hashtag, log components and bot handles are no people", arguments: [
        ("#fail\nPrice: 20 EUR\nColor: Rose\nSize: M", "en"),
        ("[2024-05-01 10:00] Warning: disk\n[2024-05-01 10:01] Kafka: lag", "en"),
        ("cc @jenkins rebuild, and @dependabot bumped it", "en"),
        ("Price is too high. Write to mark.price@shop.example.com", "en"),
    ])
    func notPeople(text: String, language: String) {
        #expect(persons(text, language).isEmpty)
    }

    @Test("form fields without a channel stay with the field rules: lines of everyday words are no speakers")
    func formsAreNoTranscript() {
        let text = "Betreff: Rechnung\nStatus: offen\nNotiz: bitte prüfen"
        #expect(persons(text, "de").isEmpty)
    }
}
