import Testing
import TextInference

/// `classifyMeasuringVocabulary` gives what `classify` and `outOfVocabularyRate` give separately.
@Suite("Triage classify with OOV rate in one pass")
struct TriageMeasuredClassifyTests {
    static let classifier: TriageClassifier = {
        do { return try TriageClassifier.loadDefault() } catch { fatalError("triage model failed to load: \(error)") }
    }()

    @Test("same result and same rate as the two separate calls", arguments: [
        ("I should have a refund in my statement but I can't see it", "en"),
        ("ما زلت أنتظر بطاقتي؟", "ar"),
        ("qzxvw blorptk wuggafrimz snorkelbladt", "en"),
        ("", "en"),
        ("?! ... ---", "en"),
        ("REFUND Card TrAnSfEr 1234 " + String(repeating: "my card has not arrived yet and the app keeps failing ", count: 20), "en"),
        ("Bonjour, ma carte est bloquée", "fr"),
    ])
    func matchesSeparateCalls(text: String, language: String) {
        let (result, rate) = Self.classifier.classifyMeasuringVocabulary(text, language: language)
        #expect(result == Self.classifier.classify(text, language: language))
        #expect(rate == Self.classifier.outOfVocabularyRate(text, language: language))
    }
}
