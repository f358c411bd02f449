import Testing
@testable import TextInference

/// Session 11: URLs whose path names a person as a slug ("rocio-marin-lopez", "noelia.garcia.rios"), and
/// dates of birth after a bracketed birth abbreviation ("(n. 15/03/1934)") or a bare birth noun used as a form
/// label ("nascimento=1991-06-08", "Nasc.: 21.10.1988"), with the look-alikes each rule must leave alone.
@Suite("Redaction name slugs in URLs and birth labels")
struct RedactionSlugBirthLabelTests {
    let redactor = RedactionTestSupport.redactor

    @Test("a URL path segment that spells a person's name is redacted", arguments: [
        ("Perfil: https://social.example.com/lucia.fernandez.ortega", "es"),
        ("Rechnung: https://rechnung.example.de/sehen/jonas-weber/2024-11?x=1", "de"),
        ("Lista de presentes: https://presentes.example.pt/lista/ana-sousa-e-pedro-costa", "pt"),
        ("Pagina: https://example.it/invito/giulia-rossi-bianchi", "it"),
    ])
    func nameSlugs(text: String, language: String) {
        let result = redactor.redact(text, language: language)
        #expect(RedactionTestSupport.spans(result, in: text, type: .url).count == 1)
    }

    @Test("slugs of products, places and articles stay", arguments: [
        ("See https://shop.example.com/calvin-klein-jeans for jeans.", "en"),
        ("Read https://example.com/blog/maria-callas-biography today.", "en"),
        ("Colour: https://example.com/products/rose-gold-watch", "en"),
        ("Route: https://example.com/travel/paris-london-train", "en"),
        ("Notes: https://example.com/release/v2.1.0-beta", "en"),
        ("Tour: https://example.com/tours/santa-maria-novella", "it"),
    ])
    func slugLookAlikes(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .url).isEmpty)
    }

    @Test("a bracketed birth abbreviation or a birth label before a date", arguments: [
        ("Óbito: o titular Joaquim Rebelo (n. 15/03/1934) faleceu.", "pt", ["15/03/1934"]),
        ("Opa Heinz (* 03.02.1941) ist verstorben.", "de", ["03.02.1941"]),
        ("The late owner (b. 12.04.1950) signed it.", "en", ["12.04.1950"]),
        ("Il signor Bruno (n. 2/7/1948) è deceduto.", "it", ["2/7/1948"]),
        ("Cadastro\nnascimento=1991-06-08\ncriado=2023-11-02", "pt", ["1991-06-08"]),
        ("Ficha\nNasc.: 21.10.1988\nCliente desde 2011", "pt", ["21.10.1988"]),
        ("Formulaire\nNaissance : 04/05/1979", "fr", ["04/05/1979"]),
        ("Geboorte: 12-03-1990", "nl", ["12-03-1990"]),
    ])
    func birthLabels(text: String, language: String, dates: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .dateOfBirth) == dates)
    }

    @Test("numbers and birth words in running text stay", arguments: [
        ("Fattura n. 12/2023 del 03/04/2023 pagata.", "it"),
        ("Vedi (n. 12/2023) per dettagli.", "it"),
        ("A certidão de nascimento foi emitida em 2020-01-03.", "pt"),
        ("Birth certificate issued 2020-01-03.", "en"),
        ("Le faire-part de naissance est arrivé le 12/03/2024.", "fr"),
        ("Artikel (n. 4411) kostet 12,99 €.", "de"),
    ])
    func birthLookAlikes(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .dateOfBirth).isEmpty)
    }
}
