import Testing
@testable import TextInference

/// Names linked to an e-mail address of the same text, timestamped transcript speakers, surname-first
/// display names and role-mailbox desk names.
@Suite("Redaction names linked to e-mail addresses and headers")
struct RedactionEmailLinkedNameTests {
    let redactor = RedactionTestSupport.redactor

    private func persons(_ text: String, _ language: String) -> [String] {
        RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person)
    }

    @Test("a word that recurs in an address's local part is a name", arguments: [
        ("Username is wes.abernathy@example.com. Ticket 88-21940 if that helps. Wes", "en", ["Wes"]),
        ("Identifiant : gerald.mbarga@example.com, merci.\nGérald", "fr", ["Gérald"]),
        ("Mi usuario es p.montilla.ruiz@example.es. Paloma Montilla Ruiz", "es", ["Paloma Montilla Ruiz"]),
        ("Mi correo: t.gorostiza@example.es. Txema Gorostiza", "es", ["Txema Gorostiza"]),
        ("Het klopt niet. Marloes Kamphuis, marloes.kamphuis@example.nl", "nl", ["Marloes Kamphuis"]),
        ("sono nunzia capasso, email nunzia.capasso@example.it", "it", ["nunzia capasso"]),
        ("Antwort bitte an b.kuehnlein@example.at. Danke, B. Kühnlein", "de", ["B. Kühnlein"]),
        ("O meu email é ze.quaresminha@example.pt. Obrigado, Quaresminha", "pt", ["Quaresminha"]),
    ])
    func linked(text: String, language: String, names: [String]) {
        #expect(persons(text, language) == names)
    }

    @Test("a glued initial in the local part confirms the given name before a surname", arguments: [
        ("hi im jordan feliciano i need to reset my pin. email jfeliciano01@example.com", "en", "jordan feliciano"),
        ("bonjour je suis marie-claire petit, mon mail c'est mcpetit@example.fr", "fr", "marie-claire petit"),
    ])
    func gluedInitials(text: String, language: String, name: String) {
        #expect(persons(text, language) == [name])
    }

    @Test("role mailboxes, everyday words and lone lower-case words are not linked", arguments: [
        ("Please write to Baggage Services at baggage@example-air.com. Baggage claims take 3 days.", "en"),
        ("Contact sales@acme.com. Sales will call you back.", "en"),
        ("Bitte an info@firma.de schreiben. Info gibt es dort.", "de"),
        ("Écrivez à facturation@boutique.fr, la Facturation répondra.", "fr"),
        ("Contacte apoio@loja.pt. O Apoio responde em 24h.", "pt"),
        ("Escriba a reservas.madrid@hotel.es. Madrid es precioso.", "es"),
        ("mark.price@example.com here, the Price is wrong on the invoice.", "en"),
        ("il mio indirizzo è verdi.colori@example.it, colori a parte tutto bene", "it"),
        ("stuur het naar klantenservice.bol@example.nl, de klantenservice is dicht", "nl"),
    ])
    func notLinked(text: String, language: String) {
        #expect(persons(text, language).isEmpty)
    }

    @Test("a glued initial that the word before does not start stays unlinked")
    func gluedInitialMismatch() {
        #expect(persons("my email is jfeliciano01@example.com, ask about feliciano wines", "en").isEmpty)
    }

    @Test("timestamped transcript lines name their speaker", arguments: [
        ("[02:14] Priya R.: heads up\n[02:15] Priya R.: done\n[02:17] jonah: rolling it now", "en",
         ["Priya R.", "Priya R.", "jonah"]),
        ("[10:01] Sanne: hoi\n[10:02] bram: ik kijk ernaar", "nl", ["Sanne", "bram"]),
        ("(14:02) Lucía Gómez: hola\n(14:03) Agente: buenas tardes", "es", ["Lucía Gómez"]),
        ("09:15 - Wiebke: moin\n09:16 - Kundenservice: hallo", "de", ["Wiebke"]),
    ])
    func speakers(text: String, language: String, names: [String]) {
        #expect(persons(text, language) == names)
    }

    @Test("system, role, log and field labels after a timestamp name nobody", arguments: [
        "[10:22:09] ERROR: connection refused\n[10:22:10] WARN: retry",
        "[14:03] Customer: hi\n[14:05] System: chat transferred\n[14:06] Note: callback",
        "[09:00] Kundin: hallo\n[09:01] Betreff: Lieferung",
        "[11:00] Sistema: operatore in arrivo\n[11:01] Cliente: ok",
        "[08:15] status: ok\n[08:16] server: down",
        "[14:02] Objet : facture\n[14:03] Utilisateur : bonjour",
        "[09:30] hello: anyone there",
    ])
    func speakerNegatives(text: String) {
        #expect(persons(text, "").isEmpty)
    }

    @Test("a lone lower-case speaker outside a transcript is not taken")
    func lowercaseSpeakerAlone() {
        #expect(persons("[02:17] jonah: rolling it now", "en").isEmpty)
    }

    @Test("a surname-first display name is one span", arguments: [
        ("From: \"Hartley, Imogen\" <imogen.hartley@example.com>\nSubject: bag", "en", ["Hartley, Imogen"]),
        ("Von: Claußen, Henning <h.claussen@example.de>\nAn: service@example.de", "de", ["Claußen, Henning"]),
        ("De: \"Van der Berg, J.\" <j.vanderberg@example.nl>", "nl", ["Van der Berg, J."]),
    ])
    func invertedDisplayNames(text: String, language: String, names: [String]) {
        #expect(persons(text, language) == names)
    }

    @Test("comma phrases before an address are no surname-first names", arguments: [
        "Regards, Support <help@example.com>",
        "To: Billing, Accounts <billing@example.com>",
        "Ciao, Marco <m@example.it>",
    ])
    func invertedNegatives(text: String) {
        #expect(!persons(text, "").contains { $0.contains(",") })
    }

    @Test("a display name that repeats its role mailbox's word names a desk, not a person")
    func deskNames() {
        let text = "To: Baggage Services <baggage@example-air.com>\nCc: Rafferty Quinlan <r.quinlan@example.com>"
        #expect(persons(text, "en") == ["Rafferty Quinlan"])
        // A person writing from a role mailbox keeps her name.
        #expect(persons("From: Anna Berg <support@example.com>", "en") == ["Anna Berg"])
    }

    @Test("base letters fold accents, and German umlauts also match their two-letter spelling")
    func baseLetters() {
        let word = "Kühnlein".unicodeScalars.map(\.value)
        let plain = "kuhnlein".unicodeScalars.map(\.value)
        let german = "kuehnlein".unicodeScalars.map(\.value)
        let hashes = MailboxNamePieces.hashes(word, 0, word.count)
        #expect(hashes.plain == MailboxNamePieces.hash(of: plain, 0, plain.count))
        #expect(hashes.german == MailboxNamePieces.hash(of: german, 0, german.count))
        #expect(LatinBaseLetter.of(UInt32(0x15A)) == 115)  // Ś
        #expect(LatinBaseLetter.of(UInt32(0x131)) == 105)  // ı
        #expect(LatinBaseLetter.of(UInt32(0xDF)) == 0)  // ß has no single base letter
        #expect(LatinBaseLetter.of(UInt32(0x416)) == 0)  // Cyrillic
    }

    @Test("a local part with a role word gives no piece; a personal one gives pieces, initials and glued variants")
    func pieces() {
        let text = ScannedText("a t.gorostiza@example.es b info.madrid@example.es c jfeliciano01@example.com")
        let emails = [2..<24, 27..<49, 52..<76]
        let pieces = MailboxNamePieces(text, emails: emails)
        #expect(pieces.mailboxes.count == 2)
        #expect(pieces.mailboxes[0].initials == [116])
        #expect(pieces.mailboxes[0].multiRun)
        #expect(!pieces.mailboxes[1].multiRun)
        // "gorostiza" and its two glued variants, "jfeliciano" and its two.
        #expect(pieces.pieces.count == 6)
        #expect(pieces.pieces.filter { !$0.initials.isEmpty }.count == 4)
    }
}
