import Testing
@testable import TextInference

/// URLs carrying identity numbers in their query, a customer's hyphenated name after a customer word, an elided
/// surname particle in a name slug, or a shared file's id; and the public page names that stay.
@Suite("Redaction: identity numbers, customer slugs and file ids in URLs")
struct RedactionURLIdentityTests {
    let redactor = RedactionTestSupport.redactor

    private func urls(_ text: String) -> [String] {
        RedactionTestSupport.spans(redactor.redact(text, language: "en"), in: text, type: .url)
    }

    @Test("the URL is redacted", arguments: [
        "El enlace https://example.es/pedido/8812?dni=12345678Z no abre.",
        "O link https://example.com.br/cadastro?cpf=123.456.789-09 dá erro.",
        "Zie https://example.nl/klant/jansen-pieter/facturen voor de facturen.",
        "calendar: https://calendar.example.com/book/sarah-o-connor/30min",
        "https://drive.example.com/file/d/1AbCdEfGhIjKlMnOpQrStUvWxYz/view?usp=sharing is the shared folder",
    ])
    func redacted(text: String) {
        #expect(urls(text).count == 1)
    }

    @Test("public pages stay", arguments: [
        "Book at https://example.com/booking/new-york today.",
        "See https://example.com/calendar/next-week for the dates.",
        "Ga naar https://example.nl/klant/nieuw-account om te registreren.",
        "Video: https://video.example.com/watch?v=dQw4w9WgXcQ",
        "Docs: https://example.com/docs/getting-started-with-the-api-v2",
    ])
    func kept(text: String) {
        #expect(urls(text).isEmpty)
    }
}
