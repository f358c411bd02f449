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

    @Test("a batch gives each text's one-at-a-time result and rate, in order")
    func batchMatchesSingle() {
        let texts = [
            "I should have a refund in my statement but I can't see it", "ما زلت أنتظر بطاقتي؟", "",
            "qzxvw blorptk wuggafrimz snorkelbladt", "my card qzxvw",
            String(repeating: "The transfer to my landlord failed twice and I was charged a fee. ", count: 12),
            "Bonjour, ma carte est bloquée", "?! ... ---",
        ]
        let languages = ["en", "ar", "en", "en", "en", "en", "fr", "en"]
        let batch = Self.classifier.classifyMeasuringVocabulary(texts, languages: languages)
        #expect(batch.count == texts.count)
        for (index, item) in batch.enumerated() {
            let single = Self.classifier.classifyMeasuringVocabulary(texts[index], language: languages[index])
            #expect(item.result == single.result)
            #expect(item.oovRate == single.oovRate)
        }
        #expect(Self.classifier.classifyMeasuringVocabulary([], languages: []).isEmpty)
    }
}
