import Testing
@testable import TextInference

/// Freephone and shared-cost service numbers of companies are no personal data; personal numbers that share
/// their leading digits stay phones.
@Suite("Redaction: freephone service numbers")
struct RedactionFreephoneTests {
    let redactor = RedactionTestSupport.redactor

    private func phones(_ text: String, _ language: String) -> [String] {
        RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .phone)
    }

    @Test("service numbers stay", arguments: [
        ("Your hotline 1-800-555-0199 kept me on hold for an hour.", "en"),
        ("I called (888) 555-0123 twice.", "en"),
        ("Die Hotline 0800 330 2211 ist nie erreichbar.", "de"),
        ("J'ai appelé le 0 805 12 34 56 sans réponse.", "fr"),
        ("Llamé al 900 123 456 y nadie contesta.", "es"),
        ("Ho chiamato il numero verde 800 123 456.", "it"),
        ("Liguei para o 808 200 300 e desligaram.", "pt"),
        ("Ik heb 0800-0123 gebeld.", "nl"),
        ("Called +44 800 123 4567 from abroad.", "en"),
    ])
    func serviceNumbers(text: String, language: String) {
        #expect(phones(text, language).isEmpty)
    }

    @Test("personal numbers with similar digits stay phones", arguments: [
        ("Call me on (85) 5555-3017, please.", "pt", "(85) 5555-3017"),
        ("My cell is 858-201-3344.", "en", "858-201-3344"),
        ("Mein Handy: 0171 8002 345", "de", "0171 8002 345"),
        ("Il mio cellulare è 380 012 3456.", "it", "380 012 3456"),
        ("This is Chioma, my number is 08031234567.", "en", "08031234567"),
        ("Rufen Sie mich an: 08022 123456", "de", "08022 123456"),
        ("Bel me op 080 33 12 34.", "nl", "080 33 12 34"),
    ])
    func personalNumbers(text: String, language: String, phone: String) {
        #expect(phones(text, language) == [phone])
    }
}
