import Testing
@testable import TextInference

/// Names found from the given-name and surname lexicons, relation, greeting, title and closing-line
/// cues, and the look-alikes (products, places, departments, German nouns) they must leave alone.
@Suite("Redaction lexicon names")
struct RedactionPersonLexiconTests {
    let redactor = RedactionTestSupport.redactor

    @Test("names found in en de fr es it nl pt", arguments: [
        ("Can you cancel the card for Tom Bradley? He lost it.", "en", ["Tom Bradley"]),
        ("Please cc Laura Jenkins on the reply.", "en", ["Laura Jenkins"]),
        ("The refund went to Priya Patel instead of me.", "en", ["Priya Patel"]),
        ("Meine Frau Claudia Neumann hat bestellt.", "de", ["Claudia Neumann"]),
        ("Rückfragen bitte an Frau Dr. Weber richten.", "de", ["Weber"]),
        ("Je vous écris de la part de Sophie Garnier.", "fr", ["Sophie Garnier"]),
        ("Quiero dar de baja la tarjeta de mi hijo Álvaro Navarro.", "es", ["Álvaro Navarro"]),
        ("La carta è intestata a mia moglie, Valentina Gallo.", "it", ["Valentina Gallo"]),
        ("Mijn vrouw Anouk van Leeuwen heeft het account.", "nl", ["Anouk van Leeuwen"]),
        ("O cartão está em nome do meu marido, Ricardo Teixeira.", "pt", ["Ricardo Teixeira"]),
        ("Gentilissima dott.ssa Marchi, allego la ricevuta.", "it", ["Marchi"]),
        ("Le conseiller Karim Benali m'a dit d'attendre.", "fr", ["Karim Benali"]),
        ("Hola, soy Iñaki Etxeberria y tengo un problema.", "es", ["Iñaki Etxeberria"]),
        ("ich bin der jonas und mein passwort geht nicht", "de", ["jonas"]),
        ("oi, sou a camila, não consigo entrar", "pt", ["camila"]),
        ("Hi Anna,\nthe charge is still there.", "en", ["Anna"]),
        ("Hallo Frau Schneider, danke!", "de", ["Schneider"]),
        ("Hey support, marcus here. Card got swallowed.", "en", ["marcus"]),
        ("Die Rechnung ist an Jürgen Hasselbach adressiert.", "de", ["Jürgen Hasselbach"]),
    ])
    func finds(text: String, language: String, names: [String]) {
        let result = redactor.redact(text, language: language)
        #expect(RedactionTestSupport.spans(result, in: text, type: .person) == names)
    }

    @Test("signatures: closing lines, sign-offs and the -- delimiter", arguments: [
        ("Dear Support,\nthe transfer never arrived.\nBest wishes,\nDaniel Kowalski", ["Daniel Kowalski"]),
        ("Gracias de antemano,\nJimena Quiroga", ["Jimena Quiroga"]),
        ("Sent from my iPhone\n--\nOlivia Brooks", ["Olivia Brooks"]),
        ("Un abrazo, Pilar", ["Pilar"]),
        ("Any update on this?\nChloe", ["Chloe"]),
    ])
    func signatures(text: String, names: [String]) {
        let result = redactor.redact(text, language: "")
        #expect(RedactionTestSupport.spans(result, in: text, type: .person) == names)
    }

    @Test("products, places, departments, greetings to teams and German nouns are not names", arguments: [
        ("I paid with Apple Pay but the Visa card was charged twice.", "en"),
        ("The Mercedes Benz dealer and Hugo Boss store are closed.", "en"),
        ("Is there a Grace period? My Max plan renewed in Jan 2025.", "en"),
        ("I'm at Victoria Station near the Apple Store.", "en"),
        ("Thanks,\nThe Billing Team", "en"),
        ("Regards,\nAcme Holdings Ltd", "en"),
        ("Hi Team,\nplease check.", "en"),
        ("Mit freundlichen Grüßen\nIhr Kundenservice", "de"),
        ("Als ich nach Hause kam, spielte meine Schwester Gitarre.", "de"),
        ("Meine Tochter Hilfe braucht bei der App.", "de"),
        ("Sehr geehrte Damen und Herren,\nBitte Rückruf.", "de"),
        ("Atentamente,\nDepartamento de Facturación", "es"),
        ("Estoy en Santa Cruz de Tenerife y la app no carga.", "es"),
        ("Saluti,\nUfficio Acquisti", "it"),
        ("Cumprimentos,\nDepartamento Financeiro", "pt"),
        ("Joyeux Noël à toute l'équipe.", "fr"),
        ("The app is here and the card is there.", "en"),
        ("C'est le client qui a payé ici.", "fr"),
    ])
    func negatives(text: String, language: String) {
        let persons = RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person)
        #expect(persons.isEmpty, "\(persons)")
    }

    @Test("two names joined by 'and' stay two spans")
    func coordinatedNames() {
        let text = "Ho parlato con Tom e Maria ieri."
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: "it"), in: text, type: .person) == ["Tom", "Maria"])
    }

    @Test("the lexicons hold their entries and reject common words")
    func lexicons() {
        func has(_ word: String, _ lookup: ([UInt32], Int, Int) -> Bool) -> Bool {
            let folded = [UInt32](scalarsOf: word)
            return lookup(folded, 0, folded.count)
        }
        #expect(has("Müller", SurnameLexicon.contains) && has("de", SurnameLexicon.contains) == false)
        #expect(has("Ferrari", SurnameLexicon.contains) == false)
        #expect(has("Sophie", FirstNameLexicon.contains) && has("Conceição", FirstNameLexicon.contains))
        #expect(has("the", FirstNameLexicon.contains) == false && has("card", FirstNameLexicon.contains) == false)
    }
}

/// Phone, address and birth-date shapes added with the name work.
@Suite("Redaction formats")
struct RedactionFormatTests {
    let redactor = RedactionTestSupport.redactor

    @Test("recognizes", arguments: [
        ("Teléfono (+34) 91 123 45 67, gracias", "es", EntityType.phone, "(+34) 91 123 45 67"),
        ("Envíenlo a C/ Gran Vía 28, 4º izq., 28013 Madrid por favor.", "es", .address, "C/ Gran Vía 28, 4º izq., 28013 Madrid"),
        ("Mi dirección es Calle de Serrano 45, 3º B, 28001 Madrid.", "es", .address, "Calle de Serrano 45, 3º B, 28001 Madrid"),
        ("Please send it to Flat 3, 15 High Street, Oxford OX1 4AA.", "en", .address, "Flat 3, 15 High Street, Oxford OX1 4AA"),
        ("Adres: Oudegracht 210bis, 3511 NS Utrecht", "nl", .address, "Oudegracht 210bis, 3511 NS Utrecht"),
        ("Lieferadresse: Am Sonnenhang 7a, 81245 München", "de", .address, "Am Sonnenhang 7a, 81245 München"),
        ("Stuur de factuur naar Vondelstraat 45-2, 1054 GE Amsterdam aub.", "nl", .address, "Vondelstraat 45-2, 1054 GE Amsterdam"),
        ("Ich bin am 26.10.1976 geboren, aber das Formular", "de", .dateOfBirth, "26.10.1976"),
        ("Ich wurde am 5. Mai 1980 geboren.", "de", .dateOfBirth, "5. Mai 1980"),
        ("Nasci a 17/06/1988 e o sistema não aceita.", "pt", .dateOfBirth, "17/06/1988"),
    ])
    func recognizes(text: String, language: String, type: EntityType, value: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: type) == [value])
    }

    @Test("look-alikes stay", arguments: [
        ("Die App wurde am 05.05.2024 aktualisiert.", "de"),
        ("Im Januar 2024 kam die Rechnung 4711.", "de"),
        ("Version (+2) 3 4 of the app", "en"),
    ])
    func lookAlikes(text: String, language: String) {
        #expect(redactor.redact(text, language: language).entities.isEmpty)
    }
}

/// Phone extensions and the wider JCB ranges.
@Suite("Redaction phone extensions and JCB ranges")
struct RedactionExtensionTests {
    let redactor = RedactionTestSupport.redactor

    @Test("extensions are part of the phone", arguments: [
        ("call 345-899-3560x4587 today", "345-899-3560x4587"),
        ("phone: +1-604-696-5272x565", "+1-604-696-5272x565"),
        ("tel (415) 555-2671 ext. 12, thanks", "(415) 555-2671 ext. 12"),
    ])
    func extensions(text: String, value: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: "en"), in: text, type: .phone) == [value])
    }

    @Test("Luhn-valid 35xx and legacy 2131/1800 numbers are cards; a bad check digit is not")
    func jcb() {
        for payload in ["359889932305341", "21317682849617", "18001607042045"] {
            let number = RedactionTestSupport.withLuhnDigit(payload)
            let text = "card \(number) please"
            #expect(RedactionTestSupport.spans(redactor.redact(text, language: "en"), in: text, type: .creditCard) == [number])
            let last = number.last!.wholeNumberValue!
            let wrong = String(number.dropLast()) + String((last + 1) % 10)
            #expect(redactor.redact("card \(wrong) please", language: "en").entities.filter { $0.type == .creditCard }.isEmpty)
        }
    }
}

/// Two sign-offs in a row: the second one's first word is not a name.
@Suite("Redaction stacked sign-offs")
struct RedactionStackedSignOffTests {
    @Test("only the name after stacked sign-offs is redacted", arguments: [
        ("Danke im Voraus.\nMit freundlichen Grüßen, Jonas Weber", "de", ["Jonas Weber"]),
        ("Danke im Voraus.\nViele Grüße", "de", []),
        ("Merci d'avance.\nBien cordialement", "fr", []),
        ("Grazie mille.\nCordiali saluti", "it", []),
        ("Tack!\nMvh Maja Holm", "sv", ["Maja Holm"]),
    ])
    func stacked(text: String, language: String, names: [String]) {
        let result = RedactionTestSupport.redactor.redact(text, language: language)
        #expect(RedactionTestSupport.spans(result, in: text, type: .person) == names)
    }
}
