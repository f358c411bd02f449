import Testing
@testable import TextInference

/// Positive and negative cases per recognizer.
@Suite("Redaction recognizers")
struct RedactionRecognizerTests {
    let redactor = RedactionTestSupport.redactor

    struct Case: Sendable, CustomStringConvertible {
        let text: String
        let type: EntityType
        let span: String
        var description: String { "\(type.rawValue): \(text)" }
    }

    static let positives: [Case] = [
        Case(text: "write to john.doe+tag@example.co.uk today", type: .email, span: "john.doe+tag@example.co.uk"),
        Case(text: "Correo: maría.lópez@correo.es.", type: .email, span: "maría.lópez@correo.es"),
        Case(text: "call +1 (415) 555-2671 now", type: .phone, span: "+1 (415) 555-2671"),
        Case(text: "call (415) 555-2671 now", type: .phone, span: "(415) 555-2671"),
        Case(text: "my number is 415.555.2671", type: .phone, span: "415.555.2671"),
        Case(text: "UK office +44 20 7946 0958.", type: .phone, span: "+44 20 7946 0958"),
        Case(text: "UK: +44 (0)20 7946 0958", type: .phone, span: "+44 (0)20 7946 0958"),
        Case(text: "mobile 07700 900123", type: .phone, span: "07700 900123"),
        Case(text: "Ruf an: 0049 30 12345678", type: .phone, span: "0049 30 12345678"),
        Case(text: "Handy +49 151 23456789", type: .phone, span: "+49 151 23456789"),
        Case(text: "Tel. 030 12345678", type: .phone, span: "030 12345678"),
        Case(text: "appelez le 01 23 45 67 89", type: .phone, span: "01 23 45 67 89"),
        Case(text: "bel 06-12345678", type: .phone, span: "06-12345678"),
        Case(text: "Irish mobile 087 123 4567", type: .phone, span: "087 123 4567"),
        Case(text: "Austria +43 1 5123456", type: .phone, span: "+43 1 5123456"),
        Case(text: "Schweiz +41 44 668 18 00", type: .phone, span: "+41 44 668 18 00"),
        Case(text: "Belgique +32 2 123 45 67", type: .phone, span: "+32 2 123 45 67"),
        Case(text: "llámame al 612 34 56 78", type: .phone, span: "612 34 56 78"),
        Case(text: "Portugal +351 912 345 678", type: .phone, span: "+351 912 345 678"),
        Case(text: "cellulare +39 347 123 4567", type: .phone, span: "+39 347 123 4567"),
        Case(text: "celular (11) 91234-5678", type: .phone, span: "(11) 91234-5678"),
        Case(text: "Argentina +54 9 11 1234-5678", type: .phone, span: "+54 9 11 1234-5678"),
        Case(text: "Sydney +61 2 9876 5432", type: .phone, span: "+61 2 9876 5432"),
        Case(text: "Canada 1-613-555-0199", type: .phone, span: "1-613-555-0199"),
        Case(text: "card 4111 1111 1111 1111 exp 12/27", type: .creditCard, span: "4111 1111 1111 1111"),
        Case(text: "card 5555-5555-5555-4444.", type: .creditCard, span: "5555-5555-5555-4444"),
        Case(text: "amex 378282246310005", type: .creditCard, span: "378282246310005"),
        Case(text: "amex 3782 822463 10005", type: .creditCard, span: "3782 822463 10005"),
        Case(text: "discover 6011.1111.1111.1117", type: .creditCard, span: "6011.1111.1111.1117"),
        Case(text: "jcb 3530111333300000", type: .creditCard, span: "3530111333300000"),
        Case(text: "diners 30569309025904", type: .creditCard, span: "30569309025904"),
        Case(text: "IBAN GB82 WEST 1234 5698 7654 32 please", type: .iban, span: "GB82 WEST 1234 5698 7654 32"),
        Case(text: "IBAN: DE89370400440532013000", type: .iban, span: "DE89370400440532013000"),
        Case(text: "IBAN DE89 3704 0044 0532 0130 00.", type: .iban, span: "DE89 3704 0044 0532 0130 00"),
        Case(text: "server 192.168.10.25:8080 down", type: .ipAddress, span: "192.168.10.25"),
        Case(text: "ipv6 2001:0db8:85a3:0000:0000:8a2e:0370:7334 ok", type: .ipAddress, span: "2001:0db8:85a3:0000:0000:8a2e:0370:7334"),
        Case(text: "loopback ::1 and", type: .ipAddress, span: "::1"),
        Case(text: "link fe80::1ff:fe23:4567:890a%eth0", type: .ipAddress, span: "fe80::1ff:fe23:4567:890a"),
        Case(text: "mapped ::ffff:192.0.2.128 here", type: .ipAddress, span: "::ffff:192.0.2.128"),
        Case(text: "SSN 123-45-6789.", type: .usSSN, span: "123-45-6789"),
        Case(text: "my social security number is 123 45 6789", type: .usSSN, span: "123 45 6789"),
        Case(text: "SSN: 123456789", type: .usSSN, span: "123456789"),
        Case(text: "see https://example.com/users/jsmith/settings", type: .url, span: "https://example.com/users/jsmith/settings"),
        Case(text: "link https://shop.example.com/reset?token=abc123&x=1.", type: .url, span: "https://shop.example.com/reset?token=abc123&x=1"),
        Case(text: "ftp https://admin:s3cret@files.example.com/a", type: .url, span: "https://admin:s3cret@files.example.com/a"),
        Case(text: "doc https://docs.python.org/3/?api_key=XYZ", type: .url, span: "https://docs.python.org/3/?api_key=XYZ"),
        Case(text: "key AKIAIOSFODNN7EXAMPLE here", type: .secret, span: "AKIAIOSFODNN7EXAMPLE"),
        Case(text: "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", type: .secret, span: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
        Case(text: "the AWS pair AKIAIOSFODNN7EXAMPLE / /K7MDENGbPxRfiCYEXAMPLEKEYwJalrXUtnFEM12 leaked", type: .secret,
             span: "/K7MDENGbPxRfiCYEXAMPLEKEYwJalrXUtnFEM12"),
        Case(text: "token ghp_0123456789abcdefghijABCDEFGHIJ012345 ok", type: .secret, span: "ghp_0123456789abcdefghijABCDEFGHIJ012345"),
        Case(text: "pat github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuv", type: .secret, span: "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuv"),
        Case(text: "slack xoxb-123456789012-abcdefABCDEF", type: .secret, span: "xoxb-123456789012-abcdefABCDEF"),
        Case(text: "stripe sk_live_0123456789abcdefABCDEF", type: .secret, span: "sk_live_0123456789abcdefABCDEF"),
        Case(text: "google AIzaSyA-1234567890abcdefghijklmnopqrstu", type: .secret, span: "AIzaSyA-1234567890abcdefghijklmnopqrstu"),
        Case(text: "openai sk-proj-abcdefghijklmnopqrstuvwx1234", type: .secret, span: "sk-proj-abcdefghijklmnopqrstuvwx1234"),
        Case(text: "jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U end",
             type: .secret, span: "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"),
        Case(text: "password: hunter2!", type: .secret, span: "hunter2!"),
        Case(text: "pwd=Tr0ub4dor&3 next", type: .secret, span: "Tr0ub4dor&3"),
        Case(text: "Passwort: Geheim123", type: .secret, span: "Geheim123"),
        Case(text: "contraseña: perro_azul_9", type: .secret, span: "perro_azul_9"),
        Case(text: "mot de passe : soleil2024", type: .secret, span: "soleil2024"),
        Case(text: "my password is Summer2024", type: .secret, span: "Summer2024"),
        Case(text: "Hello, my name is Anna Schmidt and", type: .person, span: "Anna Schmidt"),
        Case(text: "Hola, me llamo José García.", type: .person, span: "José García"),
        Case(text: "Bonjour, je m'appelle Marie Dupont.", type: .person, span: "Marie Dupont"),
        Case(text: "Hallo, ich heiße Jürgen Müller.", type: .person, span: "Jürgen Müller"),
        Case(text: "Ciao, mi chiamo Giulia Rossi.", type: .person, span: "Giulia Rossi"),
        Case(text: "Olá, meu nome é João Silva.", type: .person, span: "João Silva"),
        Case(text: "Hoi, mijn naam is Jan van der Berg.", type: .person, span: "Jan van der Berg"),
        Case(text: "Hej, jag heter Sven Olsson.", type: .person, span: "Sven Olsson"),
        Case(text: "Здравствуйте, меня зовут Иван Петров.", type: .person, span: "Иван Петров"),
        Case(text: "مرحبا، اسمي أحمد علي", type: .person, span: "أحمد علي"),
        Case(text: "Thanks for the help.\nRegards,\nAnna Schmidt", type: .person, span: "Anna Schmidt"),
        Case(text: "Saludos, Carmen Ruiz", type: .person, span: "Carmen Ruiz"),
        Case(text: "Mit freundlichen Grüßen\nPetra Weber", type: .person, span: "Petra Weber"),
        Case(text: "Cordialement, Luc Martin", type: .person, span: "Luc Martin"),
        Case(text: "I spoke to Mr. Smith yesterday", type: .person, span: "Smith"),
        Case(text: "Frau Meier hat angerufen", type: .person, span: "Meier"),
        Case(text: "La Sra. López llamó", type: .person, span: "López"),
        Case(text: "Mme Lefèvre a écrit", type: .person, span: "Lefèvre"),
        Case(text: "I live at 221B Baker Street, London NW1 6XE.", type: .address, span: "221B Baker Street, London NW1 6XE"),
        Case(text: "Ship to 1600 Pennsylvania Avenue NW, Washington, DC 20500 asap", type: .address,
             span: "1600 Pennsylvania Avenue NW, Washington, DC 20500"),
        Case(text: "vivo en Calle Mayor 5, 28013 Madrid.", type: .address, span: "Calle Mayor 5, 28013 Madrid"),
        Case(text: "Adresse: Hauptstraße 5, 10115 Berlin", type: .address, span: "Hauptstraße 5, 10115 Berlin"),
        Case(text: "j'habite 12 rue de Rivoli, 75001 Paris", type: .address, span: "12 rue de Rivoli, 75001 Paris"),
        Case(text: "abito in Via Roma 10, 00184 Roma", type: .address, span: "Via Roma 10, 00184 Roma"),
        Case(text: "moro na Rua Augusta 100", type: .address, span: "Rua Augusta 100"),
        Case(text: "adres Kerkstraat 12, 1017 GC Amsterdam", type: .address, span: "Kerkstraat 12, 1017 GC Amsterdam"),
        Case(text: "bor på Storgatan 3", type: .address, span: "Storgatan 3"),
        Case(text: "adres ul. Długa 5", type: .address, span: "ul. Długa 5"),
        Case(text: "my zip code is 94105", type: .address, span: "94105"),
        Case(text: "I was born on 12 March 1985.", type: .dateOfBirth, span: "12 March 1985"),
        Case(text: "DOB: 1985-03-12", type: .dateOfBirth, span: "1985-03-12"),
        Case(text: "Date of birth: March 12, 1985", type: .dateOfBirth, span: "March 12, 1985"),
        Case(text: "fecha de nacimiento: 12/03/1985", type: .dateOfBirth, span: "12/03/1985"),
        Case(text: "geboren am 12.03.1985", type: .dateOfBirth, span: "12.03.1985"),
        Case(text: "Date de naissance du titulaire (pour vérification) : 5 octobre 1991. Merci", type: .dateOfBirth,
             span: "5 octobre 1991"),
        Case(text: "cambié la contraseña y no puedo entrar. la nueva que elegí es Tango&Lluvia_2031, ayuda", type: .secret,
             span: "Tango&Lluvia_2031"),
        Case(text: "née le 12 mars 1985", type: .dateOfBirth, span: "12 mars 1985"),
        Case(text: "data di nascita 12/03/85", type: .dateOfBirth, span: "12/03/85"),
    ]

    @Test("recognizes", arguments: positives)
    func recognizes(_ sample: Case) {
        let result = redactor.redact(sample.text, language: "")
        let found = RedactionTestSupport.spans(result, in: sample.text, type: sample.type)
        #expect(found.contains(sample.span), "found \(result.entities) → \(result.text)")
        #expect(!result.text.contains(sample.span))
    }

    static let negatives: [String] = [
        "card 4111 1111 1111 1112 failed",  // Luhn-invalid
        "number 1234 5678 9012 3456",  // Luhn-invalid, no issuer
        "IBAN GB82 WEST 1234 5698 7654 33",  // wrong checksum
        "IBAN DE89 3704 0044 0532 0130",  // too short for DE
        "order ORD-2024-88812 shipped",
        "Date de naissance (pour vérification) demandée ; commande du 5 octobre 2024 : livrée",  // no label colon before the date
        "path /K7MDENGbPxRfiCYEXAMPLEKEYwJalrXUtnFEM12 without any cloud cue",  // a slash run with no AWS cue
        "password reset failed.\nOrder Ref&Code_2024X was shipped",  // a password-shaped token on the next line
        "Ordered a birthday present for my son and the delivery date: 14/06/2025",  // a delivery date, not a birth date
        "cadeau d'anniversaire pour ma fille, date de livraison : 12 juin 2025",
        "Reset my password but it failed during the #Black&Friday2024 sale",  // a hashtag
        "id 550e8400-e29b-41d4-a716-446655440000",
        "at 2024-05-01T10:00:00Z and 2024-05-01 10:00:00",
        "on 12.05.2024 at 14:30",
        "version 1.2.3.4 released, v2.10.3.1 too",
        "app 2.3.1 and build 10.0.19045",
        "price €1.299,00 or $1,299.00 or 1 299,00 €",
        "tracking 1Z999AA10123456784 and 9400 1000 0000 0000 0000 00",
        "invoice 2024001234 paid",
        "SSN 000-12-3456 and 666-12-3456 and 912-12-3456 and 123-00-4567 and 123-45-0000",
        "ticket #1234567 and ref 88812",
        "see https://docs.python.org/3/library/re.html and https://en.wikipedia.org/wiki/Luhn_algorithm",
        "see https://example.com/pricing?plan=pro",
        "this is Windows 10 and I'm Happy with it",
        "time 10:30:45 and ratio 3:2 and std::vector",
        "MAC 00:1A:2B:3C:4D:5E",
        "the password is incorrect",
        "We shipped 3 items on March 12, 1985 edition",
    ]

    @Test("leaves non-personal data alone", arguments: negatives)
    func leavesAlone(_ text: String) {
        let result = redactor.redact(text, language: "")
        #expect(result.entities.isEmpty, "unexpected \(result.entities) → \(result.text)")
        #expect(result.text == text)
    }

    @Test("generated Luhn-valid numbers are redacted for every network")
    func generatedCards() {
        let payloads = ["411111111111111", "545454545454545", "222300000000000", "37144963539843", "601100099990001",
                        "353011133330000", "3056930902590", "620000000000000", "6759649826438453"]
        for payload in payloads {
            let number = RedactionTestSupport.withLuhnDigit(payload)
            #expect(LuhnChecksum.isValid(number.compactMap { $0.wholeNumberValue.map(UInt8.init) }))
            let text = "pay with \(number) please"
            let result = redactor.redact(text, language: "en")
            #expect(RedactionTestSupport.spans(result, in: text, type: .creditCard) == [number], "\(number)")
        }
    }
}
