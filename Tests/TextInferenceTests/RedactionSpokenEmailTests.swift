import Testing
@testable import TextInference

/// E-mail addresses spoken in words (voice transcripts), and prose with "at" and "dot" that is no address.
@Suite("Redaction: spoken e-mail addresses")
struct RedactionSpokenEmailTests {
    let redactor = RedactionTestSupport.redactor

    @Test("spoken addresses in the seven languages are e-mails", arguments: [
        ("you can reach me at anna dot berger at example dot com thanks", "en", "anna dot berger at example dot com"),
        ("mi correo es j punto ruiz arroba correo punto es", "es", "j punto ruiz arroba correo punto es"),
        ("mon adresse c'est marc point dupont arobase exemple point fr merci", "fr", "marc point dupont arobase exemple point fr"),
        ("la mail è luca underscore neri chiocciola posta punto it", "it", "luca underscore neri chiocciola posta punto it"),
        ("o email é rita ponto lopes arroba mail ponto pt", "pt", "rita ponto lopes arroba mail ponto pt"),
        ("mijn mail is pvdberg at provider punt nl", "nl", "pvdberg at provider punt nl"),
        ("meine Adresse ist k punkt wolf at example punkt de", "de", "k punkt wolf at example punkt de"),
        ("write to tom at shop dot co dot uk please", "en", "tom at shop dot co dot uk"),
    ])
    func spoken(text: String, language: String, email: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .email) == [email])
    }

    @Test("prose with at and dot words is no address", arguments: [
        "I was at the shop at noon, the dot on the screen is red",
        "look at the point of sale at example dot",
        "we met at home, point taken, dot com bubble",
    ])
    func prose(text: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: "en"), in: text, type: .email).isEmpty)
    }
}
