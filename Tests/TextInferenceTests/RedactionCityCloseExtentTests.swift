import Testing
@testable import TextInference

/// Session 12: address shapes (elided street words, Galician streets, slash and leading units, a city closing a street
/// without postcode, "BP" boxes, hyphenated city particles, "s/n", door sides, rural properties, Italian hamlets, km
/// marks), a given name as the subject of an auxiliary, month given names after a self cue, a pronoun and copula
/// before a password, completed name extents, given-name form labels, labels of non-phone numbers, and the look-alikes
/// each rule must leave alone.
@Suite("Redaction session 12: address closings, auxiliary subjects, password lead-ins and name extents")
struct RedactionCityCloseExtentTests {
    let redactor = RedactionTestSupport.redactor

    private func addresses(_ text: String, _ language: String) -> [String] {
        RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .address)
    }

    private func persons(_ text: String, _ language: String) -> [String] {
        RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person)
    }

    @Test("street shapes: elisions, Galician words, slash and leading units, no-number marks, hamlets", arguments: [
        ("Il mio indirizzo è Via dell'Orso 5, 20121 Milano.", "it", ["Via dell'Orso 5, 20121 Milano"]),
        ("Abito in Piazza Sant'Anna 3, 40100 Bologna.", "it", ["Piazza Sant'Anna 3, 40100 Bologna"]),
        ("Adresse : 4 rue d'Alsace, 67000 Strasbourg", "fr", ["4 rue d'Alsace, 67000 Strasbourg"]),
        ("Vivo en Rúa Nova 8, 2º dcha., 15001 A Coruña.", "es", ["Rúa Nova 8, 2º dcha., 15001 A Coruña"]),
        ("Vivo en Praza do Obradoiro 2, 15705 Santiago de Compostela.", "es",
         ["Praza do Obradoiro 2, 15705 Santiago de Compostela"]),
        ("Neue Anschrift: Praterstraße 7/Stiege 2/Top 9, 1020 Wien", "de", ["Praterstraße 7/Stiege 2/Top 9, 1020 Wien"]),
        ("Envoyez à appartement 3, 12 rue Victor Hugo, 75001 Paris.", "fr", ["appartement 3, 12 rue Victor Hugo, 75001 Paris"]),
        ("Please ship to Room 204, 15 King Street, Manchester M2 4LQ.", "en", ["Room 204, 15 King Street, Manchester M2 4LQ"]),
        ("Dirección: Carretera Vieja s/n, Finca El Olivar, 18001 Granada.", "es",
         ["Carretera Vieja s/n, Finca El Olivar, 18001 Granada"]),
        ("Indirizzo: Via Roma snc, 00100 Roma.", "it", ["Via Roma snc, 00100 Roma"]),
        ("Spedire a Fraz. Colle Alto 9, 38050 Castello.", "it", ["Fraz. Colle Alto 9, 38050 Castello"]),
        ("Morada: Fazenda Santa Luzia, Estrada Velha km 12, 37200-000 Lavras.", "pt",
         ["Fazenda Santa Luzia, Estrada Velha km 12, 37200-000 Lavras"]),
    ])
    func streetShapes(text: String, language: String, expected: [String]) {
        #expect(addresses(text, language) == expected)
    }

    @Test("tails: a closing city without postcode, door sides, BP boxes, hyphenated city particles", arguments: [
        ("Mijn adres: Kerkstraat 12, Utrecht.", "nl", ["Kerkstraat 12, Utrecht"]),
        ("Morada: Rua Augusta 100, 2.º andar, Lisboa. Obrigado.", "pt", ["Rua Augusta 100, 2.º andar, Lisboa"]),
        ("Address: Calle Sol 4, piso 3, apto 2, Cusco.", "es", ["Calle Sol 4, piso 3, apto 2, Cusco"]),
        ("Adresse : 8 rue des Lilas, bât. C, esc. 1, 2e étage porte droite, 31000 Toulouse.", "fr",
         ["8 rue des Lilas, bât. C, esc. 1, 2e étage porte droite, 31000 Toulouse"]),
        ("Envoyez le courrier à BP 52, 33000 Bordeaux Cedex, merci.", "fr", ["BP 52, 33000 Bordeaux Cedex"]),
        ("Mande para Apartado 12, 2840-001 Vila-a-Nova de Cima, por favor.", "pt",
         ["Apartado 12, 2840-001 Vila-a-Nova de Cima"]),
    ])
    func tails(text: String, language: String, expected: [String]) {
        #expect(addresses(text, language) == expected)
    }

    @Test("look-alikes stay: a common word after the street, a room's building, BP readings, c'era", arguments: [
        ("Ich wohne in der Hauptstraße 5, Danke für die Hilfe.", "de", ["Hauptstraße 5"]),
        ("Elle vit à l'hôtel Bellevue, chambre 12, 5 quai Perrache, 69002 Lyon.", "fr", ["chambre 12, 5 quai Perrache, 69002 Lyon"]),
        ("My BP 140 was high yesterday, see ticket 4471.", "en", []),
        ("Nell'ordine #55120 c'erano tre scatole.", "it", []),
    ])
    func lookAlikes(text: String, language: String, expected: [String]) {
        #expect(addresses(text, language) == expected)
    }

    @Test("a known given name opening a sentence before an auxiliary and its participle", arguments: [
        ("Alert: Julien a supprimé la base de prod hier soir.", "fr", ["Julien"]),
        ("Ojo: Marta ha subido la clave al repositorio público.", "es", ["Marta"]),
        ("Achtung: Jonas hat den Schlüssel ins Wiki kopiert.", "de", ["Jonas"]),
        ("Attenzione: Chiara ha condiviso la password nel canale.", "it", ["Chiara"]),
        ("Mark a ticket as resolved when done.", "en", []),
        ("Grant a refund for order 5512.", "en", []),
    ])
    func auxiliarySubjects(text: String, language: String, expected: [String]) {
        #expect(persons(text, language) == expected)
    }

    @Test("month given names after a self cue, given-name form labels, a sign-off with an initial", arguments: [
        ("I'm Mei Ling Chua, thanks.", "en", ["Mei Ling Chua"]),
        ("Hi, this is June Okafor from accounts.", "en", ["June Okafor"]),
        ("This is May Support, how can we help?", "en", []),
        ("Roepnaam: Daan", "nl", ["Daan"]),
        ("Vorname Kind: Emil", "de", ["Emil"]),
        ("Commande 5521 toujours pas livrée. Sylvain T.", "fr", ["Sylvain T."]),
    ])
    func cuedNames(text: String, language: String, expected: [String]) {
        #expect(persons(text, language) == expected)
    }

    @Test("a German weak cue takes a given name's surname only when the clause goes on or closes", arguments: [
        ("Grüezi, ich bin Lukas Brunner aus Bern und habe eine Frage.", "de", ["Lukas Brunner"]),
        ("Hallo, hier ist Petra Zimmermann.", "de", ["Petra Zimmermann"]),
        ("Hallo, ich bin Anna Kundin seit 2019.", "de", ["Anna"]),
        ("Ich bin Sabine Rechnung offen.", "de", ["Sabine"]),
    ])
    func germanCueSurnames(text: String, language: String, expected: [String]) {
        #expect(persons(text, language) == expected)
    }

    @Test("name extents: long Iberian names, suffixes, particles, Gaelic patronymics, listed surnames", arguments: [
        ("Bom dia, sou Ana Beatriz Nogueira de Albuquerque Lima e preciso de ajuda.", "pt",
         ["Ana Beatriz Nogueira de Albuquerque Lima"]),
        ("Please add Marcus Whitfield Jr. to the account.", "en", ["Marcus Whitfield Jr."]),
        ("Ik ben Sanne van der Hoeven en woon in Delft.", "nl", ["Sanne van der Hoeven"]),
        ("Contact: Eoin Mac Lochlainn, facilities.", "en", ["Eoin Mac Lochlainn"]),
    ])
    func extents(text: String, language: String, expected: [String]) {
        #expect(persons(text, language) == expected)
    }

    @Test("a label naming another kind of number is no phone cue; phone labels still are", arguments: [
        ("Bitte Karte sperren, Karten-Nr. 0171 5590 2231, danke.", "de", false),
        ("Mitgliedsnummer: 0176 555 1234", "de", false),
        ("Codice mensa: 333 412 7781", "it", false),
        ("Tel.-Nr. 0171 5590 2231", "de", true),
        ("Telefonnummer: 0176 555 1234", "de", true),
        ("Handy-Nr.: 0176 555 1234", "de", true),
        ("Cellulare: 333 412 7781", "it", true),
    ])
    func numberLabels(text: String, language: String, isPhone: Bool) {
        let phones = RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .phone)
        #expect(phones.isEmpty == !isPhone)
    }

    @Test("a pronoun and copula before a password, and a clause with no value")
    func passwordLeadIns() {
        let pasted = "I posted my password in the forum: it was Harbor#Light77 sorry"
        #expect(RedactionTestSupport.spans(redactor.redact(pasted, language: "en"), in: pasted, type: .secret) == ["Harbor#Light77"])
        let labelled = "my password: it was Sunset!Beach99. please reset"
        #expect(RedactionTestSupport.spans(redactor.redact(labelled, language: "en"), in: labelled, type: .secret) == ["Sunset!Beach99"])
        let clause = "Password: it is fine now, thanks"
        #expect(RedactionTestSupport.spans(redactor.redact(clause, language: "en"), in: clause, type: .secret).isEmpty)
    }
}
