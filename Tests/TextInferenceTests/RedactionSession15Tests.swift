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
        // Six digits after a bare code word are a one-time code since redaction-1.18.0 (``CodeMentions``).
        #expect(spans("Il codice 660284 non funziona.", "it", .secret) == ["660284"])
        #expect(spans("Ik heb de code 250117 ingevoerd.", "nl", .secret) == ["250117"])
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

    @Test("one-time codes and PINs told a little after their word", arguments: [
        ("OTP sent to +1 415 555 0132 was 804215, customer says it never arrived.", "en", ["804215"]),
        ("Ciao, non mi arriva il codice OTP. L'ultimo era 318 204 ma è scaduto subito.", "it", ["318 204"]),
        ("ola me podeis mandar el codigo otra vez? el 730194 ya no vale", "es", ["730194"]),
        ("quiero cambiar el PIN de mi tarjeta. El actual es 2590, ¿lo puedo cambiar?", "es", ["2590"]),
        ("J'ai oublié mon code PIN de carte (4862 ne fonctionne plus).", "fr", ["4862"]),
        ("[09:06] Agent: You'll get a code by SMS to the number ending 19.\n[09:07] Customer: got it, 204 981. ok", "en", ["204 981"]),
    ])
    func codeMentions(text: String, language: String, expected: [String]) {
        #expect(spans(text, language, .secret) == expected)
    }

    @Test("numbers near a code word that are references, amounts or dates stay", arguments: [
        ("Your verification code will arrive shortly. Order number 123456 is confirmed.", "en"),
        ("The code is valid until 2025. Invoice 482913 was paid.", "en"),
        ("Der Code kam nicht, Kundennummer 448812, Betrag 120500 €.", "de"),
        ("Le code promo ne marche pas sur la commande 771234.", "fr"),
        ("Mi PIN no funciona desde el 12/03/2024, pedido 55012.", "es"),
    ])
    func codeLookAlikes(text: String, language: String) {
        #expect(spans(text, language, .secret).isEmpty)
    }

    @Test("password-shaped tokens, backup codes")
    func passwordShapes() {
        #expect(spans("A senha do portal foi redefinida para Lisboa#2026pt pela colega.", "pt", .secret) == ["Lisboa#2026pt"])
        #expect(spans("Le credenziali: utente mario e la password Rondine.1939. Grazie", "it", .secret) == ["Rondine.1939"])
        #expect(spans("Backup-Code für die Zwei-Faktor-Anmeldung: 7741-2290-5518\n\nBitte ändern.", "de", .secret) == ["7741-2290-5518"])
        #expect(spans("Reset my password but it failed during the #Black&Friday2024 sale", "en", .secret).isEmpty)
        #expect(spans("My password stopped working after the Q&A session at 3pm.", "en", .secret).isEmpty)
    }

    @Test("a date of birth on the answer line of a transcript")
    func answerLineBirthDates() {
        #expect(spans("[09:03] Agent: And your date of birth for verification?\n[09:04] Customer: 17 June 1998", "en", .dateOfBirth) == ["17 June 1998"])
        #expect(spans("Mag ik je e-mailadres en geboortedatum ter controle?\n22:06 Klant: s.v@example.nl en 12-05-2002", "nl", .dateOfBirth)
                == ["12-05-2002"])
        #expect(spans("Agent: Your date of birth please?\nCustomer: I ordered on 12/05/2024", "en", .dateOfBirth).isEmpty)
    }

    @Test("names: role then name in parentheses, slash doorbells, couples, surname-first after a customer word")
    func moreNames() {
        #expect(spans("[21:15] Conseiller (Hugo) : Bonsoir !", "fr", .person) == ["Hugo"])
        #expect(spans("Klingelschild: Wendt/Aydin.", "de", .person) == ["Wendt/Aydin"])
        #expect(spans("Passeggeri: Sara e Matteo Fontana.", "it", .person) == ["Sara", "Matteo Fontana"])
        #expect(spans("Notiz 09:15: Kundin Schulte, Anja ruft an.", "de", .person) == ["Schulte, Anja"])
        #expect(spans("El contacto es Ruiz Paredes, Fernando.", "es", .person) == ["Ruiz Paredes, Fernando"])
        #expect(spans("Nome no cartão: ANDRE L VIEIRA. Pedido 88213.", "pt", .person) == ["ANDRE L VIEIRA"])
    }

    @Test("company service numbers and product names stay", arguments: [
        ("Appelez le 09 69 39 75 75 pour le service client.", "fr"),
        ("ligar para a linha de apoio 707 200 500, onde me cobraram", "pt"),
        ("Llame al 902 123 456 de lunes a viernes.", "es"),
        ("Bel ons op 088 123 4567.", "nl"),
        ("Der Router FRITZ!Box 7590 startet neu.", "de"),
    ])
    func serviceNumbers(text: String, language: String) {
        let result = redactor.redact(text, language: language)
        #expect(result.entities.isEmpty, "\(result.text)")
    }

    @Test("personal numbers in the same languages stay phones")
    func personalNumbers() {
        #expect(spans("Mon portable : 06 12 90 47 31.", "fr", .phone) == ["06 12 90 47 31"])
        #expect(spans("O meu número é 912 345 678.", "pt", .phone) == ["912 345 678"])
        #expect(spans("Mijn nummer is 06 41 82 77 53.", "nl", .phone) == ["06 41 82 77 53"])
    }

    @Test("door and gate codes, hyphenated passwords", arguments: [
        ("Personne n'est venu. Digicode : 4812B. Rendez-vous RDV-77120.", "fr", ["4812B"]),
        ("Per il sopralluogo il codice del portone è 2580#. Il proprietario sarà presente.", "it", ["2580#"]),
        ("O código do portão é 1357. Obrigado.", "pt", ["1357"]),
        ("Gebruiker is geïnformeerd; tijdelijk wachtwoord Tulp-7718-qz verstuurd per sms.", "nl", ["Tulp-7718-qz"]),
        ("Wachtwoord 2FA-code werkt niet.", "nl", []),
    ])
    func accessCodes(text: String, language: String, expected: [String]) {
        #expect(spans(text, language, .secret) == expected)
    }

    @Test("doorbell names after a verb of showing; surname-first names after a label")
    func round4Names() {
        #expect(spans("Op de deurbel staat nog Koster. Pakket 3SPOST8821734.", "nl", .person) == ["Koster"])
        #expect(spans("Sul citofono c'è scritto Russo, interno 7.", "it", .person) == ["Russo"])
        #expect(spans("Rückrufbitte: Weber, Thomas, 030 91583324, wegen Schadensmeldung.", "de", .person) == ["Weber, Thomas"])
        #expect(spans("Passeggeri: Gino Rossi, Marta Rossi e il bambino.", "it", .person) == ["Gino Rossi", "Marta Rossi"])
        #expect(spans("Farbe: Schwarz, Größe: M", "de", .person).isEmpty)
        #expect(spans("Location: Berlin, Germany", "en", .person).isEmpty)
    }

    @Test("review fixes: look-alikes of the new rules stay", arguments: [
        ("My verification code never arrived. I have 250 000 miles on my account and want to use them.", "en"),
        ("Der Bestätigungscode kam nicht per SMS. Zählerstand heute: 104332 kWh.", "de"),
        ("Le code de validation ne marche pas. Mon numéro client est le 448812 et ma facture 551207.", "fr"),
        ("Your PIN was changed. The new limit is 5000 per day.", "en"),
        ("No me llega el código de verificación. Vivo en Bogotá, 110111.", "es"),
        ("Bitte bestätigen Sie noch Ihr Geburtsdatum.\nIhr Vertrag läuft seit dem 01.04.2012, Tarif M.", "de"),
        ("[09:04] Agent: And your date of birth for verification?\n[09:04] Customer: I'd rather not. My order from 3 March 2014 is the issue.", "en"),
        ("Name: KEINE ANGABE\nVorname: SIEHE ANHANG", "de"),
        ("Öffnungszeiten (Kundenservice): Mo–Fr 8–18 Uhr", "de"),
        ("Support (EMEA): ticket escalated to tier 2.\nSales (DACH): quote sent.", "en"),
        ("Spedire a:\nMagazzino Centrale\nVia Roma 10\n10121 Torino", "it"),
        ("Attached: monthly_report_Q3FY2024SalesEMEA.xlsx from the portal.", "en"),
        ("Thanks for the help. /jk", "en"),
        ("Passwort-Reset funktioniert nicht (Android14), bitte prüfen.", "de"),
        ("Mein Passwort funktioniert seit Sept.2023 nicht mehr.", "de"),
    ])
    func reviewLookAlikes(text: String, language: String) {
        let result = redactor.redact(text, language: language)
        #expect(result.entities.filter { $0.type != .address }.isEmpty, "\(result.text)")
    }

    @Test("review fixes: personal numbers in service ranges, names before '!', answers after a label")
    func reviewKeeps() {
        #expect(spans("Llámeme al 902 345 678 cuando pueda.", "es", .phone) == ["902 345 678"])
        #expect(spans("Bel me op 088 123 4567, dat is mijn werknummer.", "nl", .phone) == ["088 123 4567"])
        #expect(spans("Vielen Dank Frau Schneider!Das hat geholfen.", "de", .person) == ["Schneider"])
        #expect(spans("A viagem da Beatriz foi remarcada para sexta.", "pt", .person) == ["Beatriz"])
        #expect(spans("[09:04] Agente: ¿Me confirma su fecha de nacimiento?\n[09:04] Cliente: 17 de junio de 1998", "es", .dateOfBirth)
                == ["17 de junio de 1998"])
        #expect(spans("Surname: NOWAK J\nCity: Leeds", "en", .person) == ["NOWAK J"])
        #expect(spans("Versicherte: Schulte, Anna", "de", .person) == ["Schulte, Anna"])
        #expect(spans("Aanbellen bij de deurbel \"van Dijk\".", "nl", .person) == ["van Dijk"])
    }
}
