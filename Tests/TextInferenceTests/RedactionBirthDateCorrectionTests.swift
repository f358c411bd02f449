import Testing
@testable import TextInference

/// The second date of a birth-date mix-up ("12/04/1987 instead of 21/04/1987") and the dates after a cued one
/// that stay (a signup date after "but", a contract start after "not").
@Suite("Redaction: birth-date mix-ups")
struct RedactionBirthDateCorrectionTests {
    let redactor = RedactionTestSupport.redactor

    private func births(_ text: String, _ language: String) -> [String] {
        RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .dateOfBirth)
    }

    @Test("both dates of an instead-of mix-up are dates of birth", arguments: [
        ("Ho sbagliato la data di nascita: 03/05/1979 invece di 05/03/1979.", "it", ["03/05/1979", "05/03/1979"]),
        ("Date of birth 14/02/1961 instead of 02/14/1961 on the form.", "en", ["14/02/1961", "02/14/1961"]),
        ("Geburtsdatum 4.5.1970 statt 5.4.1970 eingetragen.", "de", ["4.5.1970", "5.4.1970"]),
        ("Date de naissance 03/05/1979 au lieu du 05/03/1979.", "fr", ["03/05/1979", "05/03/1979"]),
        ("fecha de nacimiento 11/09/1988 en lugar de 09/11/1988", "es", ["11/09/1988", "09/11/1988"]),
    ])
    func mixUps(text: String, language: String, expected: [String]) {
        #expect(births(text, language) == expected)
    }

    @Test("a date after 'but' or 'not' stays a plain date", arguments: [
        ("My date of birth is March 3, 1987 but the app shows 2024-03-03 as my signup date.", "en", ["March 3, 1987"]),
        ("Je suis née le 1er avril 1990, pas le 1er avril 2021 (c'est la date de début du contrat).", "fr", ["1er avril 1990"]),
        ("Mi fecha de nacimiento es 03/04/1980, la última vez 12/05/2024 me lo pidieron.", "es", ["03/04/1980"]),
    ])
    func otherDates(text: String, language: String, expected: [String]) {
        #expect(births(text, language) == expected)
    }
}
