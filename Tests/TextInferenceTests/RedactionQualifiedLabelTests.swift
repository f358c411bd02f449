import Testing
@testable import TextInference

/// redaction-1.7.0: a password label with a qualifier before its copula ("Passwort für das Portal lautet x"),
/// transcript turns labelled with a role word ("Operatore: Mi scusi"), titles before a signature name
/// ("Avv. …"), indefinite namings of a third party ("um tal de …", "ene …") and a unit before a building
/// name ("Flat 4, Linden House, 9 Mill Lane") and a Brazilian neighbourhood between the house number and the
/// city with its state ("…, 595, Cerqueira César, São Paulo - SP, 01414-001").
@Suite("Redaction 1.7.0 qualified password labels, transcript turns, signature titles and unit-first buildings")
struct RedactionQualifiedLabelTests {
    let redactor = RedactionTestSupport.redactor

    @Test("a password after a qualified label and copula is redacted", arguments: [
        ("Das Passwort für den Testzugang lautet Zugspitze#88, bitte danach ändern.", "de", ["Zugspitze#88"]),
        ("Le mot de passe de la borne Wi-Fi est Marée&Vent_12.", "fr", ["Marée&Vent_12"]),
        ("A senha do portal de testes é Pitanga!7Azul, obrigado.", "pt", ["Pitanga!7Azul"]),
        ("The password for the staging account is Hazel*2031 until Monday.", "en", ["Hazel*2031"]),
    ])
    func secrets(text: String, language: String, secrets: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .secret) == secrets)
    }

    @Test("plain words after a qualified password label stay", arguments: [
        ("The password for my account is not accepted any more.", "en"),
        ("Das Passwort für das Portal ist abgelaufen.", "de"),
    ])
    func noSecrets(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .secret).isEmpty)
    }

    @Test("speech after a role-word turn label and titles before a signature are no names", arguments: [
        ("Cliente: ho un problema\nOperatore: Mi scusi per l'attesa.", "it"),
        ("Klant: hallo\nMedewerker: Vervelend dat het zo lang duurt.", "nl"),
        ("Agente: Lo lamento mucho, lo reviso ahora.", "es"),
    ])
    func noNames(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person).isEmpty)
    }

    @Test("names after a signature title and after indefinite namings are redacted", arguments: [
        ("Distinti saluti,\n\nAvv. Ottavia Lanzillotta\nStudio Legale", "it", ["Ottavia Lanzillotta"]),
        ("O motoboy, um tal de Claudionor, deixou na portaria.", "pt", ["Claudionor"]),
        ("De monteur, ene Sjoerd, kwam pas om vier uur.", "nl", ["Sjoerd"]),
    ])
    func names(text: String, language: String, names: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person) == names)
    }

    @Test("a unit before a building name belongs to the address, not after a name on the line", arguments: [
        ("Send it to: Flat 4, Linden House, 9 Mill Lane, Leeds LS6 2AB", "en", "Flat 4, Linden House, 9 Mill Lane, Leeds LS6 2AB"),
        ("Entregar na Rua Haddock Lobo 595, Cerqueira César, São Paulo - SP, 01414-001 amanhã.", "pt",
         "Rua Haddock Lobo 595, Cerqueira César, São Paulo - SP, 01414-001"),
        ("Mr. Osric Pembleton Flat 3 Linden House, 9 Mill Lane, Leeds LS6 2AB", "en", "9 Mill Lane, Leeds LS6 2AB"),
    ])
    func addresses(text: String, language: String, address: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .address) == [address])
    }
}
