import Testing
@testable import TextInference

/// redaction-1.11.0: post-office boxes, "bis"/"ter" house numbers, Belgian "bus" after a comma, Brazilian
/// unit, neighbourhood and state tails, lower-case chat streets, "c/o" lines, and no phone number inside the
/// digit groups of an IBAN.
@Suite("Redaction 1.11.0 post boxes, house-number suffixes, Brazilian tails and IBAN groups")
struct RedactionPostBoxTests {
    let redactor = RedactionTestSupport.redactor

    @Test("post-office boxes with their postcode and city", arguments: [
        ("Please send it to: PO Box 4471, Springfield, IL 62704", "en", ["PO Box 4471, Springfield, IL 62704"]),
        ("Bitte an Postfach 10 12 34, 80086 München schicken.", "de", ["Postfach 10 12 34, 80086 München"]),
        ("Envíenlo al Apartado de Correos 1234, 28080 Madrid, gracias.", "es", ["Apartado de Correos 1234, 28080 Madrid"]),
        ("Caixa Postal 1234, 01000-000 São Paulo - SP", "pt", ["Caixa Postal 1234, 01000-000 São Paulo - SP"]),
    ])
    func postBoxes(text: String, language: String, addresses: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .address) == addresses)
    }

    @Test("boxes and numbers that are no post-office box", arguments: [
        ("The box 12 of 40 arrived damaged.", "en"),
        ("Apartment 4 has a PO number 4471 for the order.", "en"),
        ("Commande 12 bis du 3 mars, ticket 4 ter.", "fr"),
        ("Lijn 52, bus 4, vertrekt om 10 uur.", "nl"),
        ("mandei via email 2 vezes e ninguém respondeu", "pt"),
    ])
    func lookAlikes(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .address).isEmpty)
    }

    @Test("house-number suffixes, box numbers, Brazilian tails, chat streets and c/o lines", arguments: [
        ("Veuillez livrer au 3 bis rue Victor Hugo\n75116 Paris, merci.", "fr", ["3 bis rue Victor Hugo\n75116 Paris"]),
        ("Adresse : 12 ter avenue des Lilas, 69003 Lyon", "fr", ["12 ter avenue des Lilas, 69003 Lyon"]),
        ("Joris Peeters, Meir 52, bus 4, 2000 Antwerpen, gsm 0470 55 43 21", "nl", ["Meir 52, bus 4, 2000 Antwerpen"]),
        ("Endereço: Av. Paulista 1578, conj. 42, Bela Vista, São Paulo - SP, 01310-200", "pt",
         ["Av. Paulista 1578, conj. 42, Bela Vista, São Paulo - SP, 01310-200"]),
        ("Av. Brasil 2200, Copacabana\nRio de Janeiro - RJ, 22041-001", "pt", ["Av. Brasil 2200, Copacabana\nRio de Janeiro - RJ, 22041-001"]),
        ("Rua Brasil, 2200, sala 3, Centro, Belo Horizonte/MG", "pt", ["Rua Brasil, 2200, sala 3, Centro, Belo Horizonte/MG"]),
        ("moro na rua das flores 123 apto 4 em curitiba", "pt", ["rua das flores 123 apto 4"]),
        ("c/o Martin Dupuis, 14 rue des Écoles, 75005 Paris", "fr", ["14 rue des Écoles, 75005 Paris"]),
    ])
    func addresses(text: String, language: String, addresses: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .address) == addresses)
    }

    @Test("no phone number inside an IBAN's groups, valid or not; the same digits alone stay a phone")
    func ibanGroups() {
        let invalid = "L'IBAN FR45 4917 3729 0094 4137 1029 573 indiqué sur votre facture est refusé."
        #expect(RedactionTestSupport.spans(redactor.redact(invalid, language: "fr"), in: invalid, type: .phone).isEmpty)
        let spanish = "La IBAN ES62 0348 2843 2869 3907 8424 que aparece es incorrecta."
        #expect(RedactionTestSupport.spans(redactor.redact(spanish, language: "es"), in: spanish, type: .phone).isEmpty)
        let phone = "Appelez-moi au 0094 4137 1029 svp."
        #expect(RedactionTestSupport.spans(redactor.redact(phone, language: "fr"), in: phone, type: .phone) == ["0094 4137 1029"])
    }
}
