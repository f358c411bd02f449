import Testing
@testable import TextInference

/// URLs that carry a person in a path segment or query value shaped like a handle ("m.oconnor",
/// "anna.kowalski1987", "john_smith_1990", "Paulo+Mendes"), and the file names, versions, packages and
/// documentation links that share the dot or underscore but must stay.
@Suite("Redaction URL handles in paths and query values")
struct RedactionURLHandleTests {
    let redactor = RedactionTestSupport.redactor

    private func urls(_ text: String, _ language: String) -> [String] {
        RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .url)
    }

    @Test("a handle of an initial or given name and a surname in the path", arguments: [
        ("Book me at https://calendar.example.org/m.oconnor/book please", "en", ["https://calendar.example.org/m.oconnor/book"]),
        ("ecco le foto https://files.example.it/s/marco.rossi/foto.jpg ciao", "it", ["https://files.example.it/s/marco.rossi/foto.jpg"]),
        ("Lien : https://agenda.example.fr/rdv/c.dubois/reserver", "fr", ["https://agenda.example.fr/rdv/c.dubois/reserver"]),
        ("shared from https://drive.example.com/share/john_smith_1990/docs", "en", ["https://drive.example.com/share/john_smith_1990/docs"]),
        ("meu link https://loja.example.pt/lista/joao.silva88", "pt", ["https://loja.example.pt/lista/joao.silva88"]),
        ("Repo https://gitlab.example.com/sarah.connor/skynet is mine", "en", ["https://gitlab.example.com/sarah.connor/skynet"]),
    ])
    func lexiconHandles(text: String, language: String, expected: [String]) {
        #expect(urls(text, language) == expected)
    }

    @Test("any handle after a customer, wish-list or user path word", arguments: [
        ("my list: https://shop.example.com/wishlist/anna.kowalski1987 thanks", "en", ["https://shop.example.com/wishlist/anna.kowalski1987"]),
        ("zie https://portal.example.nl/klant/piet.devries voor details", "nl", ["https://portal.example.nl/klant/piet.devries"]),
        ("Mein Profil: https://forum.example.de/kunde/jonas_weber, bitte prüfen", "de", ["https://forum.example.de/kunde/jonas_weber"]),
        ("mi perfil www.example.es/cliente/qwx.zorblat/pedidos gracias", "es", ["www.example.es/cliente/qwx.zorblat/pedidos"]),
    ])
    func customerWordHandles(text: String, language: String, expected: [String]) {
        #expect(urls(text, language) == expected)
    }

    @Test("a handle or a given name and surname in a query value, and holder and recipient keys", arguments: [
        ("Card https://pay.example.com/r/123?holder=clara.hughes&amount=10", "en", ["https://pay.example.com/r/123?holder=clara.hughes&amount=10"]),
        ("rastreio https://track.example.com.br/r/55?nome_destino=Paulo+Mendes", "pt", ["https://track.example.com.br/r/55?nome_destino=Paulo+Mendes"]),
        ("voir https://colis.example.fr/suivi/9?destinataire=x", "fr", ["https://colis.example.fr/suivi/9?destinataire=x"]),
    ])
    func queryValues(text: String, language: String, expected: [String]) {
        #expect(urls(text, language) == expected)
    }

    @Test("file names, versions, packages, slugs and documentation links stay", arguments: [
        ("Docs at https://docs.example.com/v2.1/release.notes and https://cdn.example.com/js/app.min.js", "en"),
        ("Download https://example.com/downloads/setup.exe or https://example.com/index.html", "en"),
        ("Our API: https://api.example.com/v1.2/orders/status.json and https://example.com/assets/main.bundle.css", "en"),
        ("Install from https://pypi.org/project/scikit.learn/ or https://example.com/pkg/node_modules/lodash.debounce", "en"),
        ("Siehe https://hilfe.example.de/artikel/konto_loeschen und https://example.de/faq/liefer_zeiten", "de"),
        ("See https://docs.example.com/guides/john.smith and https://developer.example.com/guides/anna.kowalski", "en"),
        ("Ticket https://support.example.com/tickets/4412?ref=mail.campaign&utm_source=news.letter", "en"),
        ("Photos at https://example.com/wishlist/foto.jpg and https://example.com/klant/help.html", "en"),
        ("See https://example.com/wishlist/8842 and https://example.com/blog/2024.recap", "en"),
    ])
    func publicLinks(text: String, language: String) {
        #expect(urls(text, language).isEmpty)
    }

    @Test("the handle shape itself", arguments: [
        ("m.oconnor", false, true), ("anna.kowalski1987", false, true), ("john_smith_1990", false, true),
        ("release.notes", false, false), ("app.min.js", false, false), ("v2.1", false, false), ("index.html", false, false),
        ("qwx.zorblat", false, false), ("qwx.zorblat", true, true), ("foto.jpg", true, false), ("piet.devries.old", true, false),
    ])
    func shape(part: String, afterCustomerWord: Bool, expected: Bool) {
        #expect(URLHandleShape.isPersonal([UInt32](scalarsOf: part), afterCustomerWord: afterCustomerWord) == expected)
    }
}
