import Testing
@testable import TextInference

/// redaction-1.11.2: address shapes the street rules did not know — a unit written before the house number
/// (Canadian "1207-55", Scottish "Flat 0/2" and "Flat 3F2", a French building and staircase before a leading
/// unit), numbered streets ("Calle 7 N.º 1234", "Calle 72 # 10-34", "9815 111 St NW", "Bv."), and tails after
/// the street ("#22", Belgian "bus 0201", a Mexican colonia and "C.P.", "Cedex 01"), a street without a house
/// number between a unit and a postcode — and the look-alikes each rule must leave alone.
@Suite("Redaction 1.11.2 unit prefixes, numbered streets and address tails")
struct RedactionAddressShapeTests {
    let redactor = RedactionTestSupport.redactor

    @Test("a unit written before the house number", arguments: [
        ("Please ship to 1207-55 Bloor St W, Toronto ON M5S 1V7 today", "en", ["1207-55 Bloor St W, Toronto ON M5S 1V7"]),
        ("Adresse : 8-1320 Rue Saint-Denis, Montréal QC H2X 3J6", "fr", ["8-1320 Rue Saint-Denis, Montréal QC H2X 3J6"]),
        ("deliver to Flat 0/2, 9 Gibson Street, Glasgow G12 8NX please", "en", ["Flat 0/2, 9 Gibson Street, Glasgow G12 8NX"]),
        ("New address: Flat 3F2, 21 Warrender Park Road, Edinburgh EH9 1EU", "en",
         ["Flat 3F2, 21 Warrender Park Road, Edinburgh EH9 1EU"]),
        ("Adresse : Bât. B, esc. 4, 23 rue de Charonne, 75011 Paris", "fr", ["Bât. B, esc. 4, 23 rue de Charonne, 75011 Paris"]),
        ("Résidence Les Tilleuls, appt 7, 5 rue Pasteur, 33000 Bordeaux", "fr",
         ["Résidence Les Tilleuls, appt 7, 5 rue Pasteur, 33000 Bordeaux"]),
    ])
    func unitPrefixes(text: String, language: String, addresses: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .address) == addresses)
    }

    @Test("numbered streets and number signs before the house number", arguments: [
        ("Dirección: Calle 7 N.º 1234, dpto. 5, B1900 La Plata, Buenos Aires", "es",
         ["Calle 7 N.º 1234, dpto. 5, B1900 La Plata, Buenos Aires"]),
        ("Dirección: Calle 12 Nº 845, C1425DKA Buenos Aires", "es", ["Calle 12 Nº 845, C1425DKA Buenos Aires"]),
        ("Vivo en Calle 45 nro. 310, B1900AAB La Plata", "es", ["Calle 45 nro. 310, B1900AAB La Plata"]),
        ("Dirección: Calle 72 # 10-34, Bogotá", "es", ["Calle 72 # 10-34, Bogotá"]),
        ("Mail it to 9815 111 St NW, Edmonton, AB T5K 1K2.", "en", ["9815 111 St NW, Edmonton, AB T5K 1K2"]),
        ("Envío a Bv. Oroño 1450, S2000 Rosario", "es", ["Bv. Oroño 1450, S2000 Rosario"]),
    ])
    func numberedStreets(text: String, language: String, addresses: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .address) == addresses)
    }

    @Test("unit, colonia, box and Cedex tails after the street", arguments: [
        ("my billing address is 4418 N Broadway Ave #22, Chicago IL 60640", "en", ["4418 N Broadway Ave #22, Chicago IL 60640"]),
        ("Send it to 915 Pine St #3B, Seattle, WA 98101 thanks", "en", ["915 Pine St #3B, Seattle, WA 98101"]),
        ("Dirección: Av. Revolución 1425, Depto. 12, Col. Guadalupe Inn, 01020 Ciudad de México, CDMX", "es",
         ["Av. Revolución 1425, Depto. 12, Col. Guadalupe Inn, 01020 Ciudad de México, CDMX"]),
        ("Calle Hidalgo 230, Col. Centro, C.P. 44100 Guadalajara, Jal.", "es",
         ["Calle Hidalgo 230, Col. Centro, C.P. 44100 Guadalajara, Jal"]),
        ("Entrega: Av. Juárez 55, Colonia del Valle, 03100 Ciudad de México", "es",
         ["Av. Juárez 55, Colonia del Valle, 03100 Ciudad de México"]),
        ("Adresse : BP 45, 75001 Paris Cedex 01", "fr", ["BP 45, 75001 Paris Cedex 01"]),
        ("Rue Haute 12 bus 0201, 1000 Bruxelles", "fr", ["Rue Haute 12 bus 0201, 1000 Bruxelles"]),
        ("Kortrijksesteenweg 45 bus 0102\n9000 Gent", "nl", ["Kortrijksesteenweg 45 bus 0102\n9000 Gent"]),
    ])
    func tails(text: String, language: String, addresses: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .address) == addresses)
    }

    @Test("prices, codes, times, hashtags and words that are no address", arguments: [
        ("The upgrade costs CA$45 and the plan is 304-88 per seat, see order 304-88812.", "en"),
        ("Order 304-88812 shipped at 6:40pm, tracking #14 in the queue.", "en"),
        ("We are #14 in the queue and ticket #2207 is still open #frustrated", "en"),
        ("Version 2-10 Release notes, build 12-450 Main branch merged.", "en"),
        ("We paid 1 500 Ft and 10 20 Ct for it.", "en"),
        ("Flat 3 of the 12 boxes arrived, 2/1 ratio in Glasgow stores.", "en"),
        ("Col. Sanders would not approve; see col. 3 of the spreadsheet for totals.", "en"),
        ("La calle estaba cerrada y la Calle principal también, no pudimos entregar.", "es"),
        ("Calle 5 no funciona el GPS, avenida 3 no 4.", "es"),
        ("The Calle 50 concert was great, see N.º 3 on the list.", "en"),
        ("Acme BV Nederland 12 medewerkers zijn ziek.", "nl"),
        ("BP 120/80 measured twice, Paris Cedex is a postal term.", "en"),
    ])
    func lookAlikes(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .address).isEmpty)
    }

    @Test("a street without a house number after a unit or building, confirmed by a postcode", arguments: [
        ("Apt 2, Harbour Court, Quay Road, Galway H91 E2K3", "en", ["Apt 2, Harbour Court, Quay Road, Galway H91 E2K3"]),
        ("Post to Flat 4, Rose Court, Mill Lane, Bristol BS7 8PU please", "en", ["Flat 4, Rose Court, Mill Lane, Bristol BS7 8PU"]),
    ])
    func unnumberedStreets(text: String, language: String, addresses: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .address) == addresses)
    }

    @Test("a street name alone, or with a unit but no postcode, is no address", arguments: [
        ("We met at Harbour Court, Quay Road last week, Apt 2 is nice.", "en"),
        ("Unit 3, Riverside Park, Main Road is where the depot was.", "en"),
    ])
    func unnumberedLookAlikes(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .address).isEmpty)
    }

    @Test("a number sign after a street that goes on with a sentence stays outside the address")
    func hashInSentence() {
        let text = "Meeting at 10 Downing Street #1 priority for us."
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: "en"), in: text, type: .address) == ["10 Downing Street"])
    }
}
