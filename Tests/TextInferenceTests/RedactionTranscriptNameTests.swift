import Testing
@testable import TextInference

/// Names in chat transcripts and forms: speaker labels, role words before unlisted names,
/// capitalised particles and initials, relatives, recurring name parts and closing names.
@Suite("Redaction transcript and form names")
struct RedactionTranscriptNameTests {
    let redactor = RedactionTestSupport.redactor

    @Test("speaker labels of chat transcripts name the speaker", arguments: [
        ("[09:15] Agent Priya: Sorry about that!", "en", "Priya"),
        ("Cliente: ola\nAtendente Luana: Boa tarde! Pode confirmar?", "pt", "Luana"),
        ("Medewerker Joost: Goedemiddag, waarmee kan ik helpen?", "nl", "Joost"),
        ("14:01 - Cliente: salve\n14:02 - Operatore Zebulone Quarantotti: buongiorno", "it", "Zebulone Quarantotti"),
    ])
    func speakerLabels(text: String, language: String, name: String) {
        let result = redactor.redact(text, language: language)
        #expect(RedactionTestSupport.spans(result, in: text, type: .person) == [name])
    }

    @Test("labels that are not speakers stay", arguments: [
        "Subject: refund\nNote: call back tomorrow", "Kundin: Guten Morgen\nMitarbeiter: Hallo",
        "[10:02] Status: Pending\nAgent Notes: none", "Agent Smartphone: not supported", "Max: 3 devices",
    ])
    func labelNegatives(text: String) {
        #expect(redactor.redact(text, language: "").entities.filter { $0.type == .person }.isEmpty)
    }

    @Test("a role word before an unlisted capitalised name that a lower-case word follows", arguments: [
        ("Le livreur Anselmoz n'est jamais passé.", "fr", "Anselmoz"),
        ("El técnico Gumersindo vino ayer.", "es", "Gumersindo"),
        ("My husband Femi didn't do it.", "en", "Femi"),
    ])
    func roleNames(text: String, language: String, name: String) {
        let result = redactor.redact(text, language: language)
        #expect(RedactionTestSupport.spans(result, in: text, type: .person) == [name])
    }

    @Test("a role word before a product, brand or support word names nobody", arguments: [
        "my son Netflix account was charged", "the technician Support team never came",
        "mon fils Premium abonnement", "your colleague Monday said so",
    ])
    func roleNegatives(text: String) {
        #expect(redactor.redact(text, language: "").entities.filter { $0.type == .person }.isEmpty)
    }

    @Test("capitalised particles and initials stay inside the name", arguments: [
        ("Goedemiddag mevrouw De Boer, waarmee kan ik u helpen?", "nl", "De Boer"),
        ("Client : Marie-Thérèse Le Goff, née en 1951", "fr", "Marie-Thérèse Le Goff"),
        ("Rekening t.n.v. H. Kuipers-Bakker, graag terugstorten.", "nl", "H. Kuipers-Bakker"),
    ])
    func particlesAndInitials(text: String, language: String, name: String) {
        let result = redactor.redact(text, language: language)
        #expect(RedactionTestSupport.spans(result, in: text, type: .person) == [name])
    }

    @Test("relatives and third-person naming cue names", arguments: [
        ("llamo de parte de mi abuela Remedios, no sabe usar la app", "es", "Remedios"),
        ("the card is for my nephew, Tobiah, he is 19", "en", "Tobiah"),
        ("o destinatário chama-se Kauã Nogueira.", "pt", "Kauã Nogueira"),
        ("can u call my sister instead, shes called niamh", "en", "niamh"),
    ])
    func relatives(text: String, language: String, name: String) {
        let result = redactor.redact(text, language: language)
        #expect(RedactionTestSupport.spans(result, in: text, type: .person) == [name])
    }

    @Test("the words of a found full name are redacted where they recur alone")
    func propagation() {
        let text = "Name: Oksana Hrytsenko\nOksana called twice; Hrytsenko is her married name."
        let spans = RedactionTestSupport.spans(redactor.redact(text, language: "en"), in: text, type: .person)
        #expect(spans == ["Oksana Hrytsenko", "Oksana", "Hrytsenko"])
    }

    @Test("Swiss sign-offs and a known given name closing the text", arguments: [
        ("Meine Nummer ist neu.\nGruss Reto", "de", "Reto"),
        ("Login suspeito, não fui eu! Joana", "pt", "Joana"),
    ])
    func closings(text: String, language: String, name: String) {
        let result = redactor.redact(text, language: language)
        #expect(RedactionTestSupport.spans(result, in: text, type: .person) == [name])
    }

    @Test("short titles count in lower case with their dot, not inside domains", arguments: [
        ("belnotitie: dhr. Van der Linden wil zijn pas blokkeren", "nl", ["Van der Linden"]),
        ("nota: la sra. Quintanilla pide un reembolso", "es", ["Quintanilla"]),
        ("mudem o e-mail para ana@example.fr. Versão da app 2.1", "pt", []),
    ])
    func lowerCaseTitles(text: String, language: String, names: [String]) {
        let result = redactor.redact(text, language: language)
        #expect(RedactionTestSupport.spans(result, in: text, type: .person) == names)
    }

    @Test("abbreviated order labels keep their numbers out of phones", arguments: [
        "Bestellnr 300-4471188 fehlt noch", "klantnummer 0612345678 klopt niet", "número de pedido 612 345 678",
    ])
    func referenceLabels(text: String) {
        #expect(redactor.redact(text, language: "").entities.filter { $0.type == .phone }.isEmpty)
    }

    @Test("a closing everyday word is no name", arguments: ["Das war alles. Danke", "No funciona. Gracias!", "Still broken. Premium"])
    func closingNegatives(text: String) {
        #expect(redactor.redact(text, language: "").entities.filter { $0.type == .person }.isEmpty)
    }
}
