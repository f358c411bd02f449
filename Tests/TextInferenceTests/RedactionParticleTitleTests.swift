import Testing
@testable import TextInference

/// redaction-1.11.0: names that open with lower-case particles after a title ("Herr von Arnim", "Sr. de la
/// Fuente"), surnames joined by a conjunction ("Núria Puig i Ferrer"), an initial before a recurring name
/// ("É. Marchetti-Blanc"), and lower-case double given names in chat ("sono anna maria ricci").
@Suite("Redaction 1.11.0 particle titles, conjoined surnames, initials and chat double names")
struct RedactionParticleTitleTests {
    let redactor = RedactionTestSupport.redactor

    @Test("a title before lower-case particles keeps the whole surname", arguments: [
        ("Sehr geehrter Herr von Arnim, vielen Dank für Ihre Nachricht.", "de", ["von Arnim"]),
        ("Guten Tag Frau von der Leyen, danke.", "de", ["von der Leyen"]),
        ("Bonjour Mme de La Fontaine, merci pour votre retour.", "fr", ["de La Fontaine"]),
        ("Hablé con el Sr. de la Fuente ayer.", "es", ["de la Fuente"]),
        ("Ho parlato con il sig. di Stefano ieri.", "it", ["di Stefano"]),
        ("Geachte heer van Dijk, bedankt voor uw bericht.", "nl", ["van Dijk"]),
        ("Falei com o Sr. dos Santos ontem.", "pt", ["dos Santos"]),
    ])
    func titledParticles(text: String, language: String, names: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person) == names)
    }

    @Test("an article after a title-like word is no particle", arguments: [
        ("Ich habe Herr der Ringe als Hörbuch bestellt.", "de"),
        ("Bonjour Madame la Directrice, merci.", "fr"),
        ("Ich habe der Frau das Paket gegeben.", "de"),
    ])
    func articlesAfterTitles(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person).isEmpty)
    }

    @Test("a conjunction joins a known surname to a two-word name, not a second person", arguments: [
        ("Persona de contacto: Núria Puig i Ferrer, +34 93 555 42 18.", "es", ["Núria Puig i Ferrer"]),
        ("Hablé con Ana Ruiz y Pedro Gómez ayer.", "es", ["Ana Ruiz", "Pedro Gómez"]),
    ])
    func conjoinedSurnames(text: String, language: String, names: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person) == names)
    }

    @Test("an initial before a recurring name is redacted with it; a letter of a word is not")
    func initialBeforeRecurringName() {
        let text = "Je soussignée Élodie Marchetti-Blanc, cliente depuis 2019.\n\nÉ. Marchetti-Blanc"
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: "fr"), in: text, type: .person)
            == ["Élodie Marchetti-Blanc", "É. Marchetti-Blanc"])
        let company = "Je soussignée Élodie Marchetti-Blanc, gérante de la SA. Marchetti-Blanc"
        #expect(RedactionTestSupport.spans(redactor.redact(company, language: "fr"), in: company, type: .person)
            == ["Élodie Marchetti-Blanc", "Marchetti-Blanc"])
    }

    @Test("a lower-case double given name in chat keeps the surname after it", arguments: [
        ("buongiorno, sono anna maria ricci, mi chiamate al numero fisso?", "it", ["anna maria ricci"]),
        ("bom dia, é a ana paula costa, mudei de número", "pt", ["ana paula costa"]),
        ("hoi, daan hier, mijn pas werkt niet", "nl", ["daan"]),
    ])
    func chatDoubleNames(text: String, language: String, names: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person) == names)
    }

    @Test("a lower-case name followed by ordinary words stays one word; no name after \"é a\" + a noun", arguments: [
        ("sono anna e ho un problema con la carta", "it", ["anna"]),
        ("é a primeira vez que escrevo para vocês", "pt", []),
    ])
    func chatLookAlikes(text: String, language: String, names: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person) == names)
    }
}
