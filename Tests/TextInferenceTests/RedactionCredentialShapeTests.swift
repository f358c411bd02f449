import Testing
@testable import TextInference

/// Credentials by shape next to their cue: "address / password" logins, hyphenated licence keys after a key word,
/// generated passwords right after the label, German compound labels, digit codes after "passcode"/"Geheimzahl";
/// and the look-alikes that stay (orders, UUIDs, a second address, label words without a value).
@Suite("Redaction: credential shapes")
struct RedactionCredentialShapeTests {
    let redactor = RedactionTestSupport.redactor

    private func secrets(_ text: String, _ language: String) -> [String] {
        RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .secret)
    }

    @Test("credentials by shape", arguments: [
        ("Login geht nicht: k.wagner@example.net / Herbst2025! seit gestern", "de", ["Herbst2025!"]),
        ("user ana@example.com | Mar#2024azul", "es", ["Mar#2024azul"]),
        ("Il programma chiede la licenza. La chiave è QX7-4KP2-88TR-M3ZL-9WQA.", "it", ["QX7-4KP2-88TR-M3ZL-9WQA"]),
        ("My product key is VK7JG-NPHTM-C97JM-9MPGT-3V66T and it says invalid.", "en", ["VK7JG-NPHTM-C97JM-9MPGT-3V66T"]),
        ("TeamViewer ID 1 234 567 890, password 4k9xq2", "en", ["4k9xq2"]),
        ("Mein Kundenkennwort lautet Sonnenblume77, bitte ändern.", "de", ["Sonnenblume77"]),
        ("Meine Geheimzahl ist 4821.", "de", ["4821"]),
        ("Passcode 7719 for the side door.", "en", ["7719"]),
    ])
    func credentials(text: String, language: String, expected: [String]) {
        #expect(secrets(text, language) == expected)
    }

    @Test("look-alikes stay", arguments: [
        ("Order ORD-2024-ABCD-1234 arrived broken, key part missing.", "en"),
        ("The key part of order ORD-2024-ABCD-1234 is missing.", "en"),
        ("Contact ana@example.com / Berlin2024 office", "en"),
        ("ana@example.com/iPhone15 sync fails", "en"),
        ("Request id 3f2a9c1e-5b7d-4e2a-9c1b-7d6e5f4a3b2c failed.", "en"),
        ("Send it to ana@example.com / or to the office.", "en"),
        ("Copy ana@example.com / ben@example.com please.", "en"),
        ("I forgot my password again, can you reset it?", "en"),
        ("The password field shows error E4012 after the v2 update.", "en"),
        ("Die Geheimzahl habe ich vergessen.", "de"),
        ("My product key is missing from the box.", "en"),
    ])
    func lookAlikes(text: String, language: String) {
        #expect(secrets(text, language).isEmpty)
    }
}
