import Testing
@testable import TextInference

/// Redaction-1.21.0's rules: credential values read anywhere in a credential word's sentence (``CredentialScope``) and
/// every further mention of a secret (``SecretRepeats``); and the references, times and words that stay.
@Suite("Redaction: session 18 credentials in prose")
struct RedactionSession18Tests {
    let redactor = RedactionTestSupport.redactor

    private func secrets(_ text: String, _ language: String) -> [String] {
        RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .secret)
    }

    @Test("a password-shaped value before, after or far from its credential word", arguments: [
        ("Otter2023 is my password and it worked last week.", "en", ["Otter2023"]),
        ("Kiefer77 ist mein Kennwort, seit Jahren schon.", "de", ["Kiefer77"]),
        ("Ich komme nicht ins Konto. Ich habe Herbst2022 und danach Herbst2022! probiert.", "de", ["Herbst2022", "Herbst2022!"]),
        ("ciao, non riesco a fare il login, ho provato lupo1977 e poi Lupo1977# ma niente", "it", ["lupo1977", "Lupo1977#"]),
        ("oi, não consigo entrar na conta, tentei gremio83 e depois Gremio@83 mas nada", "pt", ["gremio83", "Gremio@83"]),
        ("the key on the router label is q8Wd 31Kt 7zPm but it says wrong password", "en", ["q8Wd 31Kt 7zPm"]),
        ("agent issued the temporary passcode Tmp-6610-rk at the call", "en", ["Tmp-6610-rk"]),
    ])
    func mixedValues(text: String, language: String, expected: [String]) {
        #expect(secrets(text, language) == expected)
    }

    @Test("PINs and codes set off by a copula, a from/to word, their word itself or an earlier value", arguments: [
        ("please reset my voicemail PIN, the old one was 5562 and the new one should be 8013.", "en", ["5562", "8013"]),
        ("der Torcode wurde am 3. Mai von 1357 auf 7531 geändert.", "de", ["1357", "7531"]),
        ("meine sim ist gesperrt, PUK laut karte 66120394 aber falsch eingegeben", "de", ["66120394"]),
        ("le code de ma messagerie vocale était 3131, puis 8282 depuis lundi", "fr", ["3131", "8282"]),
        ("Il codice dell'allarme è 6 0 4 2, grazie", "it", ["6 0 4 2"]),
        ("O PIN do cartão 7714 ficou bloqueado", "pt", ["7714"]),
        ("please reset my voicemail PIN to 3344. The old one was 9120 I think.", "en", ["3344", "9120"]),
        ("the card PIN is a different one, 6021, not the app one", "en", ["6021"]),
        ("Agent notes: PIN 4471 verified, customer wants to withdraw 2500 today.", "en", ["4471"]),
        ("PIN 4711 3 Mal eingegeben, jetzt gesperrt.", "de", ["4711"]),
        ("The PIN is 4821 and then 1500 was withdrawn at 14:02.", "en", ["4821"]),
        ("Der Türcode ist 4455, das Baujahr ist 1987.", "de", ["4455"]),
        ("Meine PIN 4471 wurde gesperrt.", "de", ["4471"]),
    ])
    func digitValues(text: String, language: String, expected: [String]) {
        #expect(secrets(text, language) == expected)
    }

    @Test("a quoted value right after its credential word, and its repeats in any case")
    func quotedAndRepeated() {
        // A plain word is repeated by no rule: it is also prose ("Nein", "Amazon").
        #expect(secrets("ho scritto la password \"girasole\" ma non va. poi ho riprovato girasole dal telefono", "it")
            == ["girasole"])
        #expect(secrets("the Wi-Fi key is 'paper lantern 31' with the spaces", "en") == ["paper lantern 31"])
        #expect(secrets("Password: Kastanie#88. Later I typed kastanie#88 in the app too.", "de").count == 2)
    }

    @Test("a security answer set off by its answer or question word")
    func answers() {
        #expect(secrets("caller gave the security answer Lisbon and then hung up", "en") == ["Lisbon"])
        #expect(secrets("la clienta dio la respuesta de seguridad Toledo y colgó", "es") == ["Toledo"])
        #expect(secrets("The security question asks for my first pet's name, which is Pumpkin, but it fails.", "en")
            == ["Pumpkin"])
    }

    @Test("references, times, hashes, labels and plain words near credential words stay", arguments: [
        ("I tried my password again and got error E-4031 on app v5.2.1.", "en"),
        ("Password reset fails since 14h05, ticket INC-204417, build 9e0b08a.", "en"),
        ("my password does not work, username jdoe_77, customer number K-4471902", "en"),
        ("Kennwort geht nicht, die Karte endet auf 4402, Kundennummer 55-2031-88.", "de"),
        ("Gutschein-Code SPRING-25OFF wird nicht akzeptiert, mein Passwort auch nicht.", "de"),
        ("Buchungscode K9TRPZ, Passwort habe ich vergessen.", "de"),
        ("zip code on file is 10019, and my password changed.", "en"),
        ("Kunnen jullie me terugbellen? vraag naar Lotte of Ruud", "nl"),
        ("Das Passwort klappt. Ich erwarte eine Antwort bis Freitag.", "de"),
        ("\"Ha la chiave?\" \"Sì, ce l'ho.\"", "it"),
        ("Why do you keep declining my payment?I tried several times with this password", "en"),
        ("My PIN was blocked in 2019 and again in 2024 for no reason.", "en"),
        ("Meine PIN funktioniert nicht. Sperren!", "de"),
        // From the session-18 reviews: plain answers and questions, physical keys, amounts, limits, plans, models,
        // login names, accounts, the next sentence's other numbers, postcodes, quoted messages.
        ("No tengo respuesta de Carlos, y Amazon dice que el pedido llegó.", "es"),
        ("Die Antwort ist Nein, ich habe das Passwort nicht weitergegeben.", "de"),
        ("Quick question: Outlook or Teams? I use Outlook daily.", "en"),
        ("Den Schlüssel für Zimmer 1205 habe ich an der Rezeption abgegeben.", "de"),
        ("Perdi a chave do quarto 1204. A fatura do quarto 1204 vai para a empresa.", "pt"),
        ("la contraseña no funciona, me pidió la clave para 3000 pesos", "es"),
        ("PIN geändert und Tageslimit auf 2500 erhöht.", "de"),
        ("Ich habe mein Passwort geändert. Die neue Durchwahl ist 4471.", "de"),
        ("Mon nom d'utilisateur est marie_l75 et j'ai oublié le mot de passe.", "fr"),
        ("olvidé la contraseña, mi vuelo ib3412 sale mañana", "es"),
        ("hab beim checkout sommer24 eingegeben, rabatt kam nicht", "de"),
        ("Mot de passe oublié, PC portable HP 15s-fq2xxx.", "fr"),
        ("Habe screenshot_0423.png angehängt, das Passwort-Feld bleibt rot.", "de"),
        ("Vorrei cambiare la password e passare da Casa200 a Casa500.", "it"),
        ("I log in as mrossi85 with my password but it fails.", "en"),
        ("When I enter my password \"Incorrect password\" appears.", "en"),
        ("De nieuwe pincode wordt verstuurd naar 3511 LK Utrecht.", "nl"),
        ("Mijn pincode is geblokkeerd. Het oude maximum was 2500 euro per dag.", "nl"),
        // From the second review: outcomes of a security check, question texts, regions, ranges and times, card
        // endings, models in capitals, company names, hotlines, standards, postcodes.
        ("Security answer: Correct. Proceeded with the password reset.", "en"),
        ("Antwoord op beveiligingsvraag: Juist. Pincode gereset.", "nl"),
        ("Sicherheitsfrage war: Lieblingsstadt? Ich habe es vergessen.", "de"),
        ("API token expired in region eu-west-1. All eu-west-1 services are affected.", "en"),
        ("Customer moved the password reset call from 0930 to 1100 tomorrow.", "en"),
        ("Password reset for the laptops 4417 to 4430 in the training room.", "en"),
        ("Esqueci o PIN do cartão terminado em 4417.", "pt"),
        ("PIN reissued for card xxxx-xxxx-xxxx-4417.", "en"),
        ("The password for the Hikvision DS-7608NI-K2 NVR was reset by the installer.", "en"),
        ("der Alarmcode wurde von Secur24 GmbH geändert.", "de"),
        ("IT-Service / Passwort-Hotline: 0800 123 4567", "de"),
        ("Wi-Fi password works but the laptop only supports 802.11n, not 802.11ax.", "en"),
        ("A carta do PIN foi enviada para 1200-195 Lisboa.", "pt"),
        ("Das Tageslimit für die PIN-Zahlung wurde von 1000 auf 2000 Euro erhöht.", "de"),
    ])
    func lookAlikes(text: String, language: String) {
        #expect(secrets(text, language).isEmpty)
    }

    @Test("a repeat is a whole token and never a part of a longer number or another type's span")
    func repeatBoundaries() {
        let text = "PIN: 4471. Order 44712 and 4471-9 and 12.4471 are references, not 4471."
        let found = secrets(text, "en")
        #expect(found == ["4471", "4471"])
    }
}
