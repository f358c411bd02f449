import Testing
@testable import TextInference

/// Fixes from the session-8 review of redaction-1.11.0: two-word signatures whose surname ends like a noun,
/// "the man from <company>" after a title, post boxes that are an inbox or a section, lower-case streets,
/// IBAN-shaped postcodes before phone numbers, and a city that is also a given name.
@Suite("Redaction 1.11.0 review fixes")
struct RedactionReviewFixes8Tests {
    let redactor = RedactionTestSupport.redactor

    @Test("a two-word signature keeps a surname that ends like a noun", arguments: [
        ("Viele Grüße,\nTobias Hartung", "de", "Tobias Hartung"),
        ("Cordialement,\nMarc Flament", "fr", "Marc Flament"),
    ])
    func nounLikeSurnames(text: String, language: String, name: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person) == [name])
    }

    @Test("a noun after a signature name on its line is still cut", arguments: [
        ("Freundliche Grüsse, Urs Meier Rechnung R-2025-118 anbei", "de", "Urs Meier"),
    ])
    func nounAfterSignature(text: String, language: String, name: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person) == [name])
    }

    @Test("a title with an article before it and a company after the particle is no name", arguments: [
        ("Der Herr von DHL hat gestern angerufen.", "de"),
        ("Die Frau von Vodafone hat mir nicht geholfen.", "de"),
        ("Meine Frau zu Hause hat den Brief.", "de"),
    ])
    func titleArticleCompany(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person).isEmpty)
    }

    @Test("a particle surname after a title is still a name", arguments: [
        ("Ich habe mit Herr von Arnim gesprochen.", "de", "von Arnim"),
        ("Sprach gestern mit Frau von der Leyen.", "de", "von der Leyen"),
    ])
    func particleSurnames(text: String, language: String, name: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person) == [name])
    }

    @Test("an inbox, a section or a voicemail is no post box", arguments: [
        ("In meinem Postfach sind 2 neue Mails.", "de"),
        ("In meinem Postfach 2 neue Mails gefunden.", "de"),
        ("Según el Apartado 5 de las condiciones no hay reembolso.", "es"),
        ("A chamada caiu na caixa postal 3 vezes.", "pt"),
    ])
    func boxLookAlikes(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .address).isEmpty)
    }

    @Test("post boxes with their number are still addresses", arguments: [
        ("Bitte an Postfach 10 12 34, 50667 Köln senden.", "de", "Postfach 10 12 34, 50667 Köln"),
        ("Bitte an Postfach 12, 50667 Köln senden.", "de", "Postfach 12, 50667 Köln"),
    ])
    func postBoxes(text: String, language: String, address: String) {
        let spans = RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .address)
        #expect(spans.contains { $0.hasPrefix(address.prefix(12)) })
    }

    @Test("a lower-case 'place de parking' with a floor is no street", arguments: [
        ("J'ai réservé la place de parking 12 étage 2 pour demain.", "fr"),
    ])
    func parkingPlace(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .address).isEmpty)
    }

    @Test("a postcode shaped like an IBAN head does not hide the phone after it", arguments: [
        ("Wimbledon SW19 07700 900123 is my mobile", "en", "07700 900123"),
    ])
    func postcodeBeforePhone(text: String, language: String, phone: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .phone) == [phone])
    }

    @Test("a city that is also a given name is no name", arguments: [
        ("Moro em Vitória e o pedido não chegou.", "pt"),
    ])
    func citiesAsGivenNames(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person).isEmpty)
    }
}
