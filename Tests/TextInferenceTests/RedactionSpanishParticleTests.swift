import Testing
@testable import TextInference

/// redaction-1.10.1: the Spanish particle pairs "de los" and "de las" inside a surname ("José María de los
/// Santos", "Ana de las Heras"), like "de la" and "del" before them.
@Suite("Redaction 1.10.1 Spanish particle pairs de los / de las")
struct RedactionSpanishParticleTests {
    let redactor = RedactionTestSupport.redactor

    @Test("a name with de los / de las keeps its surname", arguments: [
        ("Hola, mi nombre es José María de los Santos y no reconozco el cargo.", "es", ["José María de los Santos"]),
        ("Soy Ana de las Heras, llamo por la factura.", "es", ["Ana de las Heras"]),
    ])
    func particlePairs(text: String, language: String, names: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person) == names)
    }

    @Test("los / las before lower-case words are not swallowed into a name", arguments: [
        ("Soy Ana Torres, los dos pedidos llegaron rotos.", "es", ["Ana Torres"]),
        ("Hola, soy Pablo Ruiz y las cajas no llegaron.", "es", ["Pablo Ruiz"]),
    ])
    func plainArticles(text: String, language: String, names: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person) == names)
    }
}
