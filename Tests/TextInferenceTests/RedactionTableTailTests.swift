import Testing
@testable import TextInference

/// Pasted tables: postcode and town columns right after an address column finish the address, birth columns headed
/// "f_nacimiento" or "geboren", and an international phone followed by a comma and the next cell.
@Suite("Redaction: table address tails, birth headers and phone cells")
struct RedactionTableTailTests {
    let redactor = RedactionTestSupport.redactor

    private func spans(_ text: String, _ language: String, _ type: EntityType) -> [String] {
        RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: type)
    }

    @Test("postcode and town columns after an address column", arguments: [
        ("Nachname;Vorname;Straße;PLZ;Ort\nBrandt;Ilse;Lindenweg 4;24103;Kiel", "de", ["Lindenweg 4;24103;Kiel"]),
        ("cognome;nome;indirizzo;cap;città\nFerri;Aldo;Via Roma 12;40121;Bologna", "it", ["Via Roma 12;40121;Bologna"]),
    ])
    func addressTail(text: String, language: String, expected: [String]) {
        #expect(spans(text, language, .address) == expected)
    }

    @Test("birth columns headed f_nacimiento and geboren", arguments: [
        ("nombre,f_nacimiento\nMarta,12/05/1979", "es", ["12/05/1979"]),
        ("voornaam,geboren\nDirk,03-11-1968", "nl", ["03-11-1968"]),
    ])
    func birthHeaders(text: String, language: String, expected: [String]) {
        #expect(spans(text, language, .dateOfBirth) == expected)
    }

    @Test("an international phone before a comma and the next cell")
    func phoneCell() {
        let text = "id,phone,dob\n7,+44 20 7946 0321,1990-02-11"
        #expect(spans(text, "en", .phone) == ["+44 20 7946 0321"])
    }

    @Test("a decimal amount after a number without a plus stays whole")
    func amount() {
        #expect(spans("Total 1 234,56 EUR", "de", .phone).isEmpty)
    }
}
