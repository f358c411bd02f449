/// Identifies the language of short support texts among 27 languages.
///
/// Unambiguous scripts take a fast path (Hangul → ko, kana → ja, Hebrew → he, Greek → el,
/// Devanagari → hi, Arabic → ar); Cyrillic, Latin and Han-only text is scored by a quantized
/// linear model over hashed character 1–4-grams and words, restricted to the languages that
/// use the script. Confidence is a temperature-calibrated softmax probability.
public struct LanguageIdentifier: Sendable {
    /// The 27 supported ISO 639-1 codes (`"nb"` is Bokmål).
    public static let supportedLanguages = [
        "en", "es", "fr", "de", "it", "pt", "nl", "sv", "da", "nb", "fi", "pl", "cs", "ru",
        "uk", "tr", "ar", "he", "ja", "zh", "ko", "hi", "id", "vi", "el", "ro", "hu",
    ]

    /// Model version published with results, e.g. `"langid-1.0.0"`.
    public let version: String
    /// The settings in force.
    public let configuration: LanguageIDConfiguration

    /// The trained weights.
    let model: HashedLinearModel
    /// Feature extraction matching the training run.
    let extractor: LanguageIDFeatureExtractor
    /// Per-script masks of allowed model classes.
    private let scriptMasks: [[Bool]]
    /// Model class for each fast-path script, if any.
    private let fastPathClass: [Int?]
    /// Slovak/Malay guard.
    private let neighbours = UnsupportedNeighbourCues()

    /// Loads the bundled model, verifying its size and SHA-256 against `Resources/models.json`.
    public static func loadDefault(configuration: LanguageIDConfiguration = .init()) throws -> LanguageIdentifier {
        try LanguageIdentifier(modelBytes: ModelResources.verifiedModelBytes(named: "langid"), configuration: configuration)
    }

    /// Decodes a model artifact written by `LanguageIDTrainer`.
    public init(modelBytes: [UInt8], configuration: LanguageIDConfiguration = .init()) throws {
        try self.init(model: HashedLinearModel(bytes: modelBytes, expectedKind: "langid"), configuration: configuration)
    }

    /// Wraps an in-memory model.
    init(model: HashedLinearModel, configuration: LanguageIDConfiguration = .init()) throws {
        guard Set(model.labels) == Set(Self.supportedLanguages) else {
            throw ModelError.invalidContent(reason: "language model labels differ from the 27 supported languages")
        }
        self.model = model
        self.version = model.version
        self.configuration = configuration
        extractor = LanguageIDFeatureExtractor(
            maxOrder: Int(model.parameters["maxOrder"] ?? 4), maxWordLength: Int(model.parameters["maxWordLength"] ?? 24))
        let index = Dictionary(uniqueKeysWithValues: model.labels.enumerated().map { ($1, $0) })
        func mask(_ codes: [String]) -> [Bool] {
            var allowed = [Bool](repeating: false, count: model.labels.count)
            for code in codes { if let position = index[code] { allowed[position] = true } }
            return allowed
        }
        let latin = ["en", "es", "fr", "de", "it", "pt", "nl", "sv", "da", "nb", "fi", "pl", "cs", "tr", "id", "vi", "ro", "hu"]
        var masks = [[Bool]](repeating: mask([]), count: WritingScript.allCases.count)
        var fast = [Int?](repeating: nil, count: WritingScript.allCases.count)
        masks[WritingScript.latin.rawValue] = mask(latin)
        masks[WritingScript.cyrillic.rawValue] = mask(["ru", "uk"])
        masks[WritingScript.han.rawValue] = mask(["ja", "zh"])
        let fastPaths: [(WritingScript, String)] = [
            (.greek, "el"), (.hebrew, "he"), (.arabic, "ar"), (.devanagari, "hi"), (.hangul, "ko"), (.kana, "ja"),
        ]
        for (script, code) in fastPaths {
            masks[script.rawValue] = mask([code])
            fast[script.rawValue] = index[code]
        }
        scriptMasks = masks
        fastPathClass = fast
    }

    /// Identifies the language of `text`; `localeHint` (e.g. `"es-MX"`, `"pt_BR"`) is a mild prior.
    public func identify(_ text: String, localeHint: String? = nil) -> LanguageResult {
        var scratch = LanguageIDFeatureExtractor.Scratch()
        return identify(text, localeHint: localeHint, scratch: &scratch)
    }

    /// Identifies the language of `text` reusing caller-owned buffers.
    func identify(_ text: String, localeHint: String?, scratch: inout LanguageIDFeatureExtractor.Scratch) -> LanguageResult {
        guard let scored = score(text, localeHint: localeHint, scratch: &scratch) else { return .undetermined }
        var probabilities = scored.probabilities
        var best = 0
        for index in probabilities.indices where probabilities[index] > probabilities[best] { best = index }
        var confidence = probabilities[best]
        let bestCode = model.labels[best]
        if neighbours.looksLikeNeighbour(of: bestCode, stream: scratch.stream) {
            confidence = min(confidence, configuration.unsupportedNeighbourCap)
            probabilities[best] = confidence
        }
        let order = probabilities.indices.sorted { probabilities[$0] != probabilities[$1] ? probabilities[$0] > probabilities[$1] : $0 < $1 }
        let top = order.prefix(3).map {
            LanguageScore(code: model.labels[$0], probability: probabilities[$0])
        }
        let code = confidence >= configuration.minimumConfidence ? bestCode : "und"
        return LanguageResult(code: code, confidence: confidence, top: top)
    }

    /// The model's view of a text before calibration-dependent post-processing.
    struct Analysis {
        /// Temperature-scaled logits over all classes.
        var logits: [Double]
        /// The dominant script (Han and kana merged when kana is present).
        var script: WritingScript
        /// Share of letters in the dominant script.
        var purity: Double
        /// Classes allowed for the dominant script.
        var allowed: [Bool]
        /// The fast-path class of the script, if it has one.
        var fastPath: Int?
    }

    /// Extracts features and computes logits, or returns `nil` when the text has no usable letters.
    func analyse(_ text: String, scratch: inout LanguageIDFeatureExtractor.Scratch) -> Analysis? {
        extractor.extract(text, into: &scratch)
        var letters = 0
        for count in scratch.scripts { letters += count }
        guard letters > 0 else { return nil }
        // Han and kana form one group: any kana makes CJK text Japanese.
        var counts = scratch.scripts
        if counts[WritingScript.kana.rawValue] > 0 {
            counts[WritingScript.kana.rawValue] += counts[WritingScript.han.rawValue]
            counts[WritingScript.han.rawValue] = 0
        }
        var dominant = WritingScript.latin
        for script in WritingScript.allCases where counts[script.rawValue] > counts[dominant.rawValue] { dominant = script }
        guard dominant != .other else { return nil }
        var logits: [Double] = []
        var sums: [Int32] = []
        model.logits(features: scratch.features, sums: &sums, into: &logits)
        return Analysis(
            logits: logits, script: dominant, purity: Double(counts[dominant.rawValue]) / Double(letters),
            allowed: scriptMasks[dominant.rawValue], fastPath: fastPathClass[dominant.rawValue])
    }

    /// Scores a text: probabilities over all model classes, or `nil` when it has no usable letters.
    func score(
        _ text: String, localeHint: String?, scratch: inout LanguageIDFeatureExtractor.Scratch
    ) -> (probabilities: [Double], script: WritingScript)? {
        guard let analysis = analyse(text, scratch: &scratch) else { return nil }
        var logits = analysis.logits
        if let hinted = LocaleHint.languageCode(localeHint), let position = model.labels.firstIndex(of: hinted) {
            logits[position] += configuration.localeHintWeight
        }
        if let fast = analysis.fastPath {
            // Unambiguous script: confidence follows how much of the text is in it.
            let confidence = min(0.99, 0.5 + 0.5 * analysis.purity)
            var allowedRest = [Bool](repeating: true, count: logits.count)
            allowedRest[fast] = false
            HashedLinearModel.softmax(&logits, allowed: allowedRest)
            var probabilities = logits.map { $0 * (1 - confidence) }
            probabilities[fast] = confidence
            return (probabilities, analysis.script)
        }
        HashedLinearModel.softmax(&logits, allowed: analysis.allowed)
        return (logits, analysis.script)
    }
}
