import Testing
@testable import TextInference

/// The trigger pre-pass (``TextTriggers``) that lets the e-mail, URL, URL-credential and IPv6 scans
/// skip texts that cannot hold their matches: it must see every trigger wherever it sits, and a text
/// that has the trigger still gets its match redacted.
@Suite("Redaction trigger pre-pass")
struct RedactionTriggerTests {
    let redactor = RedactionTestSupport.redactor

    @Test("triggers are found at the start, middle and end, in any case of www, after non-ASCII text")
    func triggersFound() {
        let at = ScannedText("ünïcödé first@").triggers
        #expect(at.hasAt && !at.hasSchemeSeparator && !at.hasWWW && at.colons == 0)
        let scheme = ScannedText("://x").triggers
        #expect(scheme.hasSchemeSeparator && scheme.colons == 1 && !scheme.hasAt)
        let www = ScannedText("voir WwW.").triggers
        #expect(www.hasWWW && !www.hasSchemeSeparator)
        let colons = ScannedText("a: b: c: d").triggers
        #expect(colons.colons == 2 && !colons.hasSchemeSeparator)
        let none = ScannedText("ww. w.ww. :/ / @ absent? no: ").triggers
        #expect(none.hasAt && !none.hasWWW && !none.hasSchemeSeparator && none.colons == 2)
        let empty = ScannedText("").triggers
        #expect(!empty.hasAt && !empty.hasWWW && !empty.hasSchemeSeparator && empty.colons == 0)
    }

    @Test("texts with a trigger only at their edges are still redacted", arguments: [
        ("a@example.com", "EMAIL"),
        ("WWW.example.com/users/jane.doe", "URL"),
        ("https://example.com/~jane", "URL"),
        ("fe80::1ff:fe23:4567:890a", "IP_ADDRESS"),
    ])
    func edgesRedacted(text: String, type: String) {
        let result = redactor.redact(text, language: "en")
        #expect(result.entities.map(\.type.rawValue) == [type])
    }
}
