import Testing
@testable import TextInference

/// redaction-1.11.0: names that open with lower-case particles after a title ("Herr von Arnim", "Sr. de la
/// Fuente"), surnames joined by a conjunction ("Núria Puig i Ferrer"), an initial before a recurring name
/// ("É. Marchetti-Blanc"), lower-case double given names in chat ("sono anna maria ricci"), and names after
/// account-holder and record cues ("name on the account?", "onder de naam", "unter dem Namen"); a city of origin
/// after "de"/"da" is no surname ("Paolo Conti da Firenze"); a capitalised given name that is also a word counts
/// after thanks ("bedankt Noor!"), and an initial's dot ends no sentence ("a D. Fernanda").
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

    @Test("a city of origin after de/da is no part of the surname; a surname that is also a place still is", arguments: [
        ("Sono Paolo Conti da Firenze, il pacco non è arrivato.", "it", ["Paolo Conti"]),
        ("Bonjour, je suis Julien Lambert de Liège, ma commande est bloquée.", "fr", ["Julien Lambert"]),
        ("Bonjour, je suis Gwendal Kerbrat de Nantes, ma commande est bloquée.", "fr", ["Gwendal Kerbrat"]),
        ("Sou a Joana da Costa e a encomenda não chegou.", "pt", ["Joana da Costa"]),
        ("Me llamo Ana de la Fuente.", "es", ["Ana de la Fuente"]),
    ])
    func originCities(text: String, language: String, names: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person) == names)
    }

    @Test("a capitalised everyday-word given name after thanks, and a name after an initial's dot", arguments: [
        ("bedankt Noor! werkt weer", "nl", ["Noor"]),
        ("gracias Pilar!! ya funciona", "es", ["Pilar"]),
        ("A minha vizinha, a D. Fernanda, recebeu a encomenda.", "pt", ["Fernanda"]),
        ("gracias pilar!! ya funciona", "es", []),
        ("merci Paris ! à bientôt", "fr", []),
        ("I took vitamin D. Grace said it helps.", "en", []),
    ])
    func thanksAndInitials(text: String, language: String, names: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person) == names)
    }

    @Test("a noun after a signature name on the same line is none of it; a known surname with a noun ending is", arguments: [
        ("Freundliche Grüsse, Urs Meier Rechnung R-2025-11872 vom 03.05.2025.", "de", ["Urs Meier"]),
        ("Regards, Anna Smith Department of Sales", "en", ["Anna Smith"]),
        ("Cordialement, Paul Clement", "fr", ["Paul Clement"]),
    ])
    func signatureNouns(text: String, language: String, names: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person) == names)
    }

    @Test("a name after an account-holder or record cue, or after \"follow up with\"", arguments: [
        ("Bot: What's the name on the account? User: Šárka Ottová", "en", ["Šárka Ottová"]),
        ("The name is wrong, please change the name to Bekbolat Musliyevich", "en", ["Bekbolat Musliyevich"]),
        ("Follow up with Satsita Umkhayev in a couple of months.", "en", ["Satsita Umkhayev"]),
        ("De bestelling staat onder de naam Jansen, graag nakijken.", "nl", ["Jansen"]),
        ("La commande est sous le nom Dubois-Martin.", "fr", ["Dubois-Martin"]),
        ("Die Bestellung läuft unter dem Namen Krüger, bitte prüfen.", "de", ["Krüger"]),
    ])
    func holderCues(text: String, language: String, names: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person) == names)
    }

    @Test("a team, card brand or sentence after those cues is no name", arguments: [
        ("Please follow up with Billing in a couple of days.", "en"),
        ("The name on the card is wrong.", "en"),
        ("What's the name on the card? Visa Debit", "en"),
    ])
    func holderCueLookAlikes(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person).isEmpty)
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
