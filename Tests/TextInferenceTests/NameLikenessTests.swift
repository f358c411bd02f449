import Testing
@testable import TextInference

/// redaction-1.12.0: the learned name-likeness scorer (``NameLikenessModel``), its trainer, and the rule that
/// redacts unlisted, uncued capitalised names with it (``LearnedNameRecognizer``) while brands, products,
/// places and ordinary capitalised words stay.
@Suite("Name-likeness model and learned PERSON rule")
struct NameLikenessTests {
    let redactor = RedactionTestSupport.redactor

    @Test("the artifact round-trips and a damaged one is refused")
    func roundTrip() throws {
        let model = NameLikenessModel.bundled
        let bytes = model.bytes()
        #expect(try NameLikenessModel(bytes: bytes, version: model.version) == model)
        #expect(try NameLikenessModel(bytes: bytes).bytes() == bytes)
        var damaged = bytes
        damaged[0] ^= 0xFF
        #expect(throws: ModelError.self) { try NameLikenessModel(bytes: damaged) }
        #expect(throws: ModelError.self) { try NameLikenessModel(bytes: Array(bytes.dropLast(4))) }
    }

    @Test("unlisted names score above ordinary and product words")
    func scores() {
        let model = NameLikenessModel.bundled
        // None of these names is in the given-name or surname lexicons.
        for name in ["Harkavy", "Sørlie", "Oyelaran", "Lüdtke", "Boukhari", "Pettibone"] {
            let folded = NameTrainingVocabulary.fold(name).unicodeScalars.map(\.value)
            #expect(!FirstNameLexicon.contains(folded, 0, folded.count) && !SurnameLexicon.contains(folded, 0, folded.count), "\(name)")
            #expect(model.logit(word: name) > 1.5, "\(name) \(model.logit(word: name))")
        }
        for word in ["Firmware", "Bluetooth", "Kundennummer", "Zeitraum", "Mediamarkt"] {
            #expect(model.logit(word: word) < 0, "\(word) \(model.logit(word: word))")
        }
    }

    @Test("training is deterministic and learns the split it is given")
    func training() {
        let names = ["harkavy", "ellery", "dagny", "darragh", "cassidy", "wilhelmina", "adebayo", "boukhari", "sørlie", "lüdtke",
                     "pettibone", "dunleavy", "fenwick", "brunhilde", "oyelaran"]
        let words = ["firmware", "bluetooth", "kundennummer", "zeitraum", "rechnung", "lieferung", "password", "invoice",
                     "delivery", "payment", "commande", "factura", "pedido", "bestelling", "encomenda"]
        let vocabulary = NameTrainingVocabulary(names: names, nonNames: words)
        var options = NameLikenessTrainer.Options()
        options.bucketBits = 10
        options.epochCandidates = [20]
        options.l2Candidates = [0]
        options.learningRates = [0.5]
        let (first, report) = NameLikenessTrainer.train(vocabulary, options: options)
        let (second, _) = NameLikenessTrainer.train(vocabulary, options: options)
        #expect(first.bytes() == second.bytes())
        #expect(report.trainNames + report.trainNonNames > 0)
        #expect(first.logit(word: "Harkavy") > first.logit(word: "Rechnung"))
    }

    @Test("uncued, unlisted names are redacted", arguments: [
        ("Thanks for sorting this out so quickly. Harkavy Sørlie", "en", ["Harkavy Sørlie"]),
        ("I spoke to Pettibone Oyelaran yesterday about the refund.", "en", ["Pettibone Oyelaran"]),
        ("The parcel never came. Pettibone Oyelaran, pettibone@example.com", "en", ["Pettibone Oyelaran"]),
        ("Bearbeiter: M. Lüdtke", "de", ["M. Lüdtke"]),
        ("Behandeld door: Y. Boukhari", "nl", ["Y. Boukhari"]),
    ])
    func names(text: String, language: String, persons: [String]) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person) == persons)
    }

    @Test("without the model those names stay (the learned rule is what finds them)")
    func withoutModel() {
        let plain = Redactor(nameModel: nil)
        let text = "Thanks for sorting this out so quickly. Harkavy Sørlie"
        #expect(RedactionTestSupport.spans(plain.redact(text, language: "en"), in: text, type: .person).isEmpty)
    }

    @Test("brands, products, places and ordinary capitalised words are no names", arguments: [
        ("Me devolvieron un Xiaomi Redmi Note 14 roto.", "es"),
        ("We bestelden zes Van Gogh posters.", "nl"),
        ("The Samsung Galaxy arrived with a cracked screen.", "en"),
        ("Ich habe die Kundennummer im Zeitraum geändert.", "de"),
        ("The Bluetooth Firmware update failed again.", "en"),
        ("Die Lieferung nach Solothurn kam nie an.", "de"),
        ("I bought it at Mediamarkt Amsterdam last week.", "en"),
        // Review cases: a possessive or a place preposition before the run, a street word, another script.
        ("The zip broke on my Pettibone Oyelaran jacket after a week.", "en"),
        ("We moved last month and now live in Harkavy Sørlie near the station.", "en"),
        ("The courier left it at Harkavy Mews instead of the shop.", "en"),
        ("Я звонил в Сбербанк Онлайн три раза.", "ru"),
    ])
    func nonNames(text: String, language: String) {
        #expect(RedactionTestSupport.spans(redactor.redact(text, language: language), in: text, type: .person).isEmpty)
    }
}
