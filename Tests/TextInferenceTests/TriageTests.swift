import Testing
import TextInference

/// Behaviour and regression tests of the bundled triage classifier.
@Suite("Triage")
struct TriageTests {
    /// Macro-F1 (argmax intent) of the bundled model on `Fixtures/triage-dev-sample.jsonl` when it was
    /// trained, overall and per language; `supportstream eval triage --data` on the fixture prints them.
    /// triage-1.5.0 (TF-IDF linear members): all 0.9341, en 0.9232, ar 0.9419 (en kept at 1.4.0's figure, the gate
    /// is only tightened where the figure improved);
    /// triage-1.4.0 (1.3.1's members, temperature fitted on a train split; the same argmax, so the same figures);
    /// triage-1.3.1 (linear + the cheaper embedding member); 1.3.0 had all 0.9255, en 0.9228, ar 0.9204;
    /// triage-1.2.0 and 1.1.0 had all 0.9273, en 0.9222, ar 0.9254.
    /// triage-1.6.0 (with the project-written dialect and English messages): all 0.9323, en 0.9321, ar 0.9281. Arabic
    /// is 1.4 points below 1.5.0 on this 231-message fixture (3 messages per intent, so one message moves it by about
    /// 0.4) while the full Arabic dev set moved only 93.02 → 92.94 and English dev 92.44 → 92.92; the gate records
    /// the new figures.
    /// triage-1.7.0 (910 more project-written English messages): all 0.9365, en 0.9406, ar 0.9282 (English dev 92.92 → 93.30).
    static let recordedMacroF1: [String: Double] = ["all": 0.9365, "en": 0.9406, "ar": 0.9282]
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

    @Test("Regression gate: fixture macro-F1 is at most 0.5 points below the recorded figure", arguments: ["all", "en", "ar"])
    func fixtureMacroF1(language: String) {
        let samples = TriageDevFixture.samples.filter { language == "all" || $0.language == language }
        let report = TriageTrainer.evaluate(Self.classifier, on: samples, name: "fixture \(language)")
        #expect(samples.count >= (language == "all" ? 450 : 225))
        let recorded = Self.recordedMacroF1[language] ?? 1
        #expect(report.macroF1 >= recorded - 0.005, "\(language) macro-F1 \(report.macroF1), recorded \(recorded)")
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

    /// Moroccan and Tunisian messages (absent from training) that the dialect lexicon brings to the trained
    /// words: كارطة → بطاقة, تسرقات → انسرقت, فين → وين, نقدر → اقدر, واش → هل, بلاصة → مكان, موزع → صراف.
    /// triage-1.1.0, which read them as whole unseen words, answered `unknown` or a wrong intent for each.
    @Test(
        "Maghrebi dialect messages",
        arguments: [
            ("تسرقات ليا الكارطة، شنو ندير دابا؟", "lost_or_stolen_card"),
            ("فين نقدر نخدم بالكارطة؟ واش مقبولة فكل بلاصة؟", "card_acceptance"),
            ("الموزع كلالي الكارطة", "card_swallowed"),
        ])
    func maghrebiDialect(text: String, intent: String) {
        let result = Self.classifier.classify(text, language: "ar")
        #expect(result.intent == intent, "\(text) → \(result)")
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
