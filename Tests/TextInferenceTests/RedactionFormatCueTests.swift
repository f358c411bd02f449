import Testing
@testable import TextInference

/// redaction-1.5.0: middle initials, initials before surnames, subjects of contact verbs, German
/// everyday-word and double surnames, lower-case sign-off names, agent cues; weak phone cues and
/// "+49(0)…" numbers; weak English street words, separate German street nouns, compound city names,
/// compact NL postcodes, Brazilian neighbourhoods, "N°" house numbers, lower-case leading street words.
@Suite("Redaction 1.5.0 name contexts, phone cues and address formats")
struct RedactionFormatCueTests {
    let redactor = RedactionTestSupport.redactor

    @Test("names in new contexts are redacted", arguments: [
        ("Faina D. Yefremova called about the refund.", "en", ["Faina D. Yefremova"]),
        ("Rechnung bitte an Stephan M Urner senden.", "de", ["Stephan M Urner"]),
        ("IBAN ten name van J. de Boer, klantnummer 88120", "nl", ["J. de Boer"]),
        ("The order was placed by Kofi Boateng from the office.", "en", ["Kofi Boateng"]),
        ("Kofi Boateng called twice about the order.", "en", ["Kofi Boateng"]),
        ("Katrin Vogel hat gestern zweimal angerufen.", "de", ["Katrin Vogel"]),
        ("Die Kollegin Merve Aydın aus der Buchhaltung meldet sich.", "de", ["Merve Aydın"]),
        ("Katharina Steinbauer-Lettner hat uns geschrieben.", "de", ["Katharina Steinbauer-Lettner"]),
        ("danke für die hilfe\nlg steffi", "de", ["steffi"]),
        ("Le colis a été signé par Marc Petit ce matin.", "fr", ["Marc Petit"]),
    ])
    func names(text: String, language: String, names: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person) == names)
    }

    @Test("product names, role nouns, acronyms, idioms and street names stay", arguments: [
        ("The Jackson Pro 2 speaker and the Victoria Slim case arrived scratched.", "en"),
        ("Die Firmware auf der Fritz!Box 7590 verliert die Verbindung.", "de"),
        ("Lien reçu par SMS : est-ce une arnaque ?", "fr"),
        ("Es heißt: Aus den Augen, aus dem Sinn.", "de"),
        ("Quando Tom Jobim escreveu isso, ninguém sabia.", "pt"),
        ("Customer Service called back within an hour.", "en"),
        ("Plan B. Smith reviewed it.", "en"),
        ("We ordered 3 Pine Forest candles and 2 Garden Chairs.", "en"),
    ])
    func negatives(text: String, language: String) {
        let found = RedactionTestSupport.spans(redactor.redact(text, language: language), in: text)
        #expect(!found.contains("Jackson") && !found.contains("Victoria Slim") && !found.contains("Fritz"))
        #expect(!found.contains("SMS") && !found.contains("Aus den Augen") && !found.contains("Quando Tom Jobim"))
        #expect(!found.contains("Customer Service") && !found.contains("B. Smith") && !found.contains("Plan B. Smith"))
        #expect(!found.contains { $0.contains("Pine Forest") || $0.contains("Garden Chairs") })
    }

    @Test("phones after weak cues and with a bracketed trunk zero are redacted", arguments: [
        ("I would like to stop receiving messages to 699 956 915", "en", "699 956 915"),
        ("They're not answering at 78 651 450", "en", "78 651 450"),
        ("Erreichbar unter +49(0)7837 626756 ab 18 Uhr", "de", "+49(0)7837 626756"),
        ("Call me on +44(0)113 496 0190 please", "en", "+44(0)113 496 0190"),
        ("Potete chiamarmi al 082537816 domani", "it", "082537816"),
        ("Rappelez Georges au 0456596387 svp.", "fr", "0456596387"),
    ])
    func phones(text: String, language: String, phone: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .phone) == [phone])
    }

    @Test("numbers near the new cues that are no phones stay", arguments: [
        ("messages to 3 people bounced, order 4471 2093 is fine", "en"),
        ("Please call back about invoice INV-2025-00412.", "en"),
        ("Version +49(0) is not a number", "en"),
    ])
    func phoneNegatives(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .phone).isEmpty)
    }

    @Test("new address formats are redacted whole", arguments: [
        ("The parcel came back from Flat 2, 19 Elm Grove, Bristol BS7 8PU yesterday.", "Flat 2, 19 Elm Grove, Bristol BS7 8PU"),
        ("Ship to 7631 Johnson Village Suite 690\nAdamsbury, OR 13900 please", "7631 Johnson Village Suite 690\nAdamsbury, OR 13900"),
        ("Wir wohnen in der Mariahilfer Straße 88/7, 1070 Wien, bitte ändern.", "Mariahilfer Straße 88/7, 1070 Wien"),
        ("Mijn adres is Meir 24 bus 3, 2000 Antwerpen", "Meir 24 bus 3, 2000 Antwerpen"),
        ("Entrega: Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200", "Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200"),
        ("Adresse : 34, rue Georges Guérin\n27514 Boulogne-sur-Mer", "34, rue Georges Guérin\n27514 Boulogne-sur-Mer"),
        ("Lieferung an Blümelgasse 5\n8743 Zell am See", "Blümelgasse 5\n8743 Zell am See"),
        ("Adres: Borisstraat 87\n2704BX\nUtrecht", "Borisstraat 87\n2704BX\nUtrecht"),
        ("Dirección: Calle Mitre N° 621, 5400 San Juan", "Calle Mitre N° 621, 5400 San Juan"),
        ("Adresse : rue Courvoisier 2\n9559 Barbey", "rue Courvoisier 2\n9559 Barbey"),
        ("Morada: Travessa de Cruz, 22\n7019-713 Vila Nova de Foz Côa", "Travessa de Cruz, 22\n7019-713 Vila Nova de Foz Côa"),
        ("Endereço: Rua Augusta, 75\nBoa Viagem\n62439-122 Recife / PE", "Rua Augusta, 75\nBoa Viagem\n62439-122 Recife / PE"),
    ])
    func addresses(text: String, address: String) {
        let language = text.contains("Ship") || text.contains("parcel") ? "en" : "de"
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .address) == [address])
    }

    @Test("weak street words and lower-case street words need a postcode or city", arguments: [
        ("We met at 3 Mill Park yesterday and talked.", "en"),
        ("I bought 2 Forest Green cushions for the living room.", "en"),
        ("la rue Courvoisier 2 fois par semaine", "fr"),
        ("Version 12 Light edition is out", "en"),
    ])
    func addressNegatives(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .address).isEmpty)
    }
}
