import Testing
@testable import TextInference

/// redaction-1.10.2: SendGrid, Stripe publishable and GitLab keys; a password a few words after its label
/// ("la password nuova x", "wachtwoord voor de beheeromgeving, x"); "palavra-passe"; user-profile paths and access
/// query keys in the seven languages.
@Suite("Redaction 1.10.2 vendor keys, passwords later in the clause, localised profile paths")
struct RedactionVendorKeyClauseTests {
    let redactor = RedactionTestSupport.redactor

    @Test("vendor keys are secrets", arguments: [
        ("Notre clé SG.aB3dE5fG7hJ9kL.mN1pQ3rS5tU7vW9xY1zA3 a fuité.", "fr", "SG.aB3dE5fG7hJ9kL.mN1pQ3rS5tU7vW9xY1zA3"),
        ("Onze key pk_live_7Hq2Lx9Tn4Wz8Vb3Mc6K staat in de app", "nl", "pk_live_7Hq2Lx9Tn4Wz8Vb3Mc6K"),
        ("Token glpat-Ab12Cd34Ef56Gh78Ij90 wurde geleakt", "de", "glpat-Ab12Cd34Ef56Gh78Ij90"),
    ])
    func vendorKeys(text: String, language: String, key: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .secret) == [key])
    }

    @Test("look-alikes of vendor keys stay", arguments: [
        ("Model SG.2 is sold out, try SG.3 instead.", "en"),
        ("The pk_live_ prefix is for publishable keys.", "en"),
        ("Our glpat- tokens expire after 30 days.", "en"),
    ])
    func vendorLookAlikes(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .secret).isEmpty)
    }

    @Test("a password a few words after its label is a secret", arguments: [
        ("ho messo la password nuova Pino_Verde#2031 ma non entra", "it", "Pino_Verde#2031"),
        ("Ons wachtwoord voor de beheeromgeving, Tulp!Haarlem_42, is gelekt.", "nl", "Tulp!Haarlem_42"),
        ("A minha palavra-passe Gaivota#Tejo_88 foi partilhada.", "pt", "Gaivota#Tejo_88"),
        ("I typed the password for my old laptop, Kettle$Moor_19, into the chat.", "en", "Kettle$Moor_19"),
    ])
    func passwordLaterInClause(text: String, language: String, secret: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .secret) == [secret])
    }

    @Test("order and ticket numbers after a password label stay", arguments: [
        ("Password reset for order #WX-4039A17 failed twice.", "en"),
        ("Das Passwort für Bestellung AB_2025-771 geht nicht.", "de"),
        ("password reset for my account, ticket TCK_88120 open", "en"),
        ("I forgot the password for my router TP-Link_Archer_C6 again", "en"),
    ])
    func orderNumbersStay(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .secret).isEmpty)
    }

    @Test("a profile path or access key in another language makes a URL personal", arguments: [
        ("De link https://mijn.example.nl/profiel/piet.jansen/documenten kan iedereen openen", "nl",
         "https://mijn.example.nl/profiel/piet.jansen/documenten"),
        ("Il link https://fatture.example.it/utenti/marco.neri/fattura non è privato", "it",
         "https://fatture.example.it/utenti/marco.neri/fattura"),
        ("Der Link https://portal.example.de/start?zugang=Hk29Lq81 läuft ab", "de", "https://portal.example.de/start?zugang=Hk29Lq81"),
        ("Zie https://mijn.example.nl/factuur?klant=piet.jansen voor de factuur", "nl", "https://mijn.example.nl/factuur?klant=piet.jansen"),
    ])
    func profilePaths(text: String, language: String, url: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .url) == [url])
    }

    @Test("a public help page with such words elsewhere stays", arguments: [
        ("Siehe https://www.example.de/hilfe/profil zur Anleitung.", "de"),
        ("Zie https://www.example.nl/klanten/ voor info.", "nl"),
        ("I searched https://www.google.com/search?client=firefox-b-d&q=router first.", "en"),
        ("Download https://zoom.us/client/latest/ZoomInstallerFull.msi again.", "en"),
    ])
    func publicPages(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .url).isEmpty)
    }
}
