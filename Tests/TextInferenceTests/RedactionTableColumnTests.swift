import Testing
@testable import TextInference

/// Cells of pasted tables under name, birth-date and address columns, and birth dates written before their
/// label, with two-digit or apostrophe years, or under one-word field names.
@Suite("Redaction: table columns and birth-date forms")
struct RedactionTableColumnTests {
    let redactor = RedactionTestSupport.redactor

    @Test("cells under known columns are taken, with comma, semicolon, tab and pipe delimiters", arguments: [
        ("first_name,last_name,date_of_birth,city\nMarta,Keller,1986-02-11,Graz", "en",
         ["Marta", "Keller"], ["1986-02-11"]),
        ("Vorname;Nachname;Geburtsdatum\nTobias;Brandt;03.09.1974\nIlse;Voss;21.12.1969", "de",
         ["Tobias", "Brandt", "Ilse", "Voss"], ["03.09.1974", "21.12.1969"]),
        ("voornaam\tachternaam\tgeboortedatum\nFemke\tvan Dijk\t07-05-1992", "nl", ["Femke", "van Dijk"], ["07-05-1992"]),
        ("| Nome | Cognome | Data di nascita |\n|---|---|---|\n| Carla | Bruni | 12/10/1980 |", "it", ["Carla", "Bruni"], ["12/10/1980"]),
        ("customerName;birthDate\nNoor Haddad;1991-07-19", "en", ["Noor Haddad"], ["1991-07-19"]),
    ])
    func tables(text: String, language: String, people: [String], births: [String]) {
        let result = redactor.redact(text, language: language)
        #expect(RedactionTestSupport.spans(result, in: text, type: .person) == people)
        #expect(RedactionTestSupport.spans(result, in: text, type: .dateOfBirth) == births)
    }

    @Test("an address column's cells with a number are addresses")
    func addressColumn() {
        let text = "name|address\nOwen Price|14 Quay Street, Cardiff CF10 1EA"
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: "en"), in: text, type: .address) == ["14 Quay Street, Cardiff CF10 1EA"])
    }

    @Test("tables without known columns, placeholders and numbers in name columns stay", arguments: [
        "order_id,amount,status\nA-1022,19.99,shipped\nA-1023,5.00,pending",
        "sku;qty;price\nTX-90;2;14,90",
        "name,qty\nn/a,3\n-,4",
        "product,version\nRouter X2,4.1.7",
    ])
    func nothingTaken(text: String) {
        let result = redactor.redact(text, language: "en")
        #expect(RedactionTestSupport.spans(result, in: text, type: .person).isEmpty)
        #expect(RedactionTestSupport.spans(result, in: text, type: .dateOfBirth).isEmpty)
    }

    @Test("birth dates before their label, with two-digit or apostrophe years, or under one-word keys", arguments: [
        ("14/03/1987 is my date of birth, please check", "en", "14/03/1987"),
        ("12.03.1985 ist mein Geburtsdatum.", "de", "12.03.1985"),
        ("02/05/1961 (date of birth)", "en", "02/05/1961"),
        ("DOB - 14 Mar 87", "en", "14 Mar 87"),
        ("DOB: 11th Feb '82", "en", "11th Feb '82"),
        ("{\"fechaNacimiento\": \"1992-10-30\"}", "es", "1992-10-30"),
        ("{\"date_naissance\": \"1981-07-09\"}", "fr", "1981-07-09"),
        ("\"dataNascita\":\"1979-01-15\"", "it", "1979-01-15"),
    ])
    func birthForms(text: String, language: String, date: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .dateOfBirth) == [date])
    }

    @Test("dates near a birth word that are no birth dates stay", arguments: [
        ("The birth certificate was sent on 14/03/2024.", "en"),
        ("Invoice 12.03.2024 ist bezahlt, mein Geburtstag ist bald.", "de"),
        ("DOB field shows May 12 09:30 as last edit", "en"),
    ])
    func notBirthDates(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .dateOfBirth).isEmpty)
    }
}

/// Dates of birth spelled in words, as transcripts write them.
@Suite("Redaction: spoken birth dates")
struct RedactionSpokenBirthDateTests {
    let redactor = RedactionTestSupport.redactor

    @Test("spelled dates after a birth cue are dates of birth", arguments: [
        ("I was born on the third of March nineteen eighty-eight, ok", "en", "third of March nineteen eighty-eight"),
        ("ich bin am dritten Mai neunzehnhundertneunzig geboren", "de", "dritten Mai neunzehnhundertneunzig"),
        ("nací el ocho de febrero de mil novecientos setenta y nueve", "es", "ocho de febrero de mil novecientos setenta y nueve"),
        ("je suis née le quatre juillet mille neuf cent quatre-vingt-trois", "fr", "quatre juillet mille neuf cent quatre-vingt-trois"),
    ])
    func spoken(text: String, language: String, date: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .dateOfBirth) == [date])
    }

    @Test("a month alone or without a birth cue stays", arguments: [
        "I was born in March, the rest is private",
        "the third of March nineteen eighty-eight was the delivery date",
    ])
    func notSpoken(text: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: "en"), in: text, type: .dateOfBirth).isEmpty)
    }
}
