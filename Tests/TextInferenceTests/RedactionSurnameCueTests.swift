import Testing
@testable import TextInference

/// redaction-1.4.0: Faker surname and extra given-name lexicons, thanks/acknowledgement cues, trailing
/// dash signatures, capitalised particles, and more address formats (IE, BR, AR, IT, NL, FR).
@Suite("Redaction surnames, thanks cues and address formats")
struct RedactionSurnameCueTests {
    let redactor = RedactionTestSupport.redactor

    @Test("names of many nationalities are redacted without a cue", arguments: [
        ("Ticket from Aarav Sharma: the key was committed", "en", "Aarav Sharma"),
        ("Could you remove Hannah Lindqvist from the account?", "en", "Hannah Lindqvist"),
        ("Het pakket is aangenomen door Simon De Clercq.", "nl", "Simon De Clercq"),
        ("Das Paket hat Mehmet Yılmaz angenommen.", "de", "Mehmet Yılmaz"),
    ])
    func surnames(text: String, language: String, name: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person) == [name])
    }

    @Test("a known given name after thanks or ok is redacted in any case", arguments: [
        ("thanks lisa! that fixed it", "en", "lisa"),
        ("merci yves ! ça marche", "fr", "yves"),
        ("ok peter ill try that", "en", "peter"),
        ("password reset done, still locked out. - Ngozi", "en", "Ngozi"),
        ("Customer called from the shop. Caller: Dmitri Volkov.", "en", "Dmitri Volkov"),
        ("ciao, qui chiara, il mio numero nuovo", "it", "chiara"),
    ])
    func thanksAndCues(text: String, language: String, name: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person) == [name])
    }

    @Test("nouns, places and everyday words stay", arguments: [
        ("Im Zimmer ist kein Netz, Dieses Buch ist alt.", "de"),
        ("Desde Córdoba no funciona la app.", "es"),
        ("ok will do, thanks a lot!", "en"),
        ("thanks again! version 2 - Beta", "en"),
        ("Ajoutez une carte, merci.", "fr"),
        ("Windows 11, 2024 Update broke the app", "en"),
        ("Spring 2024 update broke login", "en"),
        ("String 3 is missing from the export", "en"),
        ("Monitoring 5 servers is part of the plan", "en"),
        ("Engineering 2 team is on it", "en"),
    ])
    func negatives(text: String, language: String) {
        #expect(redactor.redact(text, language: language).entities.isEmpty)
    }

    @Test("IE, BR, AR, IT, NL and FR address formats are redacted whole", arguments: [
        ("I live at 22 Clarendon Road, Dublin 4, D04 X2Y7 now.", "22 Clarendon Road, Dublin 4, D04 X2Y7"),
        ("Entrega: Rua Augusta 1500, apto 52, São Paulo - SP, 01304-001.", "Rua Augusta 1500, apto 52, São Paulo - SP, 01304-001"),
        ("Stuur het naar Damrak 1\n1012 LG Amsterdam aub", "Damrak 1\n1012 LG Amsterdam"),
        ("Envoyez-le au 15, place Bellecour, 69002 Lyon svp", "15, place Bellecour, 69002 Lyon"),
        ("Envíenlo a Av. Corrientes 1234, C1043 Buenos Aires hoy", "Av. Corrientes 1234, C1043 Buenos Aires"),
        ("Spedite a Via Po 14, 10123 Torino (TO) grazie", "Via Po 14, 10123 Torino (TO)"),
        ("Bitte an Konrad-Adenauer-Straße 12, 53113 Bonn schicken", "Konrad-Adenauer-Straße 12, 53113 Bonn"),
        ("Adres: Willem-Alexanderlaan 4, 2331 AB Leiden", "Willem-Alexanderlaan 4, 2331 AB Leiden"),
        ("Lieferung an Kaiserring 12, 68161 Mannheim bitte", "Kaiserring 12, 68161 Mannheim"),
        ("Wir wohnen Ostring 7 in Bochum", "Ostring 7"),
    ])
    func addresses(text: String, address: String) {
        let result = redactor.redact(text, language: "")
        #expect(RedactionTestSupport.spans(result, in: text, type: .address) == [address])
        #expect(result.entities.filter { $0.type == .person }.isEmpty)
    }
}
