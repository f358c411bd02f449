import Testing
@testable import TextInference

/// redaction-1.10.1: token and personal query keys in the seven languages ("?jeton=", "?codice=", "?sessie=",
/// "?senha="), and the minutes of a clock time not read as a house number before "AM" (the German "Am" street).
@Suite("Redaction 1.10.1 localised URL query keys and clock times before AM")
struct RedactionLocalisedURLKeyTests {
    let redactor = RedactionTestSupport.redactor

    @Test("a URL whose query key names a token, session or person in another language is redacted", arguments: [
        ("Le lien https://compte.example.fr/reinit?jeton=Ab3kLm9Q a expiré.", "fr", "https://compte.example.fr/reinit?jeton=Ab3kLm9Q"),
        ("Il link https://area.example.it/ok?codice=Zx81Pq&utente=gbianchi non va.", "it", "https://area.example.it/ok?codice=Zx81Pq&utente=gbianchi"),
        ("De link https://mijn.example.nl/in?sessie=Wq7Rt2Lp is verlopen.", "nl", "https://mijn.example.nl/in?sessie=Wq7Rt2Lp"),
        ("Link https://app.example.de/a?benutzer=kmaier&passwort=Birke77 bitte sperren", "de", "https://app.example.de/a?benutzer=kmaier&passwort=Birke77"),
        ("O link https://conta.example.pt/x?senha=Mar2025 não abre.", "pt", "https://conta.example.pt/x?senha=Mar2025"),
    ])
    func localisedKeys(text: String, language: String, url: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .url) == [url])
    }

    @Test("a public URL whose query keys are pages, languages or categories stays", arguments: [
        ("Voir https://www.example.fr/aide?page=2&langue=fr pour les détails.", "fr"),
        ("Guardate https://shop.example.it/vini?categoria=rossi&pagina=3 per favore.", "it"),
        ("Siehe https://www.example.de/hilfe?seite=4&sprache=de zur Anleitung.", "de"),
    ])
    func publicKeys(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .url).isEmpty)
    }

    @Test("the minutes of a clock time before AM are no house number", arguments: [
        ("The email was changed at 02:17 AM. The real account holder is me.", "en"),
        ("Login failed at 11:45 AM. The Support Team was informed.", "en"),
    ])
    func clockTimes(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .address).isEmpty)
    }

    @Test("German streets led by Am and house-number-first streets are still addresses", arguments: [
        ("Ich wohne Am Markt 3, 27283 Verden, seit Mai.", "de", "Am Markt 3, 27283 Verden"),
        ("Send it to 17 rue de Rivoli, 75001 Paris please.", "en", "17 rue de Rivoli, 75001 Paris"),
    ])
    func streetsStay(text: String, language: String, address: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .address) == [address])
    }
}
