import Testing
@testable import TextInference

/// Session 11: address tails that close with a country (on its own line or after the city without a
/// postcode), a region in brackets after the city, cities after a unit without a postcode (Latin America) and
/// named estates or plots with a lot number and a postcode, with the look-alikes each rule must leave alone.
@Suite("Redaction country, bracketed region, unit-city and named-plot address tails")
struct RedactionCountryPlotTailTests {
    let redactor = RedactionTestSupport.redactor

    @Test("address tails", arguments: [
        ("New address:\nFlat 3, Mill House\n9 Dock Road\nLeeds LS1 4AB\nUnited Kingdom\n\nThanks", "en",
         ["Flat 3, Mill House\n9 Dock Road\nLeeds LS1 4AB\nUnited Kingdom"]),
        ("Neue Anschrift:\nPraterstraße 12/3/7\n1030 Wien\nÖsterreich\nDanke", "de",
         ["Praterstraße 12/3/7\n1030 Wien\nÖsterreich"]),
        ("Ship to 14 Mill Road, Accra, Ghana.", "en", ["14 Mill Road, Accra, Ghana"]),
        ("Entregar em Rua do Sol 5, 2.º andar, Maputo, Moçambique. Obrigado", "pt", ["Rua do Sol 5, 2.º andar, Maputo, Moçambique"]),
        ("Mijn adres is Kasikastraat 8, Nickerie, Suriname. Groet", "nl", ["Kasikastraat 8, Nickerie, Suriname"]),
        ("wohnhaft Am Anger 3, 83646 Bad Tölz (Oberbayern). Danke", "de", ["Am Anger 3, 83646 Bad Tölz (Oberbayern)"]),
        ("vivo en Calle 45 # 12-30, Apto 501, Medellín, escríbanme por favor", "es", ["Calle 45 # 12-30, Apto 501, Medellín"]),
        ("entrega em Quinta da Marinha, Lote 7, 2750-004 Cascais até sexta.", "pt", ["Quinta da Marinha, Lote 7, 2750-004 Cascais"]),
    ])
    func tails(text: String, language: String, addresses: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .address) == addresses)
    }

    @Test("country, region and plot look-alikes stay", arguments: [
        ("Our offices in Berlin, Germany and Paris, France are closed.", "en"),
        ("We sell Apple, Samsung and China phones.", "en"),
        ("Version 12, Release 4, 1020 Build", "en"),
        ("Wir haben 10115 Artikel (Mitte) verschickt.", "de"),
        ("Pedido 5, piso 3, Madrid, mañana", "es"),
        ("Dear Maria Santos, Unit 4 is ready.", "en"),
        ("Team Blue, Lote 18 wins.", "pt"),
    ])
    func lookAlikes(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .address).isEmpty)
    }
}
