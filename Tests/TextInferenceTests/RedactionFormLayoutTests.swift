import Testing
@testable import TextInference

/// Addresses and dates of birth laid out as in forms and transcripts: house-number suffixes,
/// floor marks, hyphenated street names and answers on the next line.
@Suite("Redaction form layouts")
struct RedactionFormLayoutTests {
    let redactor = RedactionTestSupport.redactor

    @Test("house-number suffixes, ordinal floor marks and hyphenated street names stay in the address", arguments: [
        ("Nieuw adres:\nBloemgracht 88 bis\n1015 TL Amsterdam\nGraag bevestigen.", "nl", "Bloemgracht 88 bis\n1015 TL Amsterdam"),
        ("Morada: Rua do Almada 12, 3.º Dto.\n4050-036 Porto", "pt", "Rua do Almada 12, 3.º Dto.\n4050-036 Porto"),
        ("Livré au 3 rue du Faubourg Saint-Antoine, 75011 Paris hier.", "fr", "3 rue du Faubourg Saint-Antoine, 75011 Paris"),
    ])
    func addresses(text: String, language: String, address: String) {
        let result = redactor.redact(text, language: language)
        #expect(RedactionTestSupport.spans(result, in: text, type: .address) == [address])
    }

    @Test("a date of birth answered on the next line, after a speaker label")
    func nextLineBirthDate() {
        let text = "Operatore: mi conferma la data di nascita?\nCliente: 9 ottobre 1973"
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: "it"), in: text, type: .dateOfBirth) == ["9 ottobre 1973"])
    }

    @Test("a date on the next line is no birth date when the cue line goes on or the next line is not an answer", arguments: [
        "Date of birth unknown\nOrder date: 2024-03-01", "DOB:\nOrder 2024-03-01 shipped",
    ])
    func nextLineNegatives(text: String) {
        #expect(redactor.redact(text, language: "en").entities.filter { $0.type == .dateOfBirth }.isEmpty)
    }
}
