import Testing
@testable import TextInference

/// Address shapes whose span stopped early or was missed: Dutch streets before a "1234 AB" postcode with a
/// multi-word, elided or common-word city ("Den Haag", "'s-Hertogenbosch", "Alphen aan den Rijn") or in lower case,
/// French street types that are also ordinary words ("cours", "square", "route"), Latin-American units and places
/// after the street ("Int. 4", "Of. 302", "Las Condes, Santiago", "N.L."), and UK flats and building names on the
/// lines above the street — with the look-alikes each rule must leave alone.
@Suite("Redaction address tails: Dutch postcodes, French street types, Latin-American places, UK building lines")
struct RedactionAddressTailTests {
    let redactor = RedactionTestSupport.redactor

    private func addresses(_ text: String, _ language: String) -> [String] {
        RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .address)
    }

    @Test("Dutch streets before a postcode with multi-word, elided or common-word cities", arguments: [
        ("Mijn adres is Lange Voorhout 9, 2514 EA Den Haag.", ["Lange Voorhout 9, 2514 EA Den Haag"]),
        ("Adres: Dorpsstraat 4, 1191 BX Ouderkerk aan de Amstel", ["Dorpsstraat 4, 1191 BX Ouderkerk aan de Amstel"]),
        ("Bezorgen op Hooftstraat 88, 2406 GL Alphen aan den Rijn graag", ["Hooftstraat 88, 2406 GL Alphen aan den Rijn"]),
        ("Het adres is Vughterstraat 47, 5211 GB 's-Hertogenbosch.", ["Vughterstraat 47, 5211 GB 's-Hertogenbosch"]),
        ("Levering: Achter de Dom 7, 3512 JN Utrecht", ["Achter de Dom 7, 3512 JN Utrecht"]),
        ("Stuur het naar Noordeinde 64, 2514 GL Den Haag aub", ["Noordeinde 64, 2514 GL Den Haag"]),
    ])
    func dutchCities(text: String, expected: [String]) {
        #expect(addresses(text, "nl") == expected)
    }

    @Test("lower-case compound streets before a postcode and city", arguments: [
        ("stuur het naar keizersgracht 12, 1015 cj amsterdam aub", "nl", ["keizersgracht 12, 1015 cj amsterdam"]),
        ("adres: oudegracht 231, 3511 nr utrecht", "nl", ["oudegracht 231, 3511 nr utrecht"]),
        ("wohne jetzt in der hauptstraße 5, 10115 berlin", "de", ["hauptstraße 5, 10115 berlin"]),
        ("adres is kerkweg 3\n2011 AB den haag", "nl", ["kerkweg 3\n2011 AB den haag"]),
    ])
    func lowercaseCompound(text: String, language: String, expected: [String]) {
        #expect(addresses(text, language) == expected)
    }

    @Test("French street types that are also ordinary words, before a postcode", arguments: [
        ("Livraison au 41 cours Lafayette, 69003 Lyon merci", ["41 cours Lafayette, 69003 Lyon"]),
        ("envoyez au 5 passage Choiseul, 75002 Paris", ["5 passage Choiseul, 75002 Paris"]),
        ("Adresse : 9 square Moncey, 75009 Paris", ["9 square Moncey, 75009 Paris"]),
        ("Adresse : 2 rond-point des Champs-Élysées, 75008 Paris", ["2 rond-point des Champs-Élysées, 75008 Paris"]),
        ("Adresse : 64 faubourg Saint-Antoine, 75012 Paris", ["64 faubourg Saint-Antoine, 75012 Paris"]),
        ("chez moi : 220 route de Lyon, 38000 Grenoble", ["220 route de Lyon, 38000 Grenoble"]),
        ("Adresse : 4 parvis Notre-Dame, 75004 Paris", ["4 parvis Notre-Dame, 75004 Paris"]),
        ("Adresse : 7 esplanade du Port, 92100 Boulogne-Billancourt", ["7 esplanade du Port, 92100 Boulogne-Billancourt"]),
    ])
    func frenchStreetTypes(text: String, expected: [String]) {
        #expect(addresses(text, "fr") == expected)
    }

    @Test("Latin-American units, colonias, places and dotted states after the street", arguments: [
        ("Dirección: Av. Insurgentes Sur 1602, Int. 4, Col. Del Valle, 03100 Ciudad de México, CDMX",
         ["Av. Insurgentes Sur 1602, Int. 4, Col. Del Valle, 03100 Ciudad de México, CDMX"]),
        ("Envíen a Av. Apoquindo 3000, depto. 1204, Las Condes, Santiago", ["Av. Apoquindo 3000, depto. 1204, Las Condes, Santiago"]),
        ("Dirección: Calle 93 # 11-27, Apto 402, Bogotá", ["Calle 93 # 11-27, Apto 402, Bogotá"]),
        ("Entrega en Av. Constitución 2050, Interior 8, Col. Obispado, 64060 Monterrey, N.L.",
         ["Av. Constitución 2050, Interior 8, Col. Obispado, 64060 Monterrey, N.L"]),
        ("mi dirección: Calle Reforma 45, Piso 3, Of. 302, Col. Juárez, 06600 Ciudad de México",
         ["Calle Reforma 45, Piso 3, Of. 302, Col. Juárez, 06600 Ciudad de México"]),
        ("Vivo en Carrera 7 # 71-21, Apto 1502, Chapinero, Bogotá", ["Carrera 7 # 71-21, Apto 1502, Chapinero, Bogotá"]),
    ])
    func latinAmerican(text: String, expected: [String]) {
        #expect(addresses(text, "es") == expected)
    }

    @Test("UK flats and building names on the lines above the street", arguments: [
        ("Flat 2A, Heron Court\n17 Mill Lane\nManchester M4 6BD", ["Flat 2A, Heron Court\n17 Mill Lane\nManchester M4 6BD"]),
        ("My address:\nFlat 3\nRiverside Mansions\n22 Church Street\nYork YO1 7HH",
         ["Flat 3\nRiverside Mansions\n22 Church Street\nYork YO1 7HH"]),
        ("Unit 7, Orchard House\n5 Station Road\nCambridge CB1 2JD", ["Unit 7, Orchard House\n5 Station Road\nCambridge CB1 2JD"]),
        ("Please send to Apartment 5, The Maltings, 3 Quay Street, Bristol BS1 4QA thanks",
         ["Apartment 5, The Maltings, 3 Quay Street, Bristol BS1 4QA"]),
    ])
    func ukBuildingLines(text: String, expected: [String]) {
        #expect(addresses(text, "en") == expected)
    }

    @Test("a name on the line above a flat stays outside the address")
    func nameAboveFlat() {
        let text = "Tom Evans\nFlat 4, Cedar House\n8 Hill Road\nLeeds LS6 2AA"
        #expect(addresses(text, "en") == ["Flat 4, Cedar House\n8 Hill Road\nLeeds LS6 2AA"])
    }

    @Test("a unit in a sentence that ends on the line above stays outside the street")
    func sentenceAboveStreet() {
        let text = "Unit 7 passed.\n12 Main Street is closed for repairs."
        #expect(addresses(text, "en") == ["12 Main Street"])
    }

    @Test("counts, products, versions and sentences that only look like these shapes", arguments: [
        ("J'ai suivi 3 cours de yoga et 2 passages piétons, la route 66 est longue.", "fr"),
        ("The flat is 9 square metres and costs 12 square feet of carpet.", "en"),
        ("ik ben onderweg 2, 1015 mensen wachten", "nl"),
        ("Version 12, 2024 build is out; the Lange 9, 2024 edition too.", "en"),
        ("Bestelling 12, 1015 stuks geleverd. Prijs 12, 2000 EU.", "nl"),
        ("mijn bestelnummer is 4521, 1234 AB was de oude postcode", "nl"),
        ("Tenemos 3 pisos, Piso 2, Sala B, Madrid.", "es"),
        ("Int. 4 de la lista y Col. 3 del Excel; Piso 2 del edificio.", "es"),
        ("Chapter 3, Section 2, Part A, Appendix B.", "en"),
    ])
    func lookAlikes(text: String, language: String) {
        #expect(addresses(text, language).isEmpty)
    }
}
