import Testing
@testable import TextInference

/// Redaction-1.20.0's rule: addresses anchored on a distinctive postcode whose street carries no street-type word, back
/// to the house number (and up the address lines above a town-and-postcode line); and the look-alikes that stay.
@Suite("Redaction: session 17 postcode-anchored addresses")
struct RedactionSession17Tests {
    let redactor = RedactionTestSupport.redactor

    private func spans(_ text: String, _ language: String, _ type: EntityType) -> [String] {
        RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: type)
    }

    @Test("a street without a street-type word is read back from its postcode to the house number", arguments: [
        ("The bill address is the same as before, 88 Kingsway, Hove BN3 4FA. Plan: Premium.", "en", "88 Kingsway, Hove BN3 4FA"),
        ("postcode on the account 6 Lon y Felin, Caernarfon LL55 1RA, name on file", "en", "6 Lon y Felin, Caernarfon LL55 1RA"),
        ("Please send it to 12, Kingsway, Hove BN3 4FA thanks", "en", "12, Kingsway, Hove BN3 4FA"),
        ("Customer: 17 Mill Lane, Bishop's Stortford CM23 2EA. Agent: lovely", "en", "17 Mill Lane, Bishop's Stortford CM23 2EA"),
        ("Ich wohne Am Deich 7, 25938 Wyk auf Föhr.", "de", "Am Deich 7, 25938 Wyk auf Föhr"),
        ("Grüezi, ich bin aus Via Sura 12, 7500 St. Moritz. Mein Paket", "de", "Via Sura 12, 7500 St. Moritz"),
        ("moved to 55 Rideau, Ottawa ON K1N 5W8 last week", "en", "55 Rideau, Ottawa ON K1N 5W8"),
        ("Returns go to 1 Broadway, New York, NY 10004.", "en", "1 Broadway, New York, NY 10004"),
    ])
    func postcodeAnchored(text: String, language: String, expected: String) {
        #expect(spans(text, language, .address) == [expected])
    }

    @Test("a unit group before the house number joins the address; a name before it stays a person")
    func unitsAndNames() {
        let floor = "account holder for the broadband at 2nd floor, 41 Soho Road, Handsworth, Birmingham B21 9SN. His mobile"
        #expect(spans(floor, "en", .address) == ["2nd floor, 41 Soho Road, Handsworth, Birmingham B21 9SN"])
        let signed = "should be £96 a month, not £142. Gareth Pryce, 3 Heol y Coed, Cardiff CF14 6HU"
        #expect(spans(signed, "en", .address) == ["3 Heol y Coed, Cardiff CF14 6HU"])
        #expect(spans(signed, "en", .person) == ["Gareth Pryce"])
    }

    @Test("a town-and-postcode line takes the address lines above it, up to the house number")
    func multiLine() {
        let eircode = "post the final bill to:\nDeclan Mac Giolla Phádraig\nApartment 12, Block C\nRiverside Quay\nCork T12 X2P6"
        #expect(spans(eircode, "en", .address) == ["Apartment 12, Block C\nRiverside Quay\nCork T12 X2P6"])
        let estate = "Can you please update the billing address to:\nUnit 4, Riverside Trading Estate\nSheffield S9 3QH\nThanks"
        #expect(spans(estate, "en", .address) == ["Unit 4, Riverside Trading Estate\nSheffield S9 3QH"])
        let dutch = "Zij woont nu hier:\nLindelaan 2\n3842 AB Harderwijk"
        #expect(spans(dutch, "nl", .address) == ["Lindelaan 2\n3842 AB Harderwijk"])
        // Without a house number above, a town and postcode alone stay.
        #expect(spans("Ship to:\nJohn Smith\nManchester M1 3HE", "en", .address).isEmpty)
    }

    @Test("references, dates and lone postcodes are no address")
    func lookAlikes() {
        #expect(spans("Invoice 4471, London SW1A 1AA office", "en", .address).isEmpty)
        #expect(spans("Order 12, London SW1A 1AA branch", "en", .address).isEmpty)
        #expect(spans("See you on March 12, 2024 Thanks", "en", .address).isEmpty)
        #expect(spans("Nos vemos el Martes 14, 2024 Madrid", "es", .address).isEmpty)
        #expect(spans("Our Hove BN3 4FA store is closed", "en", .address).isEmpty)
        // A customer number before the street keeps its digits outside the address.
        let customer = "Kundennr. 55 083 112, Eichendorffweg 9, 48159 Münster"
        #expect(spans(customer, "de", .address) == ["Eichendorffweg 9, 48159 Münster"])
        // A month opening the words before the street is not part of it; one inside a street name is.
        #expect(spans("ich wohne seit Mai an der Zürcherstrasse 104, 8406 Winterthur.", "de", .address) == ["Zürcherstrasse 104, 8406 Winterthur"])
        #expect(spans("Moro na Rua 14 de Julho, 2210, Campo Grande - MS, 79002-333", "pt", .address)
            == ["Rua 14 de Julho, 2210, Campo Grande - MS, 79002-333"])
    }

    @Test("reviewer look-alikes: references, codes, dates, quantities and years before a postcode stay", arguments: [
        ("Order No 58213 Manchester M1 1AE arrived damaged.", "en"),
        ("Case ID 4431 Bristol BS1 4DJ escalated", "en"),
        ("Error 3 Code E12 4F0A appears on the display.", "en"),
        ("Qty 2 Model M3 4AB was out of stock.", "en"),
        ("Windows 11, 2024 Update broke my printer driver.", "en"),
        ("Delivered Sat 14 Leeds LS1 4AP at the depot.", "en"),
        ("Delivered 12 Jan London EC1A 1BB depot", "en"),
        ("Thanks 2 Days Late Leeds LS1 4AP parcel", "en"),
        ("Total 3 Items Manchester M1 1AE", "en"),
        ("Wohnung 3, 1200 Euro Miete wurde doppelt abgebucht.", "de"),
        ("Sala 3, 1200 Personas aforo", "es"),
        ("Vol AF 12, Montréal QC H4Y 1H1 retard", "fr"),
    ])
    func reviewerLookAlikes(text: String, language: String) {
        #expect(spans(text, language, .address).isEmpty)
    }

    @Test("a name line under a reference or date line is no address line; names before the street stay persons")
    func namesStayPersons() {
        for text in ["Ticket No 4471\nJohn Smith\nLeeds LS1 4AP", "Sent 12 Jan\nJohn Smith\nLeeds LS1 4AP"] {
            #expect(spans(text, "en", .address).isEmpty)
            #expect(spans(text, "en", .person) == ["John Smith"])
        }
        let inline = "Hi, my name is Sarah Jones 42 Kingsway, Hove BN3 4FA is my new address."
        #expect(spans(inline, "en", .address) == ["42 Kingsway, Hove BN3 4FA"])
        #expect(spans(inline, "en", .person) == ["Sarah Jones"])
        let german = "Anna Weber Am Deich 7, 25938 Wyk auf Föhr"
        #expect(spans(german, "de", .address) == ["Am Deich 7, 25938 Wyk auf Föhr"])
        #expect(spans(german, "de", .person) == ["Anna Weber"])
        #expect(spans("Vivo en Calle Mayor 5, 28013 Madrid", "es", .address) == ["Calle Mayor 5, 28013 Madrid"])
    }

    @Test("a phone number before the address stays a phone number; a labelled street line joins the postcode line")
    func neighbours() {
        #expect(spans("Call 0113 496 0000, 12 Kingsway, Hove BN3 4FA", "en", .address) == ["12 Kingsway, Hove BN3 4FA"])
        #expect(spans("Call 0113 496 0000, 12 Kingsway, Hove BN3 4FA", "en", .phone) == ["0113 496 0000"])
        #expect(spans("Cliente Ana López 612 345 678 Calle Mayor 5, 28013 Madrid", "es", .address) == ["Calle Mayor 5, 28013 Madrid"])
        #expect(spans("Name: John Smith\nAddress: 12 Kingsway\nHove BN3 4FA", "en", .address) == ["12 Kingsway\nHove BN3 4FA"])
    }

    @Test("a name that runs into the postcode (a town read as a name) neither traps nor hides the address")
    func nameIntoPostcode() {
        let text = "Please update my address to 5 Kingsway, Milton Keynes MK9 2FZ thanks."
        let result = redactor.redact(text, language: "en")
        #expect(!result.text.contains("Kingsway"))
    }

    @Test("random mixes of postcodes, names, numbers, separators and line breaks never trap")
    func noTraps() {
        let pieces = ["12", "Kingsway", ",", " ", "\n", "Hove", "BN3 4FA", "K1N 5W8", "T12 X2P6", "1015 CJ", "Amsterdam",
                      "1100-053", "Lisboa", "79002-333", "NY 10004", "25938", "Wyk", "Sarah Jones", "Flat 3", "Order No",
                      "2024", "£45", "-", "/", ":", "Address:", "Milton Keynes MK9", "0113 496 0000", "de", "Am", "9 AM"]
        var state: UInt64 = 17
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<(4 + Int(state % 9)) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int(state >> 33) % pieces.count]
                if state % 3 == 0 { text += " " }
            }
            _ = redactor.redact(text, language: "en")
        }
    }

    @Test("second review: names behind a separator, years and shop words before the street", arguments: [
        ("Hi team, parcel for Sarah Jones - 42 Kingsway, Hove BN3 4FA never came.", "en", "42 Kingsway, Hove BN3 4FA"),
        ("Seit 2015 Kunde, Am Deich 7, 25938 Wyk auf Föhr", "de", "Am Deich 7, 25938 Wyk auf Föhr"),
        ("Unsere Filiale An der Alster 12, 20099 Hamburg hat geschlossen.", "de", "An der Alster 12, 20099 Hamburg"),
    ])
    func secondReviewAddresses(text: String, language: String, expected: String) {
        #expect(spans(text, language, .address) == [expected])
    }

    @Test("second review look-alikes: times, storage sizes, car codes, seasons, weights, rooms, footers, amounts", arguments: [
        ("Opening Hours: 9 AM – 5 PM\nLeeds LS1 4AP", "en"),
        ("I bought an iPhone 15 Pro 1024 GB Black and it arrived scratched.", "en"),
        ("I want a quote for my 2019 BMW X5 5DR please.", "en"),
        ("Staffel 2, 1080 HD wird nicht abgespielt.", "de"),
        ("Lieferschein\nGewicht: 12 KG\n1015 CJ Amsterdam", "de"),
        ("Room 214\nLeeds LS2 9JT", "en"),
        ("© 2024 Acme Ltd, Leeds LS1 4AP. All rights reserved.", "en"),
        ("Refund of £45 Approved, Leeds LS1 4AP store will process it.", "en"),
    ])
    func secondReviewLookAlikes(text: String, language: String) {
        #expect(spans(text, language, .address).isEmpty)
    }
}
