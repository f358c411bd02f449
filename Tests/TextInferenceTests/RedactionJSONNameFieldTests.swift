import Testing
@testable import TextInference

/// Names in the string values of JSON person keys (``JSONNameFields``); generic keys such as "name" need a known name.
@Suite("Redaction: JSON person fields")
struct RedactionJSONNameFieldTests {
    let redactor = RedactionTestSupport.redactor

    private func names(_ text: String, _ language: String) -> [String] {
        RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person)
    }

    @Test("values of person keys", arguments: [
        (#"{"id": "K-1", "prenom": "Ophélie", "ville": "Lyon"}"#, "fr", ["Ophélie"]),
        (#"{"first_name": "Tobiah", "plan": "basic"}"#, "en", ["Tobiah"]),
        (#"{"cognome": "Quagliarella", "cap": "80100"}"#, "it", ["Quagliarella"]),
    ])
    func personKeys(text: String, language: String, expected: [String]) {
        #expect(names(text, language) == expected)
    }

    @Test("a generic key with a product or company value stays", arguments: [
        (#"{"name": "Premium Plan", "price": "9.99"}"#, "en"),
        (#"{"customer": "Acme Logistics", "tier": "gold"}"#, "en"),
    ])
    func genericKeys(text: String, language: String) {
        #expect(names(text, language).isEmpty)
    }
}
