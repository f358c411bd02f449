import Testing
@testable import TextInference

/// The scanning shortcuts of session 8 (issue 10) against plain reference scans: the eight-byte ASCII
/// decode, the cue table laid out by first word, the IPv6 scan that jumps to segments holding a `:`,
/// the secret scan that skips the inside of tokens, and name propagation without hashed sets.
@Suite("Redaction scan mechanics")
struct RedactionScanMechanicsTests {
    let redactor = RedactionTestSupport.redactor

    @Test("decoding eight ASCII bytes at a time gives the scalars and folds of a plain decode", arguments: [
        "", "a", "ABCDEFG", "ABCDEFGH", "Hello\tWorld\r\nFOO bar 123", "Müller Straße 7\u{3A2}\u{2BC}", "ÀÉÎ abcdefghIJKLMNOP é",
        "12345678😀ABCDEFGH\u{A0}xyz", String(repeating: "Tel. +49 30 1234567, ", count: 5) + "Ende",
    ])
    func decodeMatchesPlainDecode(text: String) {
        let scanned = ScannedText(text)
        let values = text.unicodeScalars.map(\.value)
        #expect(scanned.values == values)
        #expect(scanned.folded == values.map(ScalarClass.fold))
        #expect(scanned.count == values.count)
    }

    /// Phrases that share first words, end in punctuation, have one letter or start with a
    /// non-ASCII scalar, in an order that is not the table's.
    static let phrases: [(String, CueLexicon.Kind)] = [
        ("my name is", .selfName), ("my husband", .relation), ("my", .relation), ("name:", .selfName),
        ("name", .selfName), ("c/o", .relation), ("c", .weakSelfName), ("c'est", .weakSelfName),
        ("tel.", .phone), ("tel", .phone), ("número", .phone), ("éléphant rose", .reference),
        ("меня зовут", .selfName), ("i'm", .selfName), ("a:", .selfName), ("d.o.b.", .birth),
    ]

    static let texts = [
        "My name is Ana, my husband Tom. Name: x; name-tag my",
        "c/o Marta, c'est moi. Tel. 555 tel:555 hotel telephone",
        "Número 4, ÉLÉPHANT ROSE et éléphant roses. Меня зовут Анна",
        "I’m here; I\u{2BC}m there; i'm; A: b; d.o.b. 1990; D.O.B.",
        "myname is; mymy my\u{3A2} my\u{3A3}; c\nC",
        "",
        "my",
    ]

    /// Every hit of `phrases` in `text` by a plain reading of the rule: at each word start, a phrase
    /// whose folded scalars follow and whose first word is the text's first folded word there.
    static func referenceHits(_ phrases: [(String, CueLexicon.Kind)], _ text: ScannedText) -> [CueLexicon.Hit] {
        func firstWord(_ folded: [UInt32], _ start: Int) -> [UInt32] {
            var end = start
            while end < folded.count, ScalarClass.isWordChar(folded[end]) { end += 1 }
            return Array(folded[start..<end])
        }
        var hits: [CueLexicon.Hit] = []
        for i in 0..<text.count where ScalarClass.isWordChar(text.values[i]) && text.isWordStart(i) {
            for (phrase, kind) in phrases {
                let folded = [UInt32](scalarsOf: phrase)
                let end = i + folded.count
                guard end <= text.count, Array(text.folded[i..<end]) == folded,
                      firstWord(text.folded, i) == firstWord(folded, 0) else { continue }
                if ScalarClass.isWordChar(folded[folded.count - 1]), !text.isWordEnd(end) { continue }
                hits.append(CueLexicon.Hit(kind: kind, start: i, end: end))
            }
        }
        return hits
    }

    @Test("cue hits are the reference hits, sorted by start", arguments: texts)
    func cueHitsMatchReference(text: String) {
        let lexicon = CueLexicon(entries: Self.phrases)
        let scanned = ScannedText(text)
        let hits = lexicon.hits(in: scanned)
        let reference = Self.referenceHits(Self.phrases, scanned)
        if !text.isEmpty { #expect(!reference.isEmpty) }
        #expect(hits.count == reference.count)
        for hit in reference { #expect(hits.contains(hit)) }
        #expect(hits.map(\.start) == hits.map(\.start).sorted())
    }

    @Test("the standard cues of a ticket are found", arguments: [
        ("Hi, my name is Jonas and my husband is away.", [CueLexicon.Kind.selfName, .relation]),
        ("Kind regards, Anna", [.signature]),
    ])
    func standardCues(text: String, kinds: [CueLexicon.Kind]) {
        let found = CueLexicon.standard.hits(in: ScannedText(text)).map(\.kind)
        for kind in kinds { #expect(found.contains(kind)) }
    }

    @Test("an IPv6 address after colon-free hex runs, timestamps and long runs is found", arguments: [
        ("feedface deadbeef cafe 2001:db8::1 ok", "2001:db8::1"),
        ("[09:15] agent: the box at fe80::1ff:fe23:4567:890a drops", "fe80::1ff:fe23:4567:890a"),
        (String(repeating: "abcdef0123", count: 8) + " then ::1 and 2001:db8:0:0:0:0:2:1.", "2001:db8:0:0:0:0:2:1"),
        ("a:b c:d 10:30 then 2001:db8::ff00:42:8329", "2001:db8::ff00:42:8329"),
    ])
    func ipv6AfterSkippedSegments(text: String, address: String) {
        let result = redactor.redact(text, language: "en")
        #expect(RedactionTestSupport.spans(result, in: text, type: .ipAddress).contains(address))
    }

    @Test("no IPv6 address is taken from colon runs that are none", arguments: [
        "Subject: help: the app crashed at 10:30:15 again",
        "deadbeef:cafe feedface",
    ])
    func noIPv6(text: String) {
        let result = redactor.redact(text, language: "en")
        #expect(RedactionTestSupport.spans(result, in: text, type: .ipAddress).isEmpty)
    }

    @Test("secrets after and inside token runs are found", arguments: [
        ("key-ghp_" + String(repeating: "a1", count: 18) + " is mine", false),
        ("my key ghp_" + String(repeating: "a1", count: 18) + " is mine", true),
        ("x_y-z--\n-----BEGIN RSA PRIVATE KEY-----\nMIIabc\n-----END RSA PRIVATE KEY-----", true),
        ("token=AKIA" + String(repeating: "B", count: 16) + ".", true),
    ])
    func secretsAroundTokens(text: String, found: Bool) {
        let result = redactor.redact(text, language: "en")
        #expect(!RedactionTestSupport.spans(result, in: text, type: .secret).isEmpty == found)
    }

    @Test("a propagated name is redacted at every whole-word mention, once per span")
    func namePropagation() {
        let text = "My name is Jonas Becker. Jonas Becker called; Becker and Jonas again, not Jonasson. Regards, Jonas Becker"
        let result = redactor.redact(text, language: "en")
        let spans = RedactionTestSupport.spans(result, in: text, type: .person)
        #expect(spans.filter { $0 == "Jonas Becker" }.count == 3)
        #expect(spans.contains("Becker") && spans.contains("Jonas"))
        #expect(!spans.contains { $0.contains("Jonasson") })
        let starts = result.entities.map(\.start)
        #expect(Set(starts).count == starts.count)
    }
}
