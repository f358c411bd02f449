@testable import TextInference
import Testing

/// The one-pass routing matcher must agree with the reference per-cue matcher on every text.
struct RoutingMatcherTests {
    static let table: RoutingTable = {
        do { return try RoutingTable.loadDefault() } catch { fatalError("cannot load routing table: \(error)") }
    }()

    /// Texts that hit wildcards (prefix, suffix, contains), multi-word phrases, accents, Arabic
    /// clitics, decomposed accents and placeholders.
    static let texts = [
        "This is URGENT!!! The app crashed and I think it is fraud, unauthorized payments",
        "third time I contact you, nobody answers. Disgraceful service.",
        "Es urgente, una estafa, han hecho cargos no autorizados en mi tarjeta",
        "C'est une arnaque, panne totale, je suis furieux",
        "Das ist unverschämt und dringend, Betrüger haben mein Konto benutzt",
        "Das ist unversch\u{0061}\u{0308}mt",  // decomposed ä: the String fallback must still match canonically
        "تم اختراق حسابي وهناك عملية غير مصرح بها وانقطاع الخدمة والتعطل مستمر",
        "وبالاختراق حسابي",
        "crashé urgenté fraudulent",  // non-ASCII tokens that do start with ASCII wildcard words
        "crash\u{301}ed urgent\u{301} scam\u{0327}",  // combining marks glue to the last letter: no prefix match
        "please help me reset my passcode",
        "[EMAIL] [PHONE] outage outages scammer scam",
        "Срочно! Это мошенничество, fraud и scam, приложение не работает: URGENT",  // Cyrillic takes the scalar path
        "Ёлка и\u{306} ѐ fraud\u{483} scam",  // a Cyrillic combining mark (U+0483) or U+0306 sends it to the String path
        "ЙЁЇҐ ӐӒ outage",
        "",
        "???",
    ]

    @Test("One-pass matcher equals the per-cue matcher", arguments: texts)
    func agrees(text: String) {
        #expect(Self.table.fastMatchingCues(in: text) == Self.table.matchingCues(in: text))
    }

    @Test("The byte tokenizer gives RoutingText.tokens, scalar for scalar", arguments: texts + [
        "O'Brien it’s ٣٤ ۵ 12ab CAFÉ naïve İSTANBUL ΣΟΦΊΑ bu\u{0640}ild",
        "a\u{0}b\tc\nd e\u{7F}f 😀g 中文 한국어",
    ])
    func byteTokenizer(text: String) {
        var scalars: [UInt32] = []
        var ends: [Int] = []
        let plain = ScalarWords.tokenize(text, scalars: &scalars, ends: &ends)
        let reference = RoutingText.tokens(text).map { $0.unicodeScalars.map(\.value) }
        #expect(plain == reference.allSatisfy { $0.allSatisfy(ScalarWords.isPlain) })
        guard plain else { return }
        var start = 0
        var tokens: [[UInt32]] = []
        for end in ends {
            tokens.append(Array(scalars[start..<end]))
            start = end
        }
        #expect(tokens == reference)
    }

    @Test("Tricky texts do match something, so the comparison is not vacuous")
    func nonVacuous() {
        #expect(!Self.table.matchingCues(in: "This is URGENT!!! The app crashed and I think it is fraud").isEmpty)
        #expect(!Self.table.matchingCues(in: "تم اختراق حسابي وهناك عملية غير مصرح بها").isEmpty)
        #expect(Self.table.matchingCues(in: "please help me reset my passcode").isEmpty)
    }

    @Test("Random mixtures of phrase words agree")
    func randomMixtures() {
        let words = Self.table.cues.flatMap { $0.phrases.values.flatMap { $0 } }.flatMap { $0.split(separator: " ") }
            .map { $0.replacingOccurrences(of: "*", with: "x") } + ["the", "my", "card", "é", "وال", "nope"]
        var state: UInt64 = 12345
        for _ in 0..<300 {
            var text = ""
            for _ in 0..<12 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += words[Int(state >> 33) % words.count] + " "
            }
            #expect(Self.table.fastMatchingCues(in: text) == Self.table.matchingCues(in: text))
        }
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
