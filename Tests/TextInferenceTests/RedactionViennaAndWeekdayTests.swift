import Testing
@testable import TextInference

/// A Viennese place adjective before a compound street name belongs to the address ("Wiedner Hauptstraße
/// 63/2/14"); a German weekday or time word after "Am" is no street ("Am Dienstag gegen 17:30").
@Suite("Redaction: Viennese street adjectives and German time words after Am")
struct RedactionViennaAndWeekdayTests {
    let redactor = RedactionTestSupport.redactor

    private func addresses(_ text: String, _ language: String) -> [String] {
        RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .address)
    }

    @Test("the place adjective is part of the street", arguments: [
        ("Neue Adresse: Wiedner Hauptstraße 63/2/14, 1040 Wien", "de", ["Wiedner Hauptstraße 63/2/14, 1040 Wien"]),
        ("Lieferadresse: Landstraßer Hauptstraße 71/2/14, 1030 Wien", "de", ["Landstraßer Hauptstraße 71/2/14, 1030 Wien"]),
    ])
    func viennese(text: String, language: String, expected: [String]) {
        #expect(addresses(text, language) == expected)
    }

    @Test("a weekday or time word after Am is no street", arguments: [
        "Schadenmeldung: Am Dienstag gegen 17:30 ist mir beim Ausparken etwas passiert.",
        "Am Montag 12 Pakete erhalten, alle beschädigt.",
        "Am Wochenende 3 Anrufe, keiner ging durch.",
        "Am Donnerstagabend 2 Anrufe, keiner ging durch.",
    ])
    func weekdays(text: String) {
        #expect(addresses(text, "de").isEmpty)
    }

    @Test("streets after Am stay addresses")
    func streets() {
        #expect(addresses("Bitte an: Am Markt 17, 12345 Berlin", "de") == ["Am Markt 17, 12345 Berlin"])
    }
}
