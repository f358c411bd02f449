import Testing
@testable import TextInference

/// redaction-1.11.1: address tails after the street (named buildings, Italian and Iberian floor words,
/// "r/c", Dutch "-III" floors, Canadian city and bracketed province, country-letter postcodes), Dutch
/// streets named after a person, Catalan street words, joined initials before a surname, lower-case chat
/// names with particles, an opening full name before "here"/"hier", and the look-alikes each rule must
/// leave alone.
@Suite("Redaction 1.11.1 address tails, person-named streets, joined initials and chat particles")
struct RedactionTailInitialTests {
    let redactor = RedactionTestSupport.redactor

    @Test("address tails between the street and the postcode", arguments: [
        ("Livraison : 8 avenue des Tilleuls, résidence Le Grand Parc, bât. C, 44300 Nantes", "fr",
         ["8 avenue des Tilleuls, résidence Le Grand Parc, bât. C, 44300 Nantes"]),
        ("Indirizzo: Via Nomentana 88, palazzina C, int. 4, 00161 Roma", "it", ["Via Nomentana 88, palazzina C, int. 4, 00161 Roma"]),
        ("Morada: Rua do Almada 40, r/c Dto.\n4050-032 Porto", "pt", ["Rua do Almada 40, r/c Dto.\n4050-032 Porto"]),
        ("Adreça: Carrer de Mallorca 210, entresòl 1a, 08008 Barcelona", "es", ["Carrer de Mallorca 210, entresòl 1a, 08008 Barcelona"]),
        ("Adresse : 1020, rue Cartier, app. 12, Montréal (Québec) H2K 4C6", "fr",
         ["1020, rue Cartier, app. 12, Montréal (Québec) H2K 4C6"]),
        ("Adresse : 7, rue du Fort, L-2419 Luxembourg", "fr", ["7, rue du Fort, L-2419 Luxembourg"]),
        ("Mijn adres: Kinkerstraat 12-II\n1053 DV Amsterdam", "nl", ["Kinkerstraat 12-II\n1053 DV Amsterdam"]),
    ])
    func tails(text: String, language: String, addresses: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .address) == addresses)
    }

    @Test("an English street word still ends a street before a comma", arguments: [
        ("Ship to 40 Harbour St, Hobart TAS 7000 please.", "en", ["40 Harbour St, Hobart TAS 7000"]),
    ])
    func streetWordStillCounts(text: String, language: String, addresses: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .address) == addresses)
    }

    @Test("Dutch streets named after a person and Catalan street words", arguments: [
        ("Ik woon aan de Burgemeester van Roijensingel 7, 8011 CT Zwolle.", "nl", ["Burgemeester van Roijensingel 7, 8011 CT Zwolle"]),
        ("Nieuw adres: Van Baerlestraat 31, 1071 AP Amsterdam", "nl", ["Van Baerlestraat 31, 1071 AP Amsterdam"]),
        ("Adreça: Avinguda Meridiana 350, 08027 Barcelona", "es", ["Avinguda Meridiana 350, 08027 Barcelona"]),
    ])
    func namedStreets(text: String, language: String, addresses: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .address) == addresses)
    }

    @Test("tail and street look-alikes stay unredacted", arguments: [
        ("De palazzina B is in 2019 gebouwd.", "nl"),
        ("Il modello L-2419 costa 30 euro.", "it"),
        ("Ticket CH-8001 is opgelost door team 12-II.", "nl"),
        ("La résidence Le Grand Parc a 40 logements.", "fr"),
        ("Burgemeester de Vries opende de Kerkstraat.", "nl"),
        ("Ich habe am 3.2.2025 storniert. Stornonummer ST-4410.", "de"),
        ("Refund 2025 approved under code AVE-2210 today.", "en"),
    ])
    func tailLookAlikes(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .address).isEmpty)
    }

    @Test("joined initials before a surname", arguments: [
        ("Met vriendelijke groet,\nH.M. Verhoeven", "nl", ["H.M. Verhoeven"]),
        ("Le dossier est suivi par J.-M. Rouquette depuis mars.", "fr", ["J.-M. Rouquette"]),
        ("Overschrijving t.n.v. G.J. Smeets alstublieft.", "nl", ["G.J. Smeets"]),
    ])
    func joinedInitials(text: String, language: String, people: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person) == people)
    }

    @Test("abbreviations that look like joined initials", arguments: [
        ("Our U.S. Office handles the refund.", "en"),
        ("P.S. Thanks for the quick reply.", "en"),
        ("The E.U. Commission rules apply here.", "en"),
    ])
    func initialLookAlikes(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person).isEmpty)
    }

    @Test("lower-case chat names with particles and double given names", arguments: [
        ("hola, soy ana maría de los santos, no me llegó el pedido", "es", ["ana maría de los santos"]),
        ("oi, aqui é o joão pedro da silva, meu pedido não chegou", "pt", ["joão pedro da silva"]),
        ("ciao sono giuseppe li causi, il pacco non è arrivato", "it", ["giuseppe li causi"]),
    ])
    func chatNames(text: String, language: String, people: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person) == people)
    }

    @Test("an opening full name before \"here\"/\"hier\"", arguments: [
        ("Hi, Callum Whitfield here. My kettle stopped working.", "en", ["Callum Whitfield"]),
        ("Moin, Hauke Petersen hier!\nMeine Bestellung fehlt.", "de", ["Hauke Petersen"]),
    ])
    func nameBeforeHere(text: String, language: String, people: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person) == people)
    }

    @Test("capitalised words before \"here\" that are no opening name", arguments: [
        ("Hi, Customer Service here.", "en"),
        ("Click Download here to get the invoice.", "en"),
        ("The new Firmware Update here, please.", "en"),
    ])
    func hereLookAlikes(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person).isEmpty)
    }

    @Test("chat words after a name that are no surname", arguments: [
        ("ciao sono giuseppe lo so che è tardi ma il pacco non è arrivato", "it", ["giuseppe"]),
        ("Name: Mag. Gerlinde Auer", "de", ["Gerlinde Auer"]),
        ("Comprei o telemóvel na loja do Centro Rossi em Lisboa.", "pt", []),
    ])
    func chatLookAlikes(text: String, language: String, people: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person) == people)
    }
}
