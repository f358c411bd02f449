import Testing

@testable import TextInference

/// The second stage for close pairs (naive Bayes pair models stored after the main model).
@Suite("Language identification: second stage for close pairs")
struct LanguageIDPairStageTests {
    /// The bundled artifact's bytes.
    static func bundledBytes() throws -> [UInt8] { try ModelArtifactsForTests.langidBytes() }

    /// The main record alone (the artifact layout before pair models existed).
    static func mainRecordOnly(_ bytes: [UInt8]) throws -> [UInt8] {
        var reader = ModelBinaryReader(bytes: bytes)
        _ = try HashedLinearModel(reader: &reader, expectedKind: "langid")
        return Array(bytes.prefix(reader.offset))
    }

    @Test("The bundled artifact carries the default pair models")
    func bundledPairs() throws {
        let identifier = try LanguageIdentifier.loadDefault()
        let labels = identifier.model.labels
        let pairs = identifier.pairs.map { "\(labels[$0.first])-\(labels[$0.second])" }
        #expect(pairs == LanguageIDTrainingOptions.defaultPairModels)
        for pair in identifier.pairs {
            #expect(pair.stageOneWeight > 0 && pair.stageOneWeight < 1)
            #expect(pair.maxStageOneMargin > 0 && pair.maxStageOneMargin.isFinite)
        }
    }

    @Test("An artifact with only the main record loads without a second stage")
    func mainRecordLoads() throws {
        let bytes = try Self.bundledBytes()
        let main = try Self.mainRecordOnly(bytes)
        #expect(main.count < bytes.count)
        let identifier = try LanguageIdentifier(modelBytes: main)
        #expect(identifier.pairs.isEmpty)
        #expect(identifier.identify("Where is my card?").code == "en")
        // A truncated pair record is an error, not a silently shorter model.
        #expect(throws: ModelError.self) { try LanguageIdentifier(modelBytes: Array(bytes.prefix(main.count + 40))) }
        // The main record must come first.
        #expect(throws: ModelError.self) { try LanguageIdentifier(modelBytes: Array(bytes.suffix(from: main.count))) }
    }

    @Test("A pair record must name two supported languages")
    func pairLabels() throws {
        let labels = LanguageIdentifier.supportedLanguages
        func record(_ label: String) throws -> HashedLinearModel {
            try HashedLinearModel(
                kind: LanguageIDPairModel.kind, version: "t", labels: [label], bucketBits: 4, temperature: 1, parameters: [:],
                biases: [0], scales: [1], weights: [Int8](repeating: 1, count: 16))
        }
        #expect(throws: ModelError.self) { try LanguageIDPairModel(model: record("da|xx"), labels: labels) }
        #expect(throws: ModelError.self) { try LanguageIDPairModel(model: record("da|da"), labels: labels) }
        #expect(throws: ModelError.self) { try LanguageIDPairModel(model: record("da"), labels: labels) }
        let pair = try LanguageIDPairModel(model: record("da|nb"), labels: labels)
        #expect(labels[pair.first] == "da" && labels[pair.second] == "nb")
    }

    @Test(
        "Danish and Bokmål markers decide the pair",
        arguments: [
            ("Jeg har glemt at låse døren.", "da"), ("Jeg har glemt å låse døren.", "nb"),
            ("Hvad laver du nu?", "da"), ("Hva gjør du nå?", "nb"),
            ("Han blev syg i går.", "da"), ("Han ble syk i går.", "nb"),
            ("Jeg har aldrig været i Norge.", "da"), ("Jeg har aldri vært i Danmark.", "nb"),
        ])
    func danishBokmal(text: String, expected: String) throws {
        let result = try LanguageIdentifier.loadDefault().identify(text)
        #expect(result.code == expected, "\(text) → \(result)")
    }

    @Test("Text valid in both Danish and Bokmål keeps both languages on top, below certainty")
    func sharedText() throws {
        // "Hvor er han?" is both. langid-1.5.0 hedged it (Danish at 0.85; its first stage alone said 0.96);
        // langid-1.6.0, trained with web-style text too, says Danish at 0.97 again, a known regression noted in
        // its model card. The two languages must still be the top two.
        let result = try LanguageIdentifier.loadDefault().identify("Hvor er han?")
        #expect(["da", "nb"].contains(result.code))
        #expect(result.confidence < 0.99, "\(result)")
        #expect(Set(result.top.prefix(2).map(\.code)) == ["da", "nb"], "\(result)")
    }

    @Test("Texts outside the pairs score as without the second stage")
    func otherLanguagesUnchanged() throws {
        let bytes = try Self.bundledBytes()
        let full = try LanguageIdentifier(modelBytes: bytes)
        let main = try LanguageIdentifier(modelBytes: Self.mainRecordOnly(bytes))
        for text in ["Moja karta nie działa", "Kártyám nem működik", "Korttini ei toimi", "我的银行卡还没有收到"] {
            #expect(full.identify(text) == main.identify(text), "\(text)")
        }
    }

    /// Forty Danish and forty Bokmål sentences that differ only in their marker words (at/å, nu/nå).
    static let danishBokmalTraining: [LanguageIDSample] = (0..<40).flatMap { index in
        [LanguageIDSample(text: "Jeg prøver at huske nummer \(index) nu", language: "da"),
         LanguageIDSample(text: "Jeg prøver å huske nummer \(index) nå", language: "nb")]
    }

    @Test("Pair models learn each language's markers from training text alone")
    func trainsPairModel() throws {
        let training = Self.danishBokmalTraining
        let main = try LanguageIdentifier.loadDefault().model
        var options = LanguageIDTrainingOptions(pairModels: ["da-nb"], pairBucketBits: 12)
        options.fragmentRate = 0
        options.pairRate = 0
        let (models, summaries) = try LanguageIDTrainer.trainPairModels(training: training, heldOut: [], main: main, options: options)
        #expect(models.count == 1 && summaries.count == 1)
        let pair = try LanguageIDPairModel(model: models[0], labels: main.labels)
        var scratch = LanguageIDFeatureExtractor.Scratch()
        #expect(pair.score("at huske nu", scratch: &scratch) > 0)
        #expect(pair.score("å huske nå", scratch: &scratch) < 0)
        // Deterministic: the same data and options give the same bytes.
        let again = try LanguageIDTrainer.trainPairModels(training: training, heldOut: [], main: main, options: options).models
        #expect(again[0].serialized() == models[0].serialized())
    }

    @Test("A balanced offset weighs each language's held-out texts equally")
    func balancedOffset() throws {
        let training = Self.danishBokmalTraining
        // One text valid in both, three times as often Danish as Bokmål in the held-out split.
        let text = "Jeg er her"
        let heldOut = (0..<40).map { LanguageIDSample(text: text, language: $0 % 4 == 0 ? "nb" : "da") }
        let main = try LanguageIdentifier.loadDefault().model
        var options = LanguageIDTrainingOptions(pairModels: ["da-nb"], pairBucketBits: 12, pairMaxMargin: 10)
        options.fragmentRate = 0
        options.pairRate = 0
        func combined(balanced: Bool) throws -> (difference: Double, offset: Double) {
            options.pairBalancedOffset = balanced
            let (models, summaries) = try LanguageIDTrainer.trainPairModels(
                training: training, heldOut: heldOut, main: main, options: options)
            let identifier = try LanguageIdentifier(model: main, pairs: models)
            var scratch = LanguageIDFeatureExtractor.Scratch()
            let found = try #require(identifier.pairInputs(text, scratch: &scratch))
            return (identifier.pairs[found.pair].combined(stageOne: found.stageOne, stageTwo: found.stageTwo), summaries[0].offset)
        }
        // Equal weights on identical texts: the fitted difference is even (Danish and Bokmål at 0.5 each).
        let balanced = try combined(balanced: true)
        #expect(abs(balanced.difference) < 0.05, "\(balanced)")
        #expect(balanced.offset != 0)
        let plain = try combined(balanced: false)
        #expect(plain.offset == 0)
    }
}
