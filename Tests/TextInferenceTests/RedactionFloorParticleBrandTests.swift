import Testing
@testable import TextInference

/// redaction-1.10.0: floor, wing and flat details between the house number and the postcode, street
/// adjectives, elided and Dutch "'t" particles, a third known surname, German "mit <name> … telefoniert",
/// brand/estate/nobility words and "one of" containers before names, furniture and appliance nouns after a
/// given name, third-person birth cues, "password … changed to x", and no 12-digit card read from a
/// printed four-by-four number.
@Suite("Redaction 1.10.0 floors, particles, brands, birth cues, changed passwords and card prefixes")
struct RedactionFloorParticleBrandTests {
    let redactor = RedactionTestSupport.redactor

    @Test("floor and flat details before the postcode stay inside the address", arguments: [
        ("Lieferung an Bergstraße 12, 1. OG rechts, 70173 Stuttgart bitte", "de", "Bergstraße 12, 1. OG rechts, 70173 Stuttgart"),
        ("Envoyez à 9 rue Victor Hugo, bâtiment A, 5e étage, 31000 Toulouse.", "fr", "9 rue Victor Hugo, bâtiment A, 5e étage, 31000 Toulouse"),
        ("Via Nazionale 80, 2° piano, 00184 Roma", "it", "Via Nazionale 80, 2° piano, 00184 Roma"),
        ("Rua do Carmo 15, 2.º andar, 1200-093 Lisboa", "pt", "Rua do Carmo 15, 2.º andar, 1200-093 Lisboa"),
        ("Schillerstraße 5, Whg. 12, 04109 Leipzig", "de", "Schillerstraße 5, Whg. 12, 04109 Leipzig"),
        ("Lange Nieuwstraat 8, 3512 PE Utrecht", "nl", "Lange Nieuwstraat 8, 3512 PE Utrecht"),
    ])
    func floors(text: String, language: String, address: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .address) == [address])
    }

    @Test("floor words without a street are no address", arguments: [
        ("Das Büro ist im 2. OG links neben dem Aufzug.", "de"),
        ("Wir wohnen im 3. Stock, Hinterhaus.", "de"),
        ("La salle est au 4e étage, bâtiment B.", "fr"),
    ])
    func floorsAlone(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .address).isEmpty)
    }

    @Test("particles, a third known surname and a German conversation partner", arguments: [
        ("Nom : d'Alembert\nPrénom : Luc", "fr", ["d'Alembert", "Luc"]),
        ("Ik heb gebeld met Sanne van 't Veld over mijn order", "nl", ["Sanne van 't Veld"]),
        ("Naam: Ruud van 't Zand", "nl", ["Ruud van 't Zand"]),
        ("He hablado con Juan Pablo Moreno Castro esta mañana", "es", ["Juan Pablo Moreno Castro"]),
        ("Ich habe heute mit Tobias Rautenstrauch vom Kundendienst gesprochen.", "de", ["Tobias Rautenstrauch"]),
    ])
    func names(text: String, language: String, names: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person) == names)
    }

    @Test("look-alikes keep their old reading", arguments: [
        ("Nom : d'accord", "fr", [String]()),
        // A fourth word that is no known surname stays out.
        ("La cuenta de Laura Martín Soto Premium caduca", "es", ["Laura Martín Soto"]),
        // Without a verb of talking, a German capitalised noun after a given name is no surname.
        ("Ich habe mit Jana Oberländer aus der Filiale Kaffee getrunken.", "de", ["Jana"]),
    ])
    func nameLookAlikes(text: String, language: String, names: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person) == names)
    }

    @Test("brand, estate and nobility words, 'one of' a container and product nouns make a name a product's", arguments: [
        ("Je voudrais commander chez Maison Dupont pour samedi.", "fr"),
        ("We loved the Weingut Robert Weil riesling", "en"),
        ("Ik kreeg Hertog Jan bier", "nl"),
        ("Ordinai tre bottiglie di Barolo e una di Franco Conterno, ma ne è arrivata una.", "it"),
        ("The Oliver sofa arrived with a torn cushion.", "en"),
        ("Die Paula Stehlampe flackert", "de"),
    ])
    func products(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person).isEmpty)
    }

    @Test("the same names without those words stay names", arguments: [
        ("Ik heb Jan gisteren gebeld", "nl", ["Jan"]),
        ("Ho ricevuto una di Franco Conterno ieri", "it", ["Franco Conterno"]),
        ("Oliver said the sofa arrived torn", "en", ["Oliver"]),
    ])
    func productControls(text: String, language: String, names: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person) == names)
    }

    @Test("third-person birth cues in Portuguese and Spanish", arguments: [
        ("O meu pai nasceu em 12/03/1950 e precisa do cartão sénior.", "pt", ["12/03/1950"]),
        ("Mi abuela nació el 4 de mayo de 1940.", "es", ["4 de mayo de 1940"]),
        ("A loja nasceu em Lisboa há dez anos.", "pt", [String]()),
    ])
    func birthCues(text: String, language: String, dates: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .dateOfBirth) == dates)
    }

    @Test("a password changed to a new value: the value is a secret, a plain word is not", arguments: [
        ("The admin password was changed to Kr8!vLq2pX yesterday", "en", ["Kr8!vLq2pX"]),
        ("La password del router è stata cambiata in Pz!7wQm3 ieri", "it", ["Pz!7wQm3"]),
        ("The password was changed to something simpler", "en", [String]()),
        ("My password was changed in 2020 by the old admin", "en", [String]()),
    ])
    func changedPasswords(text: String, language: String, secrets: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .secret) == secrets)
    }

    @Test("after set 16: elided particles after a title, capitalised Arabic particles, common Dutch short names", arguments: [
        ("Mme d'Hauteville signale un prélèvement inconnu.", "fr", ["d'Hauteville"]),
        ("Le client, Rachid El Amrani, demande un rappel.", "fr", ["Rachid El Amrani"]),
        ("Terugbellen naar Wim van 't Hek op dinsdag.", "nl", ["Wim van 't Hek"]),
        ("È un'agente dell'FBI.", "it", [String]()),
    ])
    func set16Names(text: String, language: String, names: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person) == names)
    }

    @Test("review fixes: a title right after CJK text, 'one of' without a parallel container, nobility given names", arguments: [
        ("请联系Dr. Okafor", "zh", "Okafor"),
        ("担当者はMrs. Kowalski です", "ja", "Kowalski"),
        ("I ordered two bottles and one of Maria Lopez's neighbours signed for them.", "en", "Maria"),
        ("Caller: Prince Michael Adeyemi", "en", "Michael"),
    ])
    func reviewFixes(text: String, language: String, name: String) {
        let spans = RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person)
        #expect(spans.contains { $0.contains(name) })
    }

    @Test("a password named without a copula: a value with letters, digits and a symbol is a secret", arguments: [
        ("Anrufer nennt Passwort Tannenbaum!88 am Telefon.", "de", ["Tannenbaum!88"]),
        ("Il cliente ha dettato la password Sole_Mare_2024 al telefono.", "it", ["Sole_Mare_2024"]),
        ("password reset link sent at 10:42", "en", [String]()),
    ])
    func bareSecrets(text: String, language: String, secrets: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .secret) == secrets)
    }

    @Test("a city with 'upon' stays inside the address")
    func cityUpon() {
        let text = "Send it to Flat 9, 3 Quayside Walk, Newcastle upon Tyne NE1 3DE please."
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: "en"), in: text, type: .address)
            == ["Flat 9, 3 Quayside Walk, Newcastle upon Tyne NE1 3DE"])
    }

    @Test("three groups of a printed four-by-four number are no 12-digit card; a lone 12-digit Maestro is")
    func cardPrefixes() {
        let printed = "Gift card 5651 6456 3134 0662 fails"
        #expect(RedactionTestSupport.spans(redactor.redact(printed, language: "en"), in: printed, type: .creditCard).isEmpty)
        let maestro = "Maestro 5018 0000 1239 please"
        #expect(RedactionTestSupport.spans(redactor.redact(maestro, language: "en"), in: maestro, type: .creditCard) == ["5018 0000 1239"])
    }
}
