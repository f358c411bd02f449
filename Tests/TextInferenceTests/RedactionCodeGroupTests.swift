import Testing
@testable import TextInference

/// Digit groups that continue a code (an IBAN with letters in its groups, a tracking number) are no
/// phone numbers, and a version string after a birth cue is no date of birth.
@Suite("Redaction: code groups and versions")
struct RedactionCodeGroupTests {
    let redactor = RedactionTestSupport.redactor

    @Test("no phone number inside an IBAN whose groups hold letters, valid or not", arguments: [
        ("L'IBAN IT72 D114 0502 1471 8657 8904 955 indicato è sbagliato.", "it"),
        ("Het IBAN NL30 TRIO 0349 2314 55 in jullie brief klopt niet.", "nl"),
        ("Die IBAN DE12 ABCD 0151 2345 6789 ist falsch.", "de"),
    ])
    func ibanWithLetters(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .phone).isEmpty)
    }

    @Test("digit groups that continue a code announced by a reference cue are no phone", arguments: [
        ("tracking 1Z 999 AA1 01 2345 6784 hasn't moved since Monday", "en"),
        ("Die Sendung JJD 0151 2345 6789 hängt seit Tagen.", "de"),
        ("Le colis 6A 06 12 34 56 78 est bloqué.", "fr"),
        ("il corriere ha lasciato il pacco BRT 0800 4412 9931 davanti al cancello", "it"),
    ])
    func trackingCodes(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .phone).isEmpty)
    }

    @Test("the same numbers after an ordinary word or a cue stay phone numbers", arguments: [
        ("Call me on 020 7946 0958 after six.", "en", "020 7946 0958"),
        ("Mein Handy: 0151 2345 6789, danke.", "de", "0151 2345 6789"),
        ("Appelez le 06 12 34 56 78 demain.", "fr", "06 12 34 56 78"),
        ("Bel me op 06 1234 5678 graag.", "nl", "06 1234 5678"),
        ("Flat 2, London SW1A 2AA 020 7946 0958", "en", "020 7946 0958"),
        ("Wimbledon SW19 07700 900123 is my mobile", "en", "07700 900123"),
    ])
    func phonesStay(text: String, language: String, phone: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .phone) == [phone])
    }

    @Test("a one-digit third number after a birth cue is a version, not a date of birth", arguments: [
        ("Votre formulaire refuse ma date de naissance. Version de l'appli : 7.2.5.", "fr"),
        ("Das Geburtsdatum geht nicht, App 4.1.2 stürzt ab.", "de"),
    ])
    func versionAfterBirthCue(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .dateOfBirth).isEmpty)
    }

    @Test("birth dates with two- and four-digit years stay", arguments: [
        ("Date de naissance : 7.2.85, merci.", "fr", "7.2.85"),
        ("Geburtsdatum: 7.2.1985", "de", "7.2.1985"),
        ("born 1990-6-8 in Leeds", "en", "1990-6-8"),
    ])
    func birthDatesStay(text: String, language: String, date: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .dateOfBirth) == [date])
    }
}
