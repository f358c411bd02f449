import Testing
@testable import TextInference

/// PERSON candidates that name a business (a venue word before, a shop or company word after, a brand
/// named after a person) are dropped; people named next to a business keep their names.
@Suite("Redaction: business names are no persons")
struct RedactionBusinessNameTests {
    let redactor = RedactionTestSupport.redactor

    @Test("venue words, shop and company words and brands named after people", arguments: [
        ("Reservé dos noches en el Hostal Miramar de Cádiz y me cobraron tres.", "es"),
        ("Die Rechnung von Fahrradhaus Wolff stimmt nicht.", "de"),
        ("I bought the coat at Harvey Nichols last week.", "en"),
        ("Ho comprato le scarpe al Valentino Outlet di Serravalle.", "it"),
        ("Mijn bestelling bij Albert Heijn is niet bezorgd.", "nl"),
        ("La facture de Leroy Merlin est fausse.", "fr"),
        ("A encomenda da Muebles Ibarra chegou partida.", "pt"),
        ("The invoice from Schneider GmbH is wrong.", "en"),
        ("Reservé en el Hotel Don Ramón y me cobraron dos veces.", "es"),
        ("Comprei nas Lojas Marisa e não recebi.", "pt"),
        ("Sanitär Krüger kommt erst am Freitag.", "de"),
    ])
    func businesses(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person).isEmpty)
    }

    @Test("people keep their names next to businesses and after ordinary words", arguments: [
        ("Hotel Miramar, reception: my name is Anna Berg.", "en", ["Anna Berg"]),
        ("Ciao, sono Paola Bianchi e ho un problema con la carta.", "it", ["Paola Bianchi"]),
        ("Mein Name ist Thomas Wolff, ich habe bei Ihnen bestellt.", "de", ["Thomas Wolff"]),
        ("Je m'appelle Yves Martin.", "fr", ["Yves Martin"]),
        ("Le colis est chez Martine, ma voisine.", "fr", ["Martine"]),
        ("Merci de livrer Chez Paul Martin, 3 rue Haute, 75003 Paris", "fr", ["Paul Martin"]),
    ])
    func people(text: String, language: String, names: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person) == names)
    }

    @Test("brand phrases are matched whole, folded")
    func brandPhrase() {
        let text = ScannedText("YVES ROCHER")
        #expect(BusinessNames.isBusinessName(text, Candidate(type: .person, start: 0, end: 11)))
        let person = ScannedText("Yves Roche")
        #expect(!BusinessNames.isBusinessName(person, Candidate(type: .person, start: 0, end: 10)))
    }
}
