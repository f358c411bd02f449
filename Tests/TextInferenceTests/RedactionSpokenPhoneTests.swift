import Testing
@testable import TextInference

/// Phone numbers read out in transcripts: "double"/"triple", French digit pairs, spaced single digits, and long
/// runs of digit words without a cue; counts and quantities stay.
@Suite("Redaction: spoken phone numbers")
struct RedactionSpokenPhoneTests {
    let redactor = RedactionTestSupport.redactor

    @Test("spoken numbers are phones", arguments: [
        ("call me back on oh seven seven double oh nine oh oh four five six thanks", "en",
         "oh seven seven double oh nine oh oh four five six"),
        ("please call me back, it's four one five five five five zero one four two", "en", "four one five five five five zero one four two"),
        ("rappelez-moi au zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit merci", "fr",
         "zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit"),
        ("number is 0 7 7 0 0 9 0 0 4 5 6 ok", "en", "0 7 7 0 0 9 0 0 4 5 6"),
    ])
    func spoken(text: String, language: String, phone: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .phone) == [phone])
    }

    @Test("counting, quantities and short runs stay", arguments: [
        "one two three four five six seven eight nine, here we go",
        "I ordered two, then three, then five more and one came broken",
        "double check the order, triple check the address",
        "trente-quatre euros pour douze articles",
    ])
    func notPhones(text: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: "en"), in: text, type: .phone).isEmpty)
    }
}
