import Testing
@testable import TextInference

/// Redaction-1.18.0's rules: capital surnames in name fields, recipient lines above an address, doorbell names,
/// role-tagged chat speakers, bracketed passwords, grouped one-time codes, prefixed keys, birth dates answered on the
/// next line; and the look-alikes that stay (time markers, sentence-final numbers, nationalities, travel places,
/// "Santiago de Chile", company names, UPS tracking numbers).
@Suite("Redaction: session 15 rules")
struct RedactionSession15Tests {
    let redactor = RedactionTestSupport.redactor

    private func spans(_ text: String, _ language: String, _ type: EntityType) -> [String] {
        RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: type)
    }

    @Test("a name field's value in capitals is a person", arguments: [
        ("Nom : N'DIAYE\nPrénom : Awa", "fr", ["N'DIAYE", "Awa"]),
        ("Surname: NOWAK\nFirst name: Anna", "en", ["NOWAK", "Anna"]),
        ("Apellidos: MENDOZA CHÁVEZ", "es", ["MENDOZA CHÁVEZ"]),
        ("Nachname: KRÜGER, Vorname: Jens", "de", ["KRÜGER", "Jens"]),
    ])
    func capitalSurnames(text: String, language: String, expected: [String]) {
        #expect(spans(text, language, .person) == expected)
    }

    @Test("placeholders and company forms in a name field stay")
    func capitalPlaceholders() {
        #expect(spans("Name: N/A\nEmail: none", "en", .person).isEmpty)
        #expect(spans("Nom : INCONNU", "fr", .person).isEmpty)
        #expect(spans("Name: SARL\nPlan: Pro", "fr", .person).isEmpty)
    }

    @Test("the line above an address names its recipient")
    func recipientLines() {
        #expect(spans("Shipping address for replacement:\nMei-Ling Cho\n88 Kingsway Drive\nBurnaby, BC V5H 2A9", "en", .person) == ["Mei-Ling Cho"])
        #expect(spans("Adresse :\nMme Awa Ndour\n41 boulevard de la Liberté\n59000 Lille", "fr", .person) == ["Awa Ndour"])
        #expect(spans("Lieferadresse:\nPraxis am Markt\nMarktstraße 4\n10115 Berlin", "de", .person).isEmpty)
        #expect(spans("Please update my billing address to:\n48 Larchmont Road, Columbus, OH 43215", "en", .person).isEmpty)
    }

    @Test("doorbell names, quoted or after an English bell phrase")
    func doorbells() {
        #expect(spans("interphone « LOPES », 3e étage.", "fr", .person) == ["LOPES"])
        #expect(spans("secondo piano, campanello \"Ferri\", grazie.", "it", .person) == ["Ferri"])
        #expect(spans("Ring the bell for Nowak, the buzzer is broken.", "en", .person) == ["Nowak"])
        #expect(spans("The doorbell for the flat is broken.", "en", .person).isEmpty)
    }

    @Test("a chat speaker tagged with a staff role is a person", arguments: [
        ("Jana (Support): Können Sie mir helfen?\nKunde: ja", "de", ["Jana"]),
        ("Sergio (agente): Para verificar su identidad…", "es", ["Sergio"]),
        ("Kevin (medewerker): Wil je de code noemen?", "nl", ["Kevin"]),
    ])
    func roleTaggedSpeakers(text: String, language: String, expected: [String]) {
        #expect(spans(text, language, .person) == expected)
    }

    @Test("a parenthesis that is no role tag names no speaker")
    func untaggedParentheses() {
        #expect(spans("Fehler (Code): 500 beim Login", "de", .person).isEmpty)
        #expect(spans("Windows (Home): crashes after update", "en", .person).isEmpty)
    }

    @Test("secrets: bracketed passwords, grouped codes, prefixed keys, validation codes")
    func secrets() {
        #expect(spans("Le client a dicté son mot de passe au téléphone (Camembert-Roti-77), je lui ai conseillé de le changer.", "fr", .secret)
                == ["Camembert-Roti-77"])
        #expect(spans("Codice 660 284 non funziona, riprovato alle 9:12.", "it", .secret) == ["660 284"])
        #expect(spans("Chave usada: pk_prod_9dKx2Lm7QwT4ZrV1nB8s. ID do pedido", "pt", .secret) == ["pk_prod_9dKx2Lm7QwT4ZrV1nB8s"])
        #expect(spans("le code de validation 5521 ne marche pas", "fr", .secret) == ["5521"])
        #expect(spans("My password (case sensitive) does not work.", "en", .secret).isEmpty)
        #expect(spans("Il codice 660284 non funziona.", "it", .secret).isEmpty)
        #expect(spans("set feature_flag_enable_new_checkout to true", "en", .secret).isEmpty)
    }

    @Test("a birth date answered on the next line after a question, and a Geb.-Datum label")
    func birthDates() {
        #expect(spans("Jana: Können Sie mir bitte Ihr Geburtsdatum nennen?\nKunde: 2.9.1990", "de", .dateOfBirth) == ["2.9.1990"])
        #expect(spans("Geb.-Datum zur Verifizierung: 17.06.1979.", "de", .dateOfBirth) == ["17.06.1979"])
    }

    @Test("initials, particles and a surname after a naming cue; closing initials and a dash signature with a desk")
    func initialsAndClosings() {
        #expect(spans("Nieuw IBAN t.n.v. J.P. van den Heuvel. Klantnummer 100448291.", "nl", .person) == ["J.P. van den Heuvel"])
        #expect(spans("Rückruf erwünscht. /tw", "de", .person) == ["tw"])
        #expect(spans("Terugbellen morgen. – Roos, klantenservice", "nl", .person) == ["Roos"])
    }

    @Test("addresses: Peruvian jirón, Colombian plot, a state code, a street after a phone number")
    func addresses() {
        #expect(spans("Domicilio: Jr. Huancavelica 320, Cercado de Lima, Lima 15001", "es", .address)
                == ["Jr. Huancavelica 320, Cercado de Lima, Lima 15001"])
        #expect(spans("Dirección: Carrera 43A # 18 Sur-135, Medellín", "es", .address) == ["Carrera 43A # 18 Sur-135, Medellín"])
        #expect(spans("vivo en Av. Insurgentes Sur 1602, Col. Roma, 03940 Ciudad de México, CDMX y mi número", "es", .address)
                == ["Av. Insurgentes Sur 1602, Col. Roma, 03940 Ciudad de México, CDMX"])
        #expect(spans("Mis datos: Adrián Collado, 600 918 247, C/ Alcalá 14, 1º, 28013 Madrid.", "es", .address)
                == ["C/ Alcalá 14, 1º, 28013 Madrid"])
    }

    @Test("look-alikes that stay", arguments: [
        ("Both logins at 2:14 AM on Sunday. App version 11.0.3.", "en"),
        ("She passed away on March 9. Please close her account.", "en"),
        ("Bonjour, je suis Belge et je voudrais un remboursement.", "fr"),
        ("Vivo en Santiago de Chile desde 2019.", "es"),
        ("I flew to Orlando last week and the card was blocked.", "en"),
        ("La empresa es Lone Star Logistics, el formulario es el W-4.", "es"),
        ("Original shipment was 1Z 4E8 19A 03 5512 8830.", "en"),
        ("O plano é o Vivo Controle.", "pt"),
    ])
    func lookAlikes(text: String, language: String) {
        let result = redactor.redact(text, language: language)
        #expect(result.entities.isEmpty, "\(result.text)")
    }
}
