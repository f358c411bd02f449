import Testing
@testable import TextInference

/// Session 11: a known given name with a trailing surname initial ("Quentin M."), and surname-first
/// register entries ("LEROY Mathis", "LOPES, Beatriz"), with the look-alikes each rule must leave alone.
@Suite("Redaction trailing initials and surname-first entries")
struct RedactionRegisterInitialTests {
    let redactor = RedactionTestSupport.redactor

    @Test("a known given name and a trailing initial", arguments: [
        ("[#dev-support] Mathilde R. : quelqu'un peut regarder ?", "fr", ["Mathilde R."]),
        ("Reseña publicada por Itziar B. el lunes.", "es", ["Itziar B."]),
        ("Der Fahrer (laut Scanner: Wojciech K.) hat geklingelt.", "de", ["Wojciech K."]),
        ("Review by Bethany T., verified buyer.", "en", ["Bethany T."]),
        ("Recensione di Gianluca P.", "it", ["Gianluca P."]),
        ("Beoordeeld door Sanne V. op 3 mei.", "nl", ["Sanne V."]),
        ("Avaliação de Thiago R.: muito bom.", "pt", ["Thiago R."]),
    ])
    func trailingInitial(text: String, language: String, names: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person) == names)
    }

    @Test("surname-first register entries", arguments: [
        ("Passagiers:\n1. JANSEN Pieter, geboren 2011\n2. JANSEN Eva", "nl", ["JANSEN Pieter", "JANSEN Eva"]),
        ("Liste des inscrits\n- MOREAU Camille (groupe B)", "fr", ["MOREAU Camille"]),
        ("Ficha\nFERREIRA, Joana\nCliente desde 2019", "pt", ["FERREIRA, Joana"]),
        ("Registro\nRossi, Giulia\nTessera 4411", "it", ["Rossi, Giulia"]),
        ("Teilnehmer: SCHNEIDER Lukas, Zimmer 12", "de", ["SCHNEIDER Lukas"]),
    ])
    func surnameFirst(text: String, language: String, names: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person) == names)
    }

    @Test("initial and surname-first look-alikes stay unredacted", arguments: [
        ("We need Plan B. Then we ship.", "en"),
        ("Take Route A. Then turn left at the church.", "en"),
        ("Buy Vitamin D. It helps in winter.", "en"),
        ("La Mercedes A.-Klasse est en panne.", "fr"),
        ("Paris, France\nShip it today", "en"),
        ("Windows, Office\nboth licences expired", "en"),
        ("NOTE: Apple, Samsung and Google phones are affected.", "en"),
        ("IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX", "de"),
        ("Ticket ORDER-4411 UPDATE Version 2.1", "en"),
        ("Bestellung bei MEDIAMARKT Berlin, Filiale Nord", "de"),
    ])
    func lookAlikes(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person).isEmpty)
    }
}
