import Testing
@testable import TextInference

/// Dates of birth stated with a copula further after their cue, a relative's date right after their name, doorbell
/// surnames, callback-number labels and quoted passwords after a password cue; and the dates, numbers and quotes
/// near such cues that stay.
@Suite("Redaction: stated birth dates, doorbells, callback labels, quoted passwords")
struct RedactionStatedBirthDateTests {
    let redactor = RedactionTestSupport.redactor

    private func spans(_ text: String, _ language: String, _ type: EntityType) -> [String] {
        RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: type)
    }

    @Test("a date of birth stated later, and a relative's date after the name", arguments: [
        ("On me demande ma date de naissance à chaque appel... c'est le 12/06/1971, notez-le.", "fr", ["12/06/1971"]),
        ("A data de nascimento está errada no sistema. O correto é 9 de abril de 1984.", "pt", ["9 de abril de 1984"]),
        ("La fecha de nacimiento de mi hijo Pablo, 21/10/2013, está mal.", "es", ["21/10/2013"]),
        ("Onze dochter Noor Bakker (02-07-2011) wil een eigen abonnement.", "nl", ["02-07-2011"]),
    ])
    func birthDates(text: String, language: String, expected: [String]) {
        #expect(spans(text, language, .dateOfBirth) == expected)
    }

    @Test("dates after a birth cue that are no date of birth stay", arguments: [
        ("Your date of birth field was empty; the order was on 12/03/2024.", "en"),
        ("Mein Geburtsdatum stimmt nicht. Die Rechnung ist vom 03.04.2024.", "de"),
        ("My date of birth is wrong in the app, my order from 12/03/2004 shows it.", "en"),
        ("My son Leo (3 years) loves it.", "en"),
        ("My date of birth is wrong on the account. The order date is 12/03/2014.", "en"),
        ("Ma date de naissance est correcte, mais la date de livraison c'est le 23/02/2012.", "fr"),
        ("Mein Geburtsdatum ist falsch, das Vertragsende ist der 31.12.2015.", "de"),
        ("Birthday voucher not applied. My account opening date is 05/05/2012.", "en"),
        ("Paket wurde beim Nachbarn Schulz (14.05.2024) abgegeben.", "de"),
        ("Booked for my husband Tom, 14/07/2014 at 10:00", "en"),
        ("Meine Tochter Lena (12.03.2014 bestellt)", "de"),
    ])
    func otherDates(text: String, language: String) {
        #expect(spans(text, language, .dateOfBirth).isEmpty)
    }

    @Test("a surname after a doorbell word is a person")
    func doorbells() {
        #expect(spans("Il tecnico può venire domani, citofono Ferraris.", "it", .person) == ["Ferraris"])
        #expect(spans("Il citofono non funziona.", "it", .person).isEmpty)
        #expect(spans("I bought the doorbell Eufy last week.", "en", .person).isEmpty)
    }

    @Test("a callback-number label does not hide the phone")
    func callback() {
        #expect(spans("Monteur ingepland, terugbelnummer 010 555 4419.", "nl", .phone) == ["010 555 4419"])
        #expect(spans("Kabelnummer 0105554419 staat op de factuur.", "nl", .phone).isEmpty)
    }

    @Test("a quoted password after a password cue is a secret; quoted codes and words stay")
    func quotedPasswords() {
        #expect(spans("Mein Passwort ist angeblich falsch. Habe „Tannenzapfen!77“ eingegeben.", "de", .secret) == ["Tannenzapfen!77"])
        #expect(spans("the password reset did not work, I typed 'Blue2024' twice", "en", .secret) == ["Blue2024"])
        #expect(spans("The password help page \"help/reset-2024\" is broken.", "en", .secret).isEmpty)
        #expect(spans("My password no longer works since the \"Summer Sale\" update.", "en", .secret).isEmpty)
        #expect(spans("I typed my password but the app says 'error401' every time.", "en", .secret).isEmpty)
        #expect(spans("My password is fine but the coupon 'summer24' does not apply.", "en", .secret).isEmpty)
        #expect(spans("My season pass 'Gold2024' was not renewed.", "en", .secret).isEmpty)
        #expect(spans("Mijn wachtwoord werkt niet op mijn 'iPhone15'", "nl", .secret).isEmpty)
    }
}
