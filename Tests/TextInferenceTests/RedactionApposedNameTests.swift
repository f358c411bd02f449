import Testing
@testable import TextInference

/// A writer's name in apposition after "contact me," and two capitalised words after a bare "name" that follows a
/// comma.
@Suite("Redaction: apposed names and bare 'name' before capitals")
struct RedactionApposedNameTests {
    let redactor = RedactionTestSupport.redactor

    private func names(_ text: String, _ language: String) -> [String] {
        RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person)
    }

    @Test("a name after 'contact me,'")
    func contactMe() {
        #expect(names("If anything is unclear, contact me, Oyelaran Adebisi, by e-mail.", "en") == ["Oyelaran Adebisi"])
    }

    @Test("two capitalised words after a bare 'name' that close the clause")
    func bareName() {
        #expect(names("Refund for order 5512, name Tegwen Prosser. Thanks.", "en") == ["Tegwen Prosser"])
    }

    @Test("a bare 'name' before a non-name stays")
    func bareNameNonName() {
        #expect(names("Refund for order 5512, name Customer Service.", "en").isEmpty)
    }
}
