import Testing
@testable import TextInference

/// Birth years before "geboren" and after "classe"/"Jahrgang", and spoken birth dates with Spanish teens and Italian
/// compound tens ("dieciocho", "sessantotto").
@Suite("Redaction: birth year shapes and spoken numbers")
struct RedactionBirthYearShapeTests {
    let redactor = RedactionTestSupport.redactor

    private func births(_ text: String, _ language: String) -> [String] {
        RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .dateOfBirth)
    }

    @Test("bare birth years", arguments: [
        ("Mein Sohn ist 2011 geboren und braucht ein eigenes Konto.", "de", ["2011"]),
        ("Mio nonno, classe 1941, non usa la app.", "it", ["1941"]),
        ("Meine Mutter, Jahrgang 1948, hat kein Smartphone.", "de", ["1948"]),
    ])
    func years(text: String, language: String, expected: [String]) {
        #expect(births(text, language) == expected)
    }

    @Test("'classe' takes only a bare year")
    func classeOnlyYear() {
        #expect(births("Volo in classe economica il 12/03/2024, posto 14C.", "it").isEmpty)
    }

    @Test("spoken dates with teens and compound tens", arguments: [
        ("nací el diecisiete de mayo del noventa y dos", "es", ["diecisiete de mayo del noventa y dos"]),
        ("sono nata il tre marzo del settantadue", "it", ["tre marzo del settantadue"]),
        ("sono nato il cinque aprile del settantaquattro", "it", ["cinque aprile del settantaquattro"]),
    ])
    func spoken(text: String, language: String, expected: [String]) {
        #expect(births(text, language) == expected)
    }
}
