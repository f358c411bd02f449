/// Detects text in close languages the model does not support (Slovak, Malay) that it would
/// otherwise report as a supported neighbour (Czech, Indonesian) with high confidence.
struct UnsupportedNeighbourCues: Sendable {
    /// One supported language and the evidence for and against its unsupported neighbour.
    struct Pair: Sendable {
        /// The supported language the model predicts (e.g. `"cs"`).
        let supported: String
        /// Hashes of words typical of the unsupported neighbour only.
        let neighbourWords: Set<UInt32>
        /// Hashes of words typical of the supported language only.
        let supportedWords: Set<UInt32>
        /// Letters used by the neighbour but not the supported language.
        let neighbourLetters: Set<UInt32>
        /// Letters used by the supported language but not the neighbour.
        let supportedLetters: Set<UInt32>
    }

    /// The checked pairs.
    let pairs: [Pair]

    /// Builds the built-in Slovak/Czech and Malay/Indonesian cue lists.
    ///
    /// Neighbour words must not be ordinary words of the supported language too: "však" and "vždy"
    /// are standard Czech and "beritahu" standard Indonesian, so they are not Slovak or Malay cues
    /// (on the selection split they capped six Czech and Indonesian sentences to `und`).
    init() {
        func hashes(_ words: String) -> Set<UInt32> {
            Set(words.split(separator: " ").map { LanguageIDFeatureExtractor.wordHash(String($0)) })
        }
        func letters(_ text: String) -> Set<UInt32> { Set(text.unicodeScalars.map(\.value)) }
        pairs = [
            Pair(
                supported: "cs",
                neighbourWords: hashes(
                    "som sme ste sú nie ako čo alebo ktorý ktorá ktoré veľmi môj moja môže môžem tiež preto ešte "
                        + "ďakujem bol bola boli len keď aj iba teraz sa chcem potrebujem lebo pretože dobre ďalší nič "
                        + "všetko mať byť kto prečo kedy"),
                supportedWords: hashes(
                    "jsem jsi jsme jste jsou se byl byla bylo jen když protože chci není což také který která které "
                        + "velmi nic všechno děkuji mě ještě tady teď proč kdy vždycky potřebuji"),
                neighbourLetters: letters("ľĺŕôä"),
                supportedLetters: letters("řůě")),
            Pair(
                supported: "id",
                neighbourWords: hashes(
                    "kerana sahaja wang awak mahu bilik tandas kedai cakap faham encik akaun kad baki "
                        + "telefon polis teksi universiti kerajaan maklumat ringgit"),
                supportedWords: hashes(
                    "karena saja uang kamu mau kamar toko bilang paham kartu saldo akun telepon polisi taksi "
                        + "universitas pemerintah informasi rupiah nggak gak"),
                neighbourLetters: [],
                supportedLetters: []),
        ]
    }

    /// Whether the stream of lowercased letters looks like the unsupported neighbour of `code`.
    func looksLikeNeighbour(of code: String, stream: ArraySlice<UInt32>) -> Bool {
        guard let pair = pairs.first(where: { $0.supported == code }) else { return false }
        var neighbour = 0
        var supported = 0
        var state = FeatureHash.basis
        var length = 0
        for value in stream {
            if value == 0x20 {
                if length > 0 {
                    let hash = FeatureHash.finish(state, tag: LanguageIDFeatureExtractor.wordTag)
                    if pair.neighbourWords.contains(hash) { neighbour += 2 }
                    if pair.supportedWords.contains(hash) { supported += 2 }
                }
                state = FeatureHash.basis
                length = 0
                continue
            }
            if pair.neighbourLetters.contains(value) { neighbour += 1 }
            if pair.supportedLetters.contains(value) { supported += 1 }
            state = FeatureHash.step(state, value)
            length += 1
        }
        return neighbour > supported
    }
}
