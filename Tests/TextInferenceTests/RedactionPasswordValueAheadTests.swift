import Testing
@testable import TextInference

/// Passwords named some words after their label, set off by a copula, a comma or a colon (``PasswordValueAhead``);
/// versions, order numbers and plain words after a password cue stay.
@Suite("Redaction: passwords set off after their label")
struct RedactionPasswordValueAheadTests {
    let redactor = RedactionTestSupport.redactor

    private func secrets(_ text: String, _ language: String) -> [String] {
        RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .secret)
    }

    @Test("a password set off by a comma, a copula or a colon", arguments: [
        ("The router password on the sticker, maple-Tiger-204, is rejected.", "en", ["maple-Tiger-204"]),
        ("Le code Wi-Fi du salon est Loire-Vent-3310 si besoin.", "fr", ["Loire-Vent-3310"]),
        ("Me bloquearon la contraseña ayer. Antes era Brisa_1984 y funcionaba.", "es", ["Brisa_1984"]),
        ("La password del modem, per il tecnico, è Lago_Blu_7731.", "it", ["Lago_Blu_7731"]),
        ("Mijn wachtwoord is uitgelekt via een nepmail: het was Tulpen!2021.", "nl", ["Tulpen!2021"]),
    ])
    func passwords(text: String, language: String, expected: [String]) {
        #expect(secrets(text, language) == expected)
    }

    @Test("versions, order numbers and words after a password cue stay", arguments: [
        ("My password stopped working after the update, the app is now iOS17.2 on my phone.", "en"),
        ("Passwort vergessen, meine Bestellung ist AB-55073.", "de"),
        ("The password reset mail never came, it was probably spam.", "en"),
    ])
    func nonPasswords(text: String, language: String) {
        #expect(secrets(text, language).isEmpty)
    }
}
