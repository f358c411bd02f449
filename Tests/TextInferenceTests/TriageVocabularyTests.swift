import Testing
import TextInference

/// The triage training vocabulary and the out-of-vocabulary rate.
@Suite("Triage vocabulary")
struct TriageVocabularyTests {
    static let classifier: TriageClassifier = {
        do { return try TriageClassifier.loadDefault() } catch { fatalError("triage model failed to load: \(error)") }
    }()

    @Test("the bundled vocabulary is loaded, small and listed in models.json")
    func bundled() throws {
        let vocabulary = try #require(Self.classifier.vocabulary)
        #expect(vocabulary.count > 5_000)
        let entry = try #require(try ModelManifest.bundled().models[TriageVocabulary.modelName])
        #expect(entry.file == TriageVocabulary.fileName)
        #expect(entry.bytes <= 200_000)
        #expect(entry.bytes == 12 + 4 * vocabulary.count)
    }

    @Test("training sentences have a low OOV rate, gibberish 1, no words 0")
    func rates() {
        // Rows of the training data (banking77 and its Arabic counterpart).
        #expect(Self.classifier.outOfVocabularyRate("I should have a refund in my statement but I can't see it", language: "en") == 0)
        #expect(Self.classifier.outOfVocabularyRate("ما زلت أنتظر بطاقتي؟", language: "ar") == 0)
        #expect(Self.classifier.outOfVocabularyRate("My card hasn't arrived yet, 12 days now", language: "en") < 0.2)
        #expect(Self.classifier.outOfVocabularyRate("qzxvw blorptk wuggafrimz snorkelbladt", language: "en") == 1)
        #expect(Self.classifier.outOfVocabularyRate("my card qzxvw", language: "en") == 1.0 / 3)
        #expect(Self.classifier.outOfVocabularyRate("", language: "en") == 0)
        #expect(Self.classifier.outOfVocabularyRate("?! ... ---", language: "en") == 0)
    }

    @Test("rows of the supplementary training files are in the vocabulary too (triage-vocab-1.2.0)")
    func supplementaryRows() {
        // Verbatim rows of Topics/training/triage-english.jsonl and triage-arabic-dialects.jsonl; "cashpoint" and the
        // Tunisian spellings occur in no train.jsonl row, so triage-vocab-1.1.0 counted them out of vocabulary.
        #expect(Self.classifier.outOfVocabularyRate("Can I take money out at any cashpoint or only certain ones?", language: "en") == 0)
        #expect(Self.classifier.outOfVocabularyRate("ريمبورسمون متاعي ما ظهرش في الكونت، وقتاش باش يوصل؟", language: "ar") == 0)
    }

    @Test("normalisation matches the model: case and digits do not matter")
    func normalisation() {
        let lower = Self.classifier.outOfVocabularyRate("refund card transfer", language: "en")
        #expect(Self.classifier.outOfVocabularyRate("REFUND Card TrAnSfEr", language: "en") == lower)
        // Every digit becomes 0, so any two numbers of the same length are the same word.
        #expect(Self.classifier.outOfVocabularyRate("card 1234", language: "en") == Self.classifier.outOfVocabularyRate("card 9876", language: "en"))
    }

    @Test("the artifact round-trips and malformed bytes throw")
    func artifact() throws {
        let vocabulary = TriageVocabulary(trainingTexts: ["Where is my card", "where IS my refund?"])
        #expect(vocabulary.count == 5)
        #expect(try TriageVocabulary(bytes: vocabulary.bytes()) == vocabulary)
        var bytes = vocabulary.bytes()
        #expect(throws: ModelError.self) { try TriageVocabulary(bytes: Array(bytes.dropLast())) }
        #expect(throws: ModelError.self) { try TriageVocabulary(bytes: Array("NOTVOCAB\u{0}\u{0}\u{0}\u{0}".utf8)) }
        for k in 12..<16 { bytes.swapAt(k, k + 4) }  // first two hashes out of order
        #expect(throws: ModelError.self) { try TriageVocabulary(bytes: bytes) }
    }

    @Test("a classifier without vocabulary reports 0")
    func withoutVocabulary() throws {
        let bytes = try ModelManifest.bundledArtifact("triage.ssm")
        let bare = try TriageClassifier(modelBytes: bytes)
        #expect(bare.vocabulary == nil)
        #expect(bare.outOfVocabularyRate("qzxvw blorptk", language: "en") == 0)
    }
}
