import Testing
@testable import TextInference

/// Redaction-1.19.0's rules: names that sign a sentence with a phone number, recurring given names, nicknames inside a
/// name, surname-first names after a title or with a capital particle, doorbell and mailbox names, passwords after a
/// change-to word, in parentheses or lines later, API keys and session tokens named in six languages, PINs in a later
/// clause, codes read digit by digit, local North American numbers, bare birth nouns, share links; and the look-alikes
/// that stay.
@Suite("Redaction: session 16 rules")
struct RedactionSession16Tests {
    let redactor = RedactionTestSupport.redactor

    private func spans(_ text: String, _ language: String, _ type: EntityType) -> [String] {
        RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: type)
    }

    @Test("a name that signs a sentence with a phone number is a person", arguments: [
        ("Please confirm. Thi Thu Nguyen, (647) 555-0114", "en", ["Thi Thu Nguyen"]),
        ("Gracias por todo. Lucía Fernández, 612 555 019", "es", ["Lucía Fernández"]),
        ("Vielen Dank. Jürgen Obermaier – Tel. 0171 5550123", "de", ["Jürgen Obermaier"]),
    ])
    func contactSignatures(text: String, language: String, expected: [String]) {
        #expect(spans(text, language, .person) == expected)
    }

    @Test("role words, labels, places, shops and phrases before a number stay out of the name")
    func contactSignatureLookAlikes() {
        #expect(spans("Loja Porto Alegre, (51) 3333-4444", "pt", .person).isEmpty)
        #expect(spans("Please send the replacement to our shop.\nGolden Dragon, 020 7946 0321", "en", .person).isEmpty)
        #expect(spans("Neue Handynummer, 0151 23456789", "de", .person).isEmpty)
        #expect(spans("Zeuge: Nachbar Jonas Weber, Tel. 0171 5550123.", "de", .person) == ["Jonas Weber"])
        #expect(spans("Sono Giulia Conti, 347 555 0192.", "it", .person) == ["Giulia Conti"])
    }

    @Test("a given name that is also a word recurs as the person once their full name was found")
    func recurringAmbiguousGivenNames() {
        let text = "Je vous transmets le RIB de mon fils Hugo Marchal. Hugo est né le 15/01/2007."
        #expect(spans(text, "fr", .person) == ["Hugo Marchal", "Hugo"])
        // A place that is also a given name is not propagated.
        let shop = "Fiz a compra na Worten de Fátima, e a funcionária Fátima Lopes garantiu a troca."
        #expect(!spans(shop, "pt", .person).contains("Fátima"))
        // Only as a subject: not a colour, a saint's place or a word before another capitalised word.
        #expect(spans("Soy Rosa Jiménez. Quiero cambiar la funda Rosa por la azul.", "es", .person) == ["Rosa Jiménez"])
        #expect(spans("Ich bin Martin Krüger. Die Lieferung zu St. Martin kam zu spät.", "de", .person) == ["Martin Krüger"])
        #expect(spans("Ich bin Hugo Lenz und suche einen Anzug von Hugo Boss.", "de", .person) == ["Hugo Lenz"])
    }

    @Test("a nickname in quotes or parentheses stays inside one name")
    func nicknames() {
        #expect(spans("Call note – customer Robert \"Bobby\" Tran rang re: missing refund.", "en", .person) == ["Robert \"Bobby\" Tran"])
        // A department in parentheses is no nickname.
        let note = "Ich habe mit Frau Keller (Buchhaltung) Rücksprache gehalten, die Rechnung wird storniert."
        #expect(spans(note, "de", .person) == ["Keller"])
    }

    @Test("surname-first names with a capital particle; a salutation's comma starts no given name")
    func invertedNames() {
        #expect(spans("il cliente De Luca, Paolo lamenta che", "it", .person) == ["De Luca, Paolo"])
        #expect(spans("Dear Mrs Parker, Grace period for your payment ends Friday.", "en", .person) == ["Parker"])
    }

    @Test("a name on a mailbox or doorbell that ends its clause", arguments: [
        ("Lieferadresse: Bahnhofstr. 19, 79098 Freiburg, Name am Briefkasten Schneider. Bestellung #7732019.", "de", ["Schneider"]),
        ("Ich wohne im 3. OG, Klingelschild Petersen. Bitte nochmal zustellen.", "de", ["Petersen"]),
        ("A campainha tem o nome Figueiredo, 3.º direito.", "pt", ["Figueiredo"]),
    ])
    func doorbellNames(text: String, language: String, expected: [String]) {
        #expect(spans(text, language, .person) == expected)
    }

    @Test("a doorbell sentence without a name stays")
    func doorbellLookAlikes() {
        #expect(spans("Die Klingel funktioniert nicht, bitte anrufen.", "de", .person).isEmpty)
        #expect(spans("Am Briefkasten Deutschland, nicht am Haus.", "de", .person).isEmpty)
        #expect(spans("Bestellung 48213: Klingelschild Edelstahl, Türklingel Funk.", "de", .person).isEmpty)
    }

    @Test("passwords after a change-to word, in parentheses, lines later, or as a word glued to a year", arguments: [
        ("Password errata ma l'ho appena cambiata in Gatto.Nero77!! utente x", "it", ["Gatto.Nero77!!"]),
        ("La clave de acceso provisional es Temp#4471xq, pero al poner la nueva (Girasol.2026) me sale error.", "es",
         ["Temp#4471xq", "Girasol.2026"]),
        ("Já mudei a palavra-passe, mas a antiga era benfica1904 — por favor confirmem", "pt", ["benfica1904"]),
        ("me dice contraseña incorrecta. puse Chispita#2019 y luego probé con Chispita#2020. mi usuario", "es",
         ["Chispita#2019", "Chispita#2020"]),
        ("Estimados: me olvidé la contraseña. El PIN que tenía era el 1987, por si hay que anularlo.", "es", ["1987"]),
        ("Passwort geht nicht mehr\nAgent: Wie lautet Ihre E-Mail?\nKunde: hab es auf Sommer2023! geändert", "de", ["Sommer2023!"]),
        ("I changed my password to Winter2024! yesterday", "en", ["Winter2024!"]),
    ])
    func passwordsAhead(text: String, language: String, expected: [String]) {
        #expect(spans(text, language, .secret) == expected)
    }

    @Test("a host's last label or a log key after a password is no second password")
    func passwordAheadLookAlikes() {
        let log = "ERROR pago rechazado clave=Xq7!pLm2 usuario=ana@example.es commit=12aa9f87ad678d8bf4cd61833c85a0f9f0992a94"
        #expect(spans(log, "es", .secret) == ["Xq7!pLm2"])
        #expect(spans("My password manager is version 2.1 and I moved to Berlin2 office", "en", .secret).isEmpty)
        #expect(spans("My password is Xy7#pq22 and my username is mario_1985.", "en", .secret) == ["Xy7#pq22"])
    }

    @Test("products, systems, algorithms and passes near a password word stay", arguments: [
        "Password reset link does not work in firefox128 or chrome126.",
        "Is my password stored safely? We hash it with sha256 on the server.",
        "I bought a season pass and upgraded to premium2024 yesterday.",
        "Password reset fails on my laptop (Win11) and on the tablet.",
        "Forgot my password. The app asks to log in with GalaxyS24 account?",
    ])
    func passwordAheadProducts(text: String) {
        #expect(spans(text, "en", .secret).isEmpty)
    }

    @Test("API keys and session tokens named in the other languages, and compound TAN words", arguments: [
        ("la chiave API api_k3y_Rf8Zq1Lm9Tx4Vb2Nw7 è stata esposta", "it", ["api_k3y_Rf8Zq1Lm9Tx4Vb2Nw7"]),
        ("Sessietoken a8f3e21c9b7d4f60e1a2b3c4d5e6f708 ingetrokken.", "nl", ["a8f3e21c9b7d4f60e1a2b3c4d5e6f708"]),
        ("Die Bestätigungs-TAN war 739104, hat aber nicht geklappt.", "de", ["739104"]),
    ])
    func namedKeys(text: String, language: String, expected: [String]) {
        #expect(spans(text, language, .secret) == expected)
    }

    @Test("a PIN in a later clause of the next sentence, and a code read digit by digit", arguments: [
        ("chiedeva il mio PIN. Ovviamente non l'ho dato, ma vorrei cambiarlo: quello attuale è 4417, potete bloccarlo?", "it", ["4417"]),
        ("olvidé el PIN de mi tarjeta. El que tenía apuntado era 7390 pero no funciona.", "es", ["7390"]),
        ("Hola, el código de verificación que me llegó es 2 7 5 5 0 1 pero la web dice que caducó.", "es", ["2 7 5 5 0 1"]),
    ])
    func laterCodes(text: String, language: String, expected: [String]) {
        #expect(spans(text, language, .secret) == expected)
    }

    @Test("amounts, balances, years, postcodes, references and counting runs near a PIN or code word stay", arguments: [
        ("Mein PIN geht nicht. Das Limit der Karte ist 2500 pro Tag.", "de"),
        ("Olvidé el PIN de la tarjeta. Mi saldo actual es 2500.", "es"),
        ("PIN vergessen. Die neue Filiale, die aktuelle Adresse ist 1010 Wien.", "de"),
        ("O PIN não funciona. O meu cartão novo é 2027, válido até lá.", "pt"),
        ("PIN reset requested for the branch terminal. Please note that the reference for this request is 482113.", "en"),
        ("I didn't get the verification code. I followed steps 1 2 3 4 of the guide.", "en"),
        ("Die Bestätigungs-TAN für Auftrag 483920 kam nicht an.", "de"),
    ])
    func laterCodeLookAlikes(text: String, language: String) {
        #expect(spans(text, language, .secret).isEmpty)
    }

    @Test("a local North American number after a phone cue, not the tail of a longer number")
    func localNumbers() {
        #expect(spans("hey the number on my account is wrong it should be 555-0123 not 555 0132", "en", .phone) == ["555-0123", "555 0132"])
        #expect(spans("I tried calling 0800 555 0110 but waited 40 minutes.", "en", .phone) != ["555 0110"])
        #expect(spans("Codice mensa: 333 412 7781", "it", .phone).isEmpty)
        #expect(spans("Phone support is open 900-1700 on weekdays, right?", "en", .phone).isEmpty)
        #expect(spans("Call our store phone about item 555-4321 on the shelf.", "en", .phone).isEmpty)
    }

    @Test("a bare birth noun right before a whole date")
    func bareBirthNoun() {
        #expect(spans("nome Gabriel Souza, nascimento 07/14/1990. Endereço atual", "pt", .dateOfBirth) == ["07/14/1990"])
        #expect(spans("Certidão de nascimento pedida em 2019.", "pt", .dateOfBirth).isEmpty)
        #expect(spans("Ma liste de naissance 12/09/2024 n'apparaît plus sur le site.", "fr", .dateOfBirth).isEmpty)
    }

    @Test("share links are capabilities; a share page without an id stays")
    func shareLinks() {
        #expect(spans("Photos: https://files.example.net/s/claim-mrs-ainsworth-7Hq2. Date of loss", "en", .url) == ["https://files.example.net/s/claim-mrs-ainsworth-7Hq2"])
        #expect(spans("See https://www.example.com/share/facebook for more.", "en", .url).isEmpty)
        #expect(spans("Our summer sale page https://shop.example.com/s/summer2024 shows old prices.", "en", .url).isEmpty)
    }

    // Round two (sets 46 and 48 read): credentials.

    @Test("card security codes, strong tokens without a cue, and PINs told after a change-to word or a few words", arguments: [
        ("Pay by card: 5425-2204-4701-3004 exp 08/27 CVV 413. Name on card L. Okonkwo.", "en", ["413"]),
        ("Pago con tarjeta 5405 8655 7996 1299, vence 04/26, CVV 318. Por favor procesen el pedido #10442.", "es", ["318"]),
        ("Wie besprochen: Benutzername Lehmann, Einmalpasswort Xk7#pQ2m. Bitte ändern Sie es.", "de", ["Xk7#pQ2m"]),
        ("Usuario de prueba: qa_user / Pr0bando#2024. Commit 4c7e19a.", "es", ["Pr0bando#2024"]),
        ("Datos: CVV code: 123, vence 04/26.", "es", ["123"]),
        ("My new PIN for the card ending 4471 isn't working. I set it to 8026 at the branch yesterday.", "en", ["8026"]),
        ("Pincode nieuwe pas 7304 werkt niet bij de automaat.", "nl", ["7304"]),
        ("J'ai oublié mon code confidentiel. L'ancien c'était 2604 je crois.", "fr", ["2604"]),
        ("the PIN we set up on the phone was 4471. I'm the account holder.", "en", ["4471"]),
        ("Ho sbagliato il PIN (ero convinto fosse 1975) e ora la carta è bloccata.", "it", ["1975"]),
        ("Me olvidé la contraseña. Puse Tortuga_77 y me dice que es incorrecta.", "es", ["Tortuga_77"]),
    ])
    func credentials(text: String, language: String, expected: [String]) {
        #expect(spans(text, language, .secret) == expected)
    }

    @Test("limits, postcodes, promo codes in capitals, handles and key-value pairs stay", arguments: [
        ("My PIN works but the limit was raised to 2500 yesterday.", "en"),
        ("PIN changed. I moved to 1010 Vienna last year.", "en"),
        ("The CVV is on the back of the card, 3 digits.", "en"),
        ("Use code SUMMER#2024 at checkout, or follow @Shop#2024fans.", "en"),
        ("Logged: uid=Anna1&mode=Xy2#ab in the export.", "en"),
        ("Hi, I'm following up on Ticket#48213, still no reply after a week.", "en"),
        ("Mein WLAN heißt FRITZ!Box7530 und die Verbindung bricht ständig ab.", "de"),
        ("The charge shows as Visa****4412 on my statement.", "en"),
        ("I searched the shop for Samsung%20Galaxy%20S24 and it returns nothing.", "en"),
        ("Die Prüfnummer 4711 der Gasheizung steht im Wartungsprotokoll.", "de"),
        ("The CVC 2024 update broke checkout.", "en"),
        ("El PIN de la tarjeta que acaba en 4412 no funciona.", "es"),
        ("PIN rejected at store 4471 again this morning.", "en"),
        ("PIN reset desk is open from 0830 to 1730.", "en"),
        ("A compra sem PIN é limitada, ou seja 1500 dólares no máximo.", "pt"),
        ("Olvidé la contraseña y puse Pedido-44512 en el formulario de ayuda.", "es"),
    ])
    func credentialLookAlikes(text: String, language: String) {
        #expect(spans(text, language, .secret).isEmpty)
    }

    @Test("a card number, IBAN or name pasted after a PIN or card-code word is not cut to its first group")
    func widerSpansAfterCodeWords() {
        #expect(spans("CVC: 4111 1111 1111 1111", "en", .creditCard) == ["4111 1111 1111 1111"])
        #expect(spans("Codice PIN: 4111 1111 1111 1111", "it", .creditCard) == ["4111 1111 1111 1111"])
        #expect(spans("Grüße, Anna Schmidt*2", "de", .secret).isEmpty)
    }

}
