import Testing
@testable import TextInference

/// Structured values in printed conventions the recognizers used to miss: DIN 5008 and Brazilian phone
/// groupings, extension words, 13- and 19-digit card groupings, passwords told in a sentence, bare birth years
/// after a born word and the birth sign `°`. Each rule has hard negatives of the same shape.
@Suite("Redaction: structured shapes")
struct RedactionStructuredShapeTests {
    let redactor = RedactionTestSupport.redactor

    private func spans(_ text: String, _ language: String, _ type: EntityType) -> [String] {
        RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: type)
    }

    @Test("DIN 5008, Brazilian and extension phone groupings are whole phone numbers", arguments: [
        ("Absagen bis 24 h vorher unter 0711 / 33 81 27 - 0.", "de", "0711 / 33 81 27 - 0"),
        ("Ich erwarte Rückruf: 03941 / 6 27 40. Danke", "de", "03941 / 6 27 40"),
        ("Tel. 030 4455667 Durchwahl 12, vormittags", "de", "030 4455667 Durchwahl 12"),
        ("Rappelez-la au 01 44 62 19 08 poste 27 au sujet de l'avoir.", "fr", "01 44 62 19 08 poste 27"),
        ("Numero fisso 0932 41 72 55 int. 4. Pratica aperta.", "it", "0932 41 72 55 int. 4"),
        ("Llame a la oficina, 91 555 12 34 extensión 210, por la mañana.", "es", "91 555 12 34 extensión 210"),
        ("Telefone: (31) 9 4821-6605\nTurma: 3.º ano", "pt", "(31) 9 4821-6605"),
        ("Ligue para 21 5555 0199 ramal 220 amanhã.", "pt", "21 5555 0199 ramal 220"),
        ("Bel ons op 020 555 0134 toestel 45 tijdens kantooruren.", "nl", "020 555 0134 toestel 45"),
        ("Call the office on 0161 496 0123 extension 12 after nine.", "en", "0161 496 0123 extension 12"),
    ])
    func phoneGroupings(text: String, language: String, phone: String) {
        #expect(spans(text, language, .phone) == [phone])
    }

    @Test("one-digit groups outside those conventions and extension words without digits stay out", arguments: [
        ("Appelez le 01 44 62 19 08 poste restante.", "fr", ["01 44 62 19 08"]),
        ("Order 0711 / 33 81 27 - 0 was cancelled.", "en", []),
        ("Menge 3 / 5 55 90 Stück, Lieferung 2 - 1 - 0.", "de", []),
        ("Código (12) 3 4567-8901 do lote.", "pt", []),
        ("Il numero nel vostro SMS, 3788 994438 89332, non è giusto.", "it", []),
        ("Resultado 2 - 1 - 0 en la liga, int. 3 en la tabla.", "es", []),
        ("Versie 10 / 2 / 3 van de app, toestel 45 werkt niet.", "nl", []),
    ])
    func notPhones(text: String, language: String, phones: [String]) {
        #expect(spans(text, language, .phone) == phones)
    }

    @Test("numbers spelled digit by digit after a phone cue are phone numbers", arguments: [
        ("your guy didn't show again. call me back on three one two, five five five, zero one four seven, thanks", "en",
         "three one two, five five five, zero one four seven"),
        ("Mein Handy: null eins sieben eins, zwei drei vier fünf sechs sieben", "de",
         "null eins sieben eins, zwei drei vier fünf sechs sieben"),
        ("Rappelez-moi au zéro six, un deux, trois quatre, cinq six, sept huit. Merci", "fr",
         "zéro six, un deux, trois quatre, cinq six, sept huit"),
        ("Mi teléfono es seis uno dos tres cuatro cinco seis siete ocho", "es", "seis uno dos tres cuatro cinco seis siete ocho"),
        ("chiamami al tre tre nove, uno due tre, quattro cinque sei sette", "it", "tre tre nove, uno due tre, quattro cinque sei sette"),
        ("liguem para nove um dois três quatro cinco seis sete oito", "pt", "nove um dois três quatro cinco seis sete oito"),
        ("bel me op nul zes een twee drie vier vijf zes zeven acht", "nl", "nul zes een twee drie vier vijf zes zeven acht"),
    ])
    func spelledPhones(text: String, language: String, phone: String) {
        #expect(spans(text, language, .phone) == [phone])
    }

    @Test("counting, quantities and spelled digits without a cue are no phone", arguments: [
        ("one two three four five six seven eight, the kids counted before the call", "en"),
        ("Bitte rufen Sie an, wir haben zwei oder drei Fragen zu den vier Paketen.", "de"),
        ("Appelez-nous : un, deux, trois articles manquent.", "fr"),
        ("uno dos tres cuatro cinco seis siete ocho nueve, y no pasa nada", "es"),
        ("chiamami quando hai tre o quattro minuti, sono sei euro", "it"),
        ("ligue-me amanhã: tenho dois ou três pedidos", "pt"),
        ("bel me, een twee drie, het is nul euro", "nl"),
    ])
    func notSpelledPhones(text: String, language: String) {
        #expect(spans(text, language, .phone).isEmpty)
    }

    @Test("13-digit cards in fours and 19-digit cards in 4-4-4-4-3 are cards", arguments: [
        ("Kaartnummer: 4520 1234 5678 5\nBedrag: € 19,99", "nl", "4520 1234 5678 5"),
        ("Card 4576 2300 1234 5678 900 was charged twice.", "en", "4576 2300 1234 5678 900"),
        ("Carte Amex 3714 280001 23459, merci.", "fr", "3714 280001 23459"),
    ])
    func cardGroupings(text: String, language: String, card: String) {
        #expect(spans(text, language, .creditCard) == [card])
    }

    @Test("invalid 13-digit prints and the groups of an IBAN-shaped string are no card", arguments: [
        ("Rechnungsnummer 4520 1234 5678 6 bitte angeben.", "de"),
        ("Novo NIB: PT81 2328 5886 7286 4811 9461 3 (o banco diz que não é válido?)", "pt"),
        ("Numero pratica 4520 1234 5678 6.", "it"),
    ])
    func notCards(text: String, language: String) {
        #expect(spans(text, language, .creditCard).isEmpty)
    }

    @Test("passwords told in a sentence are secrets", arguments: [
        ("Mein Passwort fürs Mitarbeiterportal ist Sonne2027!Hof, bitte prüfen.", "de", "Sonne2027!Hof"),
        ("Das Passwort ist immer noch Herbst#2024a.", "de", "Herbst#2024a"),
        ("het admin wachtwoord is nog Tulp!Router2031 en de ssid is thuis", "nl", "Tulp!Router2031"),
        ("mijn oude wachtwoord was trouwens Lente2019! maar dat werkt ook niet", "nl", "Lente2019!"),
        ("l'app chiede una password che non ricordo. Ho provato Rossi.Marco88 ma niente.", "it", "Rossi.Marco88"),
        ("cliente: esqueci a senha de novo\n[22:47] cliente: tentei Lucas@2023casa e também a antiga", "pt", "Lucas@2023casa"),
        ("Pour info le mot de passe c'est Soleil!Nantes44 depuis lundi.", "fr", "Soleil!Nantes44"),
        ("La contraseña es todavía Perro#Azul77.", "es", "Perro#Azul77"),
        ("the password I use is Winter#2023 for both accounts", "en", "Winter#2023"),
        ("my password is still Autumn2022Leaf! on the old laptop", "en", "Autumn2022Leaf!"),
    ])
    func sentencePasswords(text: String, language: String, secret: String) {
        #expect(spans(text, language, .secret) == [secret])
    }

    @Test("ordinary words, products, versions and log fields after a password cue stay", arguments: [
        ("het wachtwoord is nog niet gewijzigd sinds de 2FA-update", "nl"),
        ("the password is still not working after update 3.2", "en"),
        ("Das Passwort ist jetzt zu kurz.", "de"),
        ("Ho provato la password ma non funziona, ho provato anche iPhone15 e Firefox115.", "it"),
        ("esqueci a senha, tentei pelo app versão 3.12.0", "pt"),
        ("j'ai oublié le mot de passe, j'ai essayé maria.rossi@example.com", "fr"),
        ("2026-03-01T19:23:02-03:00 troca de senha origem=2001:db8:1c::ff02", "pt"),
        ("La contraseña es nueva y todavía no funciona.", "es"),
    ])
    func notPasswords(text: String, language: String) {
        #expect(spans(text, language, .secret).isEmpty)
    }

    @Test("a bare year after a born word and a preposition, or after the birth sign, is a date of birth", arguments: [
        ("l'adresse de ma mère, née en 1941 ? Elle habite à Angers.", "fr", "1941"),
        ("A minha avó, nascida em 1938, não consegue usar a app.", "pt", "1938"),
        ("My father, born in 1950, can't log in.", "en", "1950"),
        ("Meine Oma, geboren im Jahr 1936, braucht Hilfe.", "de", "1936"),
        ("Mi abuela, nacida en 1944, no puede entrar.", "es", "1944"),
        ("Mia nonna, nata nel 1932, non riesce ad accedere.", "it", "1932"),
        ("namens mijn vader Jozef Peeters (° 12/05/1946) vraag ik", "nl", "12/05/1946"),
    ])
    func birthYears(text: String, language: String, date: String) {
        #expect(spans(text, language, .dateOfBirth) == [date])
    }

    @Test("recent years of things begun, years without a born word and other degree signs stay", arguments: [
        ("Il problema è nato nel 2023 con l'aggiornamento.", "it"),
        ("Le projet est né en 2021 à Lyon.", "fr"),
        ("Die Firma wurde 1936 gegründet, im Jahr 1950 umbenannt.", "de"),
        ("Commande N° 77200 du 12/04/2024.", "fr"),
        ("Temperatuur 20 °C op 12/04/2024 gemeten.", "nl"),
        ("Pedido de 1938 unidades en 2024.", "es"),
        ("The birthday party in 1999 was fun.", "en"),
    ])
    func notBirthYears(text: String, language: String) {
        #expect(spans(text, language, .dateOfBirth).isEmpty)
    }
}
