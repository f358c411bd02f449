import Testing
@testable import TextInference

/// redaction-1.9.0: display names before `<address>` in mail headers and quote attributions, lower-case
/// chat names (speaker turns, dash sign-offs, chat-opening cues, "im"/"c" chat spellings), surnames with
/// particles in form fields, a space before a form label's colon, postcodes given as answers, building
/// names with articles, hyphenated API-key labels, and no phone read from a card-shaped number.
@Suite("Redaction 1.9.0 mail display names, chat names, particle surnames and card-shaped numbers")
struct RedactionChatMailFormTests {
    let redactor = RedactionTestSupport.redactor

    @Test("a display name before a bracketed address is a name", arguments: [
        ("Il giorno sab 8 mar 2025 alle 09:20 Gianluca Ferraro <g.ferraro@example.it> ha scritto:", "it", ["Gianluca Ferraro"]),
        ("Op wo 5 mrt 2025 om 14:02 schreef Pieter van den Berg <p.vdberg@example.nl>:", "nl", ["Pieter van den Berg"]),
    ])
    func displayNames(text: String, language: String, names: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person) == names)
    }

    @Test("support words or a lone unknown word before an address name no one", arguments: [
        ("Please write to Support Team <help@example.com> today.", "en"),
        ("Schreiben Sie an Kundenservice <service@example.de>.", "de"),
        ("see Zorblax <z@example.com>", "en"),
    ])
    func noDisplayName(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person).isEmpty)
    }

    @Test("a lower-case known name labels a customer's turn in a transcript with a staff turn")
    func lowercaseTurns() {
        let text = "joost: kan iemand helpen\nMedewerker: Natuurlijk, waarmee?\njoost: mijn pas"
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: "nl"), in: text, type: .person) == ["joost", "joost"])
        // Without a staff turn, lower-case labels are no names ("note: …", "anna: …" in a plain list).
        let plain = "anna: eieren\nmelk: twee"
        #expect(RedactionTestSupport.spans(redactor.redact(plain, language: "nl"), in: plain, type: .person).isEmpty)
    }

    @Test("lower-case chat names after a dash, an opening cue or a chat spelling", arguments: [
        ("u can reach me at mk@example.com — marta", "en", ["marta"]),
        ("moin, hier kalle aus dem laden", "de", ["kalle"]),
        ("omg im tariq btw, the app crashes", "en", ["tariq"]),
        ("slt c ines jai pas recu mon colis", "fr", ["ines"]),
        ("oi aqui eh a leticia meu pedido", "pt", ["leticia"]),
    ])
    func chatNames(text: String, language: String, names: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person) == names)
    }

    @Test("look-alikes of the chat cues stay", arguments: [
        ("im Mai kam die Lieferung - danke", "de"),
        ("c bon, merci", "fr"),
        ("im not sure - maybe", "en"),
        ("hier ist alles kaputt", "de"),
        ("Hallo Papa, meine neue Nummer kommt gleich", "de"),
    ])
    func chatLookAlikes(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person).isEmpty)
    }

    @Test("a surname with particles fills its form field", arguments: [
        ("Nom : de la Fontaine\nPrénom : Aurélien", "fr", ["de la Fontaine", "Aurélien"]),
        ("Achternaam: van Leeuwen\nWoonplaats: Delft", "nl", ["van Leeuwen"]),
        ("Cognome: De Santis", "it", ["De Santis"]),
    ])
    func particleSurnames(text: String, language: String, names: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person) == names)
    }

    @Test("an identifier after a client label is no name")
    func identifierAfterLabel() {
        let text = "Son numéro client : C-118204."
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: "fr"), in: text, type: .person).isEmpty)
    }

    @Test("a name after a saint word is a place or product", arguments: [
        ("due bottiglie di Santa Margherita, rotte", "it"),
        ("we flew to San Francisco yesterday", "en"),
    ])
    func saintNames(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person).isEmpty)
    }

    @Test("a name-like pair after a container word is a product", arguments: [
        ("Pedí dos botellas de Pedro Ximénez, llegaron rotas", "es"),
        ("two bottles of Jack Daniels arrived broken", "en"),
    ])
    func containerProducts(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person).isEmpty)
    }

    @Test("a name after other nouns with 'de' stays a name")
    func nonContainerName() {
        let text = "La carta de Pedro Ximénez llegó ayer."
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: "es"), in: text, type: .person) == ["Pedro Ximénez"])
    }

    @Test("a postcode that answers a postcode question is an address", arguments: [
        ("> and the billing postcode?\nBS8 1TH", "en", ["BS8 1TH"]),
        ("Medewerker: wat is uw postcode?\njoost: 1017 CT", "nl", ["1017 CT"]),
    ])
    func postcodeAnswers(text: String, language: String, addresses: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .address) == addresses)
    }

    @Test("a number on the line after a postcode question that does not fill it stays")
    func postcodeAnswerLookAlike() {
        let text = "what is your postcode?\n1017 was the year on the sign"
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: "en"), in: text, type: .address).isEmpty)
    }

    @Test("a building name with an article starts the address")
    func buildingWithArticle() {
        let text = "Adresse de livraison : Résidence du Parc, 3 allée des Tilleuls, 44300 Nantes"
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: "fr"), in: text, type: .address)
                == ["Résidence du Parc, 3 allée des Tilleuls, 44300 Nantes"])
    }

    @Test("a hyphenated API-key header licenses its value")
    func apiKeyHeader() {
        let text = "requests with header X-Api-Key: 3f9bA7kQ2xLm8RtZ4vNc6WpH1sDy5Ue0; request id 7"
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: "en"), in: text, type: .secret) == ["3f9bA7kQ2xLm8RtZ4vNc6WpH1sDy5Ue0"])
    }

    @Test("a card-shaped number that fails its checksum yields no phone", arguments: [
        "Le numéro de carte 4259 0975 2500 4791 est refusé",
        "Il codice 4365-0452-5490-2868 non viene accettato",
    ])
    func cardShapedNoPhone(text: String) {
        let result = redactor.redact(text, language: "fr")
        #expect(RedactionTestSupport.spans(result, in: text, type: .phone).isEmpty)
        #expect(RedactionTestSupport.spans(result, in: text, type: .creditCard).isEmpty)
    }

    @Test("phones in three or five groups are still read", arguments: [
        ("Rappelez-moi au 09 75 25 00 47 svp", "fr", ["09 75 25 00 47"]),
        ("call me on 020 7946 0958 please", "en", ["020 7946 0958"]),
    ])
    func phonesStay(text: String, language: String, phones: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .phone) == phones)
    }
}
