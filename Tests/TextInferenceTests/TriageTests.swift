import Testing
import TextInference

/// Behaviour and regression tests of the bundled triage classifier.
@Suite("Triage")
struct TriageTests {
    /// Accuracy on the committed held-out fixture when the model was trained (fractions).
    static let recordedAccuracy: [String: Double] = ["en": 0.896, "ar": 0.909]  // triage-1.0.0: 138/154 en, 140/154 ar
    /// The bundled classifier, loaded once.
    static let classifier: TriageClassifier = {
        do { return try TriageClassifier.loadDefault() } catch { fatalError("cannot load triage model: \(error)") }
    }()

    @Test("Bundled model loads with 77 intents and a version")
    func loadsDefault() throws {
        let classifier = try TriageClassifier.loadDefault()
        #expect(classifier.version.hasPrefix("triage-"))
        #expect(classifier.intents.count == 77)
        #expect(classifier.intents.contains("Refund_not_showing_up"))
    }

    @Test("Held-out fixture accuracy does not regress by more than 0.5 points", arguments: ["en", "ar"])
    func fixtureAccuracy(language: String) {
        var correct = 0
        var total = 0
        for row in TriageDevFixture.rows where row.count == 3 && row[1] == language {
            total += 1
            let result = Self.classifier.classify(row[2], language: row[1])
            if result.top.first?.intent == row[0] { correct += 1 }
        }
        let accuracy = Double(correct) / Double(max(total, 1))
        #expect(total >= 150)
        #expect(accuracy >= (Self.recordedAccuracy[language] ?? 1) - 0.005, "\(language) accuracy \(accuracy)")
    }

    @Test(
        "Typical messages",
        arguments: [
            ("I lost my card, please block it", "lost_or_stolen_card"),
            ("My card was stolen yesterday", "lost_or_stolen_card"),
            ("How do I change my PIN?", "change_pin"),
            ("I still haven't received my new card", "card_arrival"),
            ("I was charged twice for the same purchase", "transaction_charged_twice"),
            ("How do I activate my card?", "activate_my_card"),
        ])
    func typicalEnglish(text: String, intent: String) {
        let result = Self.classifier.classify(text, language: "en")
        #expect(result.intent == intent, "\(text) → \(result)")
        #expect(result.top.count == 3)
    }

    @Test("Arabic messages", arguments: [("سرقت بطاقتي", "lost_or_stolen_card"), ("كيف يمكنني تفعيل بطاقتي؟", "activate_my_card")])
    func typicalArabic(text: String, intent: String) {
        #expect(Self.classifier.classify(text, language: "ar").intent == intent)
    }

    @Test("Arabic normalisation folds letter forms, diacritics and tatweel")
    func arabicNormalisation() {
        #expect(ArabicNormalizer.normalize("أَهْلاً بِكُمْ فِي الْمَدِينَةِ") == "اهلا بكم في المدينه")
        #expect(ArabicNormalizer.normalize("بـــطاقة إلى مستشفى ٣٤") == "بطاقه الي مستشفي 34")
        #expect(ArabicNormalizer.normalize("Card 42") == "Card 42")
        let plain = Self.classifier.classify("كيف يمكنني تفعيل بطاقتي", language: "ar")
        let decorated = Self.classifier.classify("كَيْفَ يُمْكِنُنِي تَفْعِيـــل بِطَاقَتِي", language: "ar")
        #expect(plain == decorated)
    }

    @Test("Below the threshold the intent is unknown")
    func unknownBelowThreshold() throws {
        let bytes = try ModelManifest.bundledArtifact("triage.ssm")
        let strict = try TriageClassifier(modelBytes: bytes, configuration: TriageConfiguration(minimumConfidence: 1.01))
        let result = strict.classify("How do I activate my card?", language: "en")
        #expect(result.intent == "unknown")
        #expect(result.top.first?.intent == "activate_my_card")
        #expect(Self.classifier.classify("", language: "en").intent == "unknown")
        #expect(Self.classifier.classify("🙂🙂", language: "und").intent == "unknown")
    }

    @Test("Probabilities are calibrated shapes")
    func probabilities() {
        let result = Self.classifier.classify("I need to change my address", language: "en")
        #expect(result.confidence > 0 && result.confidence <= 1)
        #expect(result.top.map(\.probability) == result.top.map(\.probability).sorted(by: >))
        #expect(result.top.reduce(0) { $0 + $1.probability } <= 1.000_001)
    }
}
