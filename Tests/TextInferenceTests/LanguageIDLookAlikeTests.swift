import Testing
@testable import TextInference

/// Latin letters typed inside Cyrillic words (mixed keyboard layouts) are read as the Cyrillic letters they look like.
@Suite("Language identification: Cyrillic look-alikes")
struct LanguageIDLookAlikeTests {
    let extractor = LanguageIDFeatureExtractor(maxOrder: 5, maxWordLength: 24)

    private func features(_ text: String) -> [UInt32] {
        var scratch = LanguageIDFeatureExtractor.Scratch()
        extractor.extract(text, into: &scratch)
        return scratch.features
    }

    @Test("a Latin look-alike inside a Cyrillic word gives the Cyrillic word's features", arguments: [
        ("Стань на колiна", "Стань на коліна"),
        ("Я не отримав iнший лист", "Я не отримав інший лист"),
        ("Моя кaрта нe работает", "Моя карта не работает"),
        ("ПOМОГИТЕ", "ПОМОГИТЕ"),
    ])
    func lookAlikes(typed: String, cyrillic: String) {
        #expect(features(typed) == features(cyrillic))
    }

    @Test("Latin words beside Cyrillic ones keep their letters", arguments: ["Я хочу telefon iz Kieva", "Моя карта: visa, ok", "Москва-city"])
    func latinWordsStay(text: String) {
        var scratch = LanguageIDFeatureExtractor.Scratch()
        extractor.extract(text, into: &scratch)
        #expect(scratch.stream.contains(0x69))
        #expect(!scratch.stream.contains(0x456))
    }

    @Test("the identifier reads Ukrainian typed with Latin i as Ukrainian")
    func ukrainianWithLatinI() throws {
        let identifier = try LanguageIdentifier.loadDefault()
        #expect(identifier.identify("Стань на колiна.").code == "uk")
    }
}
