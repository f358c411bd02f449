import Testing
@testable import TextInference

/// Names after the role and kin words, labels and phone phrases added in session 13: tenants, owners, accountants,
/// caretakers, "père"/"mère", Dutch "tenaamstelling", "my details:" labels, "u spreekt met", the "Ma."/"Md."
/// abbreviations of given names and a month given name after a relation cue.
@Suite("Redaction: role words, labels and name abbreviations")
struct RedactionRoleAndLabelCueTests {
    let redactor = RedactionTestSupport.redactor

    private func names(_ text: String, _ language: String) -> [String] {
        RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person)
    }

    @Test("a name after a role or kin word", arguments: [
        ("Please send the keys to the tenant Laura Whitfield before noon.", "en", ["Laura Whitfield"]),
        ("De eigenaar Sanne Verbruggen tekent het contract.", "nl", ["Sanne Verbruggen"]),
        ("Le comptable Olivier Renaud a reçu la facture.", "fr", ["Olivier Renaud"]),
        ("Merci d'écrire à notre mère Josiane Lefort pour le contrat.", "fr", ["Josiane Lefort"]),
        ("O proprietário Joaquim Barros vai estar em casa.", "pt", ["Joaquim Barros"]),
    ])
    func roleNames(text: String, language: String, expected: [String]) {
        #expect(names(text, language) == expected)
    }

    @Test("labels that name an account's holder or the writer's details", arguments: [
        ("De tenaamstelling Femke Dijkstra klopt niet.", "nl", ["Femke Dijkstra"]),
        ("Mijn gegevens: Lotte Peeters, Stationsstraat 4, 2000 Antwerpen.", "nl", ["Lotte Peeters"]),
        ("Mis datos: Lucía Herrero, calle Mayor 8, Madrid.", "es", ["Lucía Herrero"]),
    ])
    func labels(text: String, language: String, expected: [String]) {
        #expect(names(text, language) == expected)
    }

    @Test("the Dutch phone phrase 'u spreekt met' before a lower-case name")
    func speakingWith() {
        #expect(names("goedemiddag u spreekt met sanne de wit ik bel over de rekening", "nl") == ["sanne de wit"])
    }

    @Test("'Ma.' and 'Md.' open a name as an initial does", arguments: [
        ("Please add my wife Ma. Teresa Lopez to the plan.", "en", ["Ma. Teresa Lopez"]),
        ("Mia moglie Ma. Elena Santos vuole il contratto.", "it", ["Ma. Elena Santos"]),
    ])
    func abbreviations(text: String, language: String, expected: [String]) {
        #expect(names(text, language) == expected)
    }

    @Test("a month that is also a given name after a relation cue")
    func monthGivenName() {
        #expect(names("De rekening staat op naam van mijn vrouw, Mei Hua Lin, sinds maart.", "nl") == ["Mei Hua Lin"])
    }

    @Test("a short word in capitals before a hyphen and digits is an identifier, not a name", arguments: [
        ("O contrato é o CT-88012 e não mudou.", "pt"),
        ("O pedido é o BR-4471 de ontem.", "pt"),
    ])
    func identifierPrefix(text: String, language: String) {
        #expect(names(text, language).isEmpty)
    }
}
