import Testing
@testable import TextInference

/// Lower-case chat and transcript names keep their surname particles ("ruud ter steege"), a short heading may open
/// the line before a greeting and a self-introduction ("Trascrizione: salve sono …"), and a word after a particle that
/// a number follows names the thing numbered ("matheus do pedido 77412").
@Suite("Redaction: lower-case names with particles")
struct RedactionLowercaseParticleNameTests {
    let redactor = RedactionTestSupport.redactor

    private func names(_ text: String, _ language: String) -> [String] {
        RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person)
    }

    @Test("a particle between lower-case name words stays in the name")
    func particle() {
        #expect(names("mijn naam is joost van der meulen en ik heb een vraag", "nl") == ["joost van der meulen"])
    }

    @Test("a heading that opens the line before the greeting and the introduction")
    func heading() {
        #expect(names("Messaggio vocale: buongiorno sono carmela lo russo volevo sapere della fattura", "it")
                == ["carmela lo russo"])
    }

    @Test("a word after a particle that a number follows is no surname")
    func numbered() {
        #expect(names("oi aqui é o rodrigo do pedido 55120 ainda não chegou", "pt") == ["rodrigo"])
    }
}
