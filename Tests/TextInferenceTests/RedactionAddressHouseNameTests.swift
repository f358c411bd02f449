import Testing
@testable import TextInference

/// redaction-1.16.0: a unit before a house-number range, Belgian "Chaussée de …" streets, and an English house
/// name on the line before its street; and the names and places each rule must leave alone.
@Suite("Redaction 1.16.0 house names, unit ranges and chaussées")
struct RedactionAddressHouseNameTests {
    let redactor = RedactionTestSupport.redactor

    private func addresses(_ text: String, _ language: String) -> [String] {
        RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .address)
    }

    @Test("the whole address is one span", arguments: [
        ("The parcel went to Unit 12, 45-47 Pitt Street, Sydney NSW 2000 by mistake.", "en",
         "Unit 12, 45-47 Pitt Street, Sydney NSW 2000"),
        ("Please deliver to Shop 3, 10-12 King Street, Newtown NSW 2042 before noon.", "en",
         "Shop 3, 10-12 King Street, Newtown NSW 2042"),
        ("Adresse de facturation : Chaussée de Wavre 1120, 1160 Auderghem.", "fr", "Chaussée de Wavre 1120, 1160 Auderghem"),
        ("Ship to:\nMaple Cottage\n14 Church Lane\nGreat Missenden\nHP16 0AZ", "en",
         "Maple Cottage\n14 Church Lane\nGreat Missenden\nHP16 0AZ"),
    ])
    func whole(text: String, language: String, address: String) {
        #expect(addresses(text, language) == [address])
    }

    @Test("a name on the line before a house name stays out of the address")
    func nameBeforeHouseName() {
        let text = "Dear Anna Smith\nMaple Cottage\n14 Church Lane\nGreat Missenden HP16 0AZ"
        #expect(addresses(text, "en") == ["Maple Cottage\n14 Church Lane\nGreat Missenden HP16 0AZ"])
    }

    @Test("a name before a house name on the same line stays out of the address")
    func nameBeforeHouseNameOnTheLine() {
        let found = addresses("Jane Doe, Rose Cottage, 14 Church Lane, Bath BA1 1AA", "en")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("Rose Cottage, 14 Church Lane") == true)
    }

    @Test("a house word or a chaussée without a street number is no address", arguments: [
        ("We stayed at Manor Farm last summer and loved it.", "en"),
        ("Le magasin Chaussée de Wavre est fermé le dimanche.", "fr"),
    ])
    func lookAlikes(text: String, language: String) {
        #expect(addresses(text, language).isEmpty)
    }
}
