import Testing

@testable import TextInference

/// Training-side helpers of the language identifier: profile bags and the selection split.
@Suite("Language ID training helpers")
struct LanguageIDTrainingTests {
    @Test("Profile grams hash to the extractor's own n-gram features")
    func profileHashesMatchExtractor() {
        let extractor = LanguageIDFeatureExtractor(maxOrder: 4, maxWordLength: 24)
        var scratch = LanguageIDFeatureExtractor.Scratch()
        extractor.extract("Hjælp os", into: &scratch)
        let features = Set(scratch.features)
        for gram in ["h", "æ", " h", "lp", "p ", "jæl", " os", "os "] {
            let scalars = gram.unicodeScalars.map(\.value)
            let hash = LanguageIDProfileSampler.hash(scalars)
            #expect(hash.map(features.contains) == true, "\(gram)")
        }
        #expect(LanguageIDProfileSampler.hash([0x20, 0x61, 0x20]) == nil)
        #expect(LanguageIDProfileSampler.hash([0x20]) == nil)
    }

    @Test("Profile bags hold the requested number of grams per order, deterministically")
    func profileBags() {
        let sampler = LanguageIDProfileSampler(profile: ["a": 5, "B": 1, "ab": 2, " a": 1, "abc": 3, " a ": 9])
        #expect(sampler.isUsable)
        var first = SplitMix64(seed: 1), second = SplitMix64(seed: 1)
        let bag = sampler.bag(length: 7, using: &first)
        #expect(bag.count == 21)
        #expect(bag == sampler.bag(length: 7, using: &second))
    }

    @Test("The selection split is independent of the dev split")
    func selectionSplit() {
        let texts = (0..<2000).map { "sentence number \($0)" }
        let dev = Set(texts.filter { LanguageIDTrainer.isHeldOut($0, fraction: 0.1) })
        let selection = Set(texts.filter { LanguageIDTrainer.isHeldOut($0, fraction: 0.1, tag: 13) })
        #expect(dev.count > 100 && selection.count > 100)
        #expect(dev.intersection(selection).count < 60)
    }
}
