import Testing
@testable import TextInference

/// Credentials found by where they stand: variables named like credentials, command-line password flags,
/// PIN digits, bearer tokens, connection-string and key-file fields; and look-alikes that stay.
@Suite("Redaction: credential assignments")
struct RedactionCredentialAssignmentTests {
    let redactor = RedactionTestSupport.redactor

    @Test("the value of a variable named like a credential is a secret", arguments: [
        ("PAYMENTS_LICENSE_KEY=3f9c1e27ab40d6e8f0b1c2d3NRAL", "3f9c1e27ab40d6e8f0b1c2d3NRAL"),
        ("SMTP_PASS: Hx7nQ2pLw9", "Hx7nQ2pLw9"),
        ("\"WEBHOOK_TOKEN\": \"q8Zr1mVt0wYp3LsK\",", "q8Zr1mVt0wYp3LsK"),
        ("export ZENDESK_API_TOKEN=Tm4kPq9Wv2Lr8Xs6", "Tm4kPq9Wv2Lr8Xs6"),
        ("mail_password = changeme42", "changeme42"),
    ])
    func variables(text: String, secret: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: "en"), in: text, type: .secret) == [secret])
    }

    @Test("variables that only look like credentials stay", arguments: [
        "PUBLIC_KEY=ssh-ed25519",
        "SORT_KEY: created_at_desc",
        "API_KEY=${API_KEY}",
        "DB_PASSWORD=$DB_PASSWORD",
        "USE_TOKEN=true",
        "SSH_KEY=/home/deploy/.ssh/id_ed25519",
    ])
    func variablesThatStay(text: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: "en"), in: text, type: .secret).isEmpty)
    }

    @Test("a password flag next to a user flag is a secret", arguments: [
        ("mysql -u shop -pWinter2026x shopdb", "Winter2026x"),
        ("docker login -u deploybot -p Kq82mXw1zzT registry.example.com", "Kq82mXw1zzT"),
        ("psql --username app --password Rt5vB8nM", "Rt5vB8nM"),
    ])
    func passwordFlags(text: String, secret: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: "en"), in: text, type: .secret) == [secret])
    }

    @Test("a -p flag without a user flag, or with a number, stays", arguments: [
        "ssh -p 2222 host.example.com",
        "ps -u root -p 4412",
        "mkdir -p build/release",
    ])
    func flagsThatStay(text: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: "en"), in: text, type: .secret).isEmpty)
    }

    @Test("PIN digits after the cue are a secret", arguments: [
        ("My PIN 4821 doesn't work at the ATM.", "en", "4821"),
        ("mi PIN es 907311 y no funciona", "es", "907311"),
        ("Meine PIN ist 5530, bitte sperren.", "de", "5530"),
        ("mijn pincode is 2468", "nl", "2468"),
    ])
    func pins(text: String, language: String, secret: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .secret) == [secret])
    }

    @Test("PIN look-alikes stay", arguments: [
        "The PIN reader on terminal 12 is broken.",
        "PIN 12 of the connector is bent",
        "PIN 1234-5678 is the order",
    ])
    func pinsThatStay(text: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: "en"), in: text, type: .secret).isEmpty)
    }

    @Test("bearer tokens, connection-string keys, key-file ids and Mailgun keys are secrets", arguments: [
        ("Authorization: Bearer Zx81kLmN2pQr7sTuVw3yAb5cDe", "Zx81kLmN2pQr7sTuVw3yAb5cDe"),
        ("AccountName=shop;AccountKey=Qm9yZ2VyIGJ1cmdlciBpcyB0aGUgYmVzdCBmb29kIGV2ZXI7==;EndpointSuffix=core.windows.net",
         "Qm9yZ2VyIGJ1cmdlciBpcyB0aGUgYmVzdCBmb29kIGV2ZXI7=="),
        ("\"private_key_id\": \"4be1c0a9d2f37e8b6a5c4d3e2f1a0b9c8d7e6f5a\",", "4be1c0a9d2f37e8b6a5c4d3e2f1a0b9c8d7e6f5a"),
        ("our mailgun key key-0a1b2c3d4e5f60718293a4b5c6d7e8f9 stopped working", "key-0a1b2c3d4e5f60718293a4b5c6d7e8f9"),
        ("the passphrase: Lantern#88blue", "Lantern#88blue"),
    ])
    func labelled(text: String, secret: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: "en"), in: text, type: .secret) == [secret])
    }

    @Test("word-and-number passwords after a label, Wi-Fi keys, pw= and query-string values", arguments: [
        ("ho provato con la password Roma2020 ma niente", "it", "Roma2020"),
        ("le code wifi est 8F3K2L9Q1Z", "fr", "8F3K2L9Q1Z"),
        ("creds: user=jolly, pw=Bluebird77", "en", "Bluebird77"),
        ("POST /login?user=ana&password=Kq7pLm2x&remember=1", "en", "Kq7pLm2x"),
        ("//registry.npmjs.org/:_authToken=a1b2c3d4-e5f6-7a8b-9c0d-e1f2a3b4c5d6", "en", "a1b2c3d4-e5f6-7a8b-9c0d-e1f2a3b4c5d6"),
    ])
    func moreLabelled(text: String, language: String, secret: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .secret) == [secret])
    }

    @Test("a label followed by a version, a model or a plain word stays", arguments: [
        "Password reset v2 is live",
        "password Windows 10 prompt keeps coming back",
        "the password field X-200 shows an error",
    ])
    func labelWithoutValue(text: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: "en"), in: text, type: .secret).isEmpty)
    }

    @Test("the bearer of a card, a key-value word and a key- word stay", arguments: [
        "The bearer of this card must sign it.",
        "We use a key-value store for sessions.",
        "The key-holder will open the shop at 9.",
    ])
    func lookAlikesStay(text: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: "en"), in: text, type: .secret).isEmpty)
    }
}
