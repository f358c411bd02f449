import Testing
@testable import TextInference

/// One-time, verification and recovery codes after their cue, PINs behind an article, and new passwords after a
/// change verb; and the numbers near such words that stay (orders, amounts, durations, years, dates).
@Suite("Redaction: one-time codes and changed passwords")
struct RedactionOneTimeCodeTests {
    let redactor = RedactionTestSupport.redactor

    private func secrets(_ text: String, _ language: String) -> [String] {
        RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .secret)
    }

    @Test("a code after a verification cue is a secret", arguments: [
        ("The one-time code you sent was 552193 but it expired.", "en", ["552193"]),
        ("verification code 731 904, please hurry", "en", ["731 904"]),
        ("Der Bestätigungscode war 884213, die SMS kam zu spät.", "de", ["884213"]),
        ("Le code de vérification reçu par SMS : 604 217.", "fr", ["604 217"]),
        ("El código de verificación fue 390812.", "es", ["390812"]),
        ("Il codice OTP che mi è arrivato è 218 554.", "it", ["218 554"]),
        ("De verificatiecode was 445-120.", "nl", ["445-120"]),
    ])
    func codes(text: String, language: String, expected: [String]) {
        #expect(secrets(text, language) == expected)
    }

    @Test("every recovery code of a list is a secret")
    func recoveryCodes() {
        #expect(secrets("Recovery codes: 8f3k-2m9q p7x2-n4c8, keep them safe", "en") == ["8f3k-2m9q", "p7x2-n4c8"])
        #expect(secrets("Meine Backup-Codes: 55120934 77812311", "de") == ["55120934", "77812311"])
    }

    @Test("numbers near a code cue that are no code stay", arguments: [
        ("I never got the verification code, my order 40011872 is stuck.", "en"),
        ("The verification code expired after 1000 seconds.", "en"),
        ("I requested a one-time code in 2023 and never used it.", "en"),
        ("The confirmation code expires 2024-05-01 at noon.", "en"),
        ("O código de confirmação chegou 12-05-24, tarde demais.", "pt"),
        ("j'ai pas reçu le code de confirmation sur mon 07 55 98 12 40", "fr"),
        ("Sicherheitscode fehlt, Bestellnummer 300-4471188.", "de"),
        ("Le code de sécurité coûte 1299 € de plus ?", "fr"),
        ("No me llega el código de verificación, pedido 77120093.", "es"),
        ("Recovery codes were printed but lost; case CASE-44120.", "en"),
    ])
    func numbersThatStay(text: String, language: String) {
        #expect(secrets(text, language).isEmpty)
    }

    @Test("a PIN after a copula and an article is a secret", arguments: [
        ("mi pin es el 7744, no sé qué pasa", "es", "7744"),
        ("il pin è il 1357 ma non funziona", "it", "1357"),
    ])
    func pinsWithArticle(text: String, language: String, secret: String) {
        #expect(secrets(text, language) == [secret])
    }

    @Test("a new password after a change verb is a secret", arguments: [
        ("I changed my password to bluemoon2024 yesterday.", "en", "bluemoon2024"),
        ("J'ai changé le mot de passe en chaton2021 hier soir.", "fr", "chaton2021"),
        ("Cambié la clave a madrid1990 pero sigue igual.", "es", "madrid1990"),
        ("Mudei a senha para praia123 ontem.", "pt", "praia123"),
        ("Ik heb het wachtwoord veranderd naar fietsen88.", "nl", "fietsen88"),
        ("Ich habe das Kennwort auf sommer2024 geändert.", "de", "sommer2024"),
    ])
    func changedPasswords(text: String, language: String, secret: String) {
        #expect(secrets(text, language) == [secret])
    }

    @Test("a change of password without a new value stays", arguments: [
        ("I changed my password to something stronger yesterday.", "en"),
        ("J'ai changé le mot de passe en vain, toujours bloqué.", "fr"),
        ("Cambié la contraseña a las 9:30 y sigue igual.", "es"),
        ("Ik heb het wachtwoord veranderd naar aanleiding van de melding.", "nl"),
        ("Ich habe das Passwort auf Wunsch geändert.", "de"),
    ])
    func changesThatStay(text: String, language: String) {
        #expect(secrets(text, language).isEmpty)
    }
}
