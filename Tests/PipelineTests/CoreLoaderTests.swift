import Testing
import TextInference
@testable import Pipeline

/// How the service configuration reaches the loaded inference core.
@Suite("Core loader settings")
struct CoreLoaderTests {
    /// A Slovak sentence: Slovak is outside the 27 languages, and its nearest supported one is Czech.
    static let slovak = "Ďakujem veľmi pekne, som rád, že si tu. Môžem sa opýtať, kde je moja karta?"

    @Test("a lowered language_min_confidence still leaves Slovak text und, not Czech")
    func lowThresholdKeepsNeighbourCap() throws {
        let defaults = try CoreLoader.load(configuration: ServiceConfiguration())
        #expect(defaults.languageIdentifier.identify(Self.slovak).code == "und")
        var configuration = ServiceConfiguration()
        configuration.languageMinConfidence = 0.1
        let lenient = try CoreLoader.load(configuration: configuration)
        let result = lenient.languageIdentifier.identify(Self.slovak)
        #expect(result.code == "und")
        #expect(result.confidence < 0.1)
        // The lower threshold itself applies: a two-word phrase below the default still gets a code.
        #expect(lenient.languageIdentifier.identify("Danke schön").code == "de")
    }
}
