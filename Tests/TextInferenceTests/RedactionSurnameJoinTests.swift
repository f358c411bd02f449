import Testing
@testable import TextInference

/// Session 11: Iberian "e"/"y" between two known surnames, the elided Dutch
/// article after a particle in a surname field, and given names added to the lexicon (Turkish, Maghrebi,
/// Lusophone), with the look-alikes each rule must leave alone.
@Suite("Redaction surname joins, elided particles and added given names")
struct RedactionSurnameJoinTests {
    let redactor = RedactionTestSupport.redactor

    @Test("names", arguments: [
        ("Cadastro\nnome=Bruno Sousa e Silva\nnascimento=1990", "pt", ["Bruno Sousa e Silva"]),
        ("Falei com o Rui Pereira e Costa sobre a fatura.", "pt", ["Rui Pereira e Costa"]),
        ("Chamada: Adilson Mbemba ligou duas vezes.", "pt", ["Adilson Mbemba"]),
        ("Achternaam: van 't Veld\nE-mail volgt", "nl", ["van 't Veld"]),
        ("Das Konto gehört meinem Mann Cem Aksoy, nicht mir.", "de", ["Cem Aksoy"]),
        ("Auteur : Rachida Mansouri, cliente depuis 2019", "fr", ["Rachida Mansouri"]),
    ])
    func names(text: String, language: String, names: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person) == names)
    }

    @Test("two people joined by e stay two names, a shop name stays", arguments: [
        ("Falei com a Ana Costa e Pedro Lima ontem.", "pt", ["Ana Costa", "Pedro Lima"]),
        ("A loja Sousa e Filhos fechou.", "pt", [String]()),
        ("Paolo Conti da Firenze ha chiamato.", "it", ["Paolo Conti"]),
    ])
    func lookAlikes(text: String, language: String, names: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person) == names)
    }
}
