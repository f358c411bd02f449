/// Identifies the language of short support texts among 27 languages.
///
/// Unambiguous scripts take a fast path (Hangul → ko, kana → ja, Hebrew → he, Greek → el,
/// Devanagari → hi, Arabic → ar); Cyrillic, Latin and Han-only text is scored by a quantized
/// linear model over hashed character 1–5-grams (as stored in the model) and words, restricted to the languages that
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
    /// The weights re-laid as aligned 32-byte rows for fast summing.
    private let table: LanguageIDWeightTable?
    /// Per-script masks of allowed model classes.
    private let scriptMasks: [[Bool]]
    /// Model class for each fast-path script, if any.
    private let fastPathClass: [Int?]
    /// Second-stage models for close pairs (empty for a single-record artifact).
    let pairs: [LanguageIDPairModel]
    /// Slovak/Malay guard.
    private let neighbours = UnsupportedNeighbourCues()
    /// Per lowercase letter, the classes that never write it (bit i = class i).
    private let exclusions: [UInt32: UInt32]
    /// The Spanish class, the only one that writes ¿ and ¡.
    private let spanishClass: Int?

    /// Letters a language never writes, for the hard pairs on short text: Ukrainian has no
    /// ы э ъ ё, Russian no і ї є ґ, Swedish no æ ø, Danish and Norwegian no ä ö, Spanish no
    /// ã õ ç ê ô â à, Portuguese no ñ.
    static let exclusiveLetters: [(letters: String, absentFrom: [String])] = [
        ("ыэъё", ["uk"]), ("іїєґ", ["ru"]), ("æø", ["sv"]), ("äö", ["da", "nb"]), ("ãõçêôâà", ["es"]), ("ñ", ["pt"]),
    ]

    /// Loads the bundled model, verifying its size and SHA-256 against `Resources/models.json`.
    public static func loadDefault(configuration: LanguageIDConfiguration = .init()) throws -> LanguageIdentifier {
        try LanguageIdentifier(modelBytes: ModelResources.verifiedModelBytes(named: "langid"), configuration: configuration)
    }

    /// Decodes a model artifact written by `LanguageIDTrainer`: the main `langid` record, then any
    /// number of `langid-pair` records (second stages for close pairs).
    public init(modelBytes: [UInt8], configuration: LanguageIDConfiguration = .init()) throws {
        var reader = ModelBinaryReader(bytes: modelBytes)
        // The identifier sums rows from its own aligned table (LanguageIDWeightTable): no padded copy.
        let model = try HashedLinearModel(reader: &reader, expectedKind: "langid", padded: false)
        var pairs: [HashedLinearModel] = []
        while !reader.isAtEnd {
            pairs.append(try HashedLinearModel(reader: &reader, expectedKind: LanguageIDPairModel.kind))
        }
        try self.init(model: model, pairs: pairs, configuration: configuration)
    }

    /// Wraps in-memory models.
    init(model: HashedLinearModel, pairs: [HashedLinearModel] = [], configuration: LanguageIDConfiguration = .init()) throws {
        guard Set(model.labels) == Set(Self.supportedLanguages) else {
            throw ModelError.invalidContent(reason: "language model labels differ from the 27 supported languages")
        }
        self.pairs = try pairs.map {
            try LanguageIDPairModel(model: $0, labels: model.labels, maxStreamScalars: configuration.maximumAnalysedLetters)
        }
        self.model = model
        self.version = model.version
        self.configuration = configuration
        extractor = LanguageIDFeatureExtractor(
            maxOrder: Int(model.parameters["maxOrder"] ?? 4), maxWordLength: Int(model.parameters["maxWordLength"] ?? 24),
            maxStreamScalars: configuration.maximumAnalysedLetters, wordBigrams: (model.parameters["wordBigrams"] ?? 0) > 0)
        table = LanguageIDWeightTable(model: model)
        _ = WordScalarTable.shared
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
        var exclusions: [UInt32: UInt32] = [:]
        for (letters, codes) in Self.exclusiveLetters {
            for scalar in letters.unicodeScalars {
                for code in codes { if let position = index[code] { exclusions[scalar.value, default: 0] |= 1 << UInt32(position) } }
            }
        }
        self.exclusions = exclusions
        spanishClass = index["es"]
    }

    /// Identifies the language of `text`; `localeHint` (e.g. `"es-MX"`, `"pt_BR"`) is a mild prior.
    public func identify(_ text: String, localeHint: String? = nil) -> LanguageResult {
        var scratch = LanguageIDFeatureExtractor.Scratch()
        return identify(text, localeHint: localeHint, scratch: &scratch)
    }

    /// Identifies the language of `text` reusing `workspace`'s buffers (same result as
    /// ``identify(_:localeHint:)``, without its per-call allocations).
    public func identify(_ text: String, localeHint: String? = nil, workspace: inout LanguageIDWorkspace) -> LanguageResult {
        identify(text, localeHint: localeHint, scratch: &workspace.scratch)
    }

    /// Identifies the language of `text` reusing caller-owned buffers.
    func identify(_ text: String, localeHint: String?, scratch: inout LanguageIDFeatureExtractor.Scratch) -> LanguageResult {
        guard scoreInPlace(text, localeHint: localeHint, scratch: &scratch) != nil else { return .undetermined }
        let classes = scratch.logits.count
        // Top three by probability (ties: lower class index first), without sorting all classes.
        var first = -1, second = -1, third = -1
        scratch.logits.withUnsafeBufferPointer { p in
            func better(_ a: Int, _ b: Int) -> Bool { b < 0 || p[a] > p[b] || (p[a] == p[b] && a < b) }
            for index in 0..<classes {
                if better(index, first) {
                    third = second; second = first; first = index
                } else if better(index, second) {
                    third = second; second = index
                } else if better(index, third) {
                    third = index
                }
            }
        }
        var confidence = scratch.logits[first]
        let bestCode = model.labels[first]
        if neighbours.looksLikeNeighbour(of: bestCode, stream: scratch.streamStorage[0..<scratch.streamCount]) {
            confidence = min(confidence, configuration.unsupportedNeighbourCap)
            scratch.logits[first] = confidence
            let order = scratch.logits.indices.sorted {
                scratch.logits[$0] != scratch.logits[$1] ? scratch.logits[$0] > scratch.logits[$1] : $0 < $1
            }
            first = order[0]
            second = order.count > 1 ? order[1] : -1
            third = order.count > 2 ? order[2] : -1
        }
        var top: [LanguageScore] = []
        top.reserveCapacity(3)
        for index in [first, second, third] where index >= 0 {
            top.append(LanguageScore(code: model.labels[index], probability: scratch.logits[index]))
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
        guard let (script, purity) = analyseInPlace(text, scratch: &scratch) else { return nil }
        return Analysis(
            logits: scratch.logits, script: script, purity: purity,
            allowed: scriptMasks[script.rawValue], fastPath: fastPathClass[script.rawValue])
    }

    /// Like ``analyse(_:scratch:)`` but leaves the logits in `scratch.logits`.
    private func analyseInPlace(
        _ text: String, scratch: inout LanguageIDFeatureExtractor.Scratch
    ) -> (script: WritingScript, purity: Double)? {
        extractor.extract(text, into: &scratch)
        var letters = 0
        for count in scratch.scripts { letters += count }
        guard letters > 0 else { return nil }
        // Han and kana form one group: any kana makes CJK text Japanese.
        let kana = WritingScript.kana.rawValue, han = WritingScript.han.rawValue
        if scratch.scripts[kana] > 0 {
            scratch.scripts[kana] += scratch.scripts[han]
            scratch.scripts[han] = 0
        }
        var dominant = WritingScript.latin
        for script in WritingScript.allCases where scratch.scripts[script.rawValue] > scratch.scripts[dominant.rawValue] {
            dominant = script
        }
        guard dominant != .other else { return nil }
        if let table {
            table.sum(scratch.featureStorage[0..<scratch.featureCount], into: &scratch.sums)
            model.logits(sums: scratch.sums, featureCount: scratch.featureCount, into: &scratch.logits)
        } else {
            model.logits(features: scratch.features, sums: &scratch.sums, into: &scratch.logits)
        }
        return (dominant, Double(scratch.scripts[dominant.rawValue]) / Double(letters))
    }

    /// Scores a text: probabilities over all model classes, or `nil` when it has no usable letters.
    func score(
        _ text: String, localeHint: String?, scratch: inout LanguageIDFeatureExtractor.Scratch
    ) -> (probabilities: [Double], script: WritingScript)? {
        guard let script = scoreInPlace(text, localeHint: localeHint, scratch: &scratch) else { return nil }
        return (scratch.logits, script)
    }

    /// The two highest logits among `allowed` classes (ties: lower index first), or `nil` with fewer than two.
    private static func topTwo(_ logits: [Double], allowed: [Bool]) -> (Int, Int)? {
        var first = -1, second = -1
        for index in logits.indices where allowed[index] {
            if first < 0 || logits[index] > logits[first] {
                second = first
                first = index
            } else if second < 0 || logits[index] > logits[second] {
                second = index
            }
        }
        return second >= 0 ? (first, second) : nil
    }

    /// The pair model for the first stage's top two classes, if there is one and they are within its margin.
    private func pairModel(for logits: [Double], allowed: [Bool]) -> LanguageIDPairModel? {
        guard let (top, runnerUp) = Self.topTwo(logits, allowed: allowed),
            let pair = pairs.first(where: { ($0.first == top && $0.second == runnerUp) || ($0.first == runnerUp && $0.second == top) }),
            logits[top] - logits[runnerUp] < pair.maxStageOneMargin
        else { return nil }
        return pair
    }

    /// Second stage: when the first stage's top two form a close pair with a pair model, replaces
    /// their logit difference by the combined one (their mean unchanged). Overwrites the features.
    private func applyPairStage(_ text: String, allowed: [Bool], scratch: inout LanguageIDFeatureExtractor.Scratch) {
        guard let pair = pairModel(for: scratch.logits, allowed: allowed) else { return }
        let a = scratch.logits[pair.first], b = scratch.logits[pair.second]
        let difference = pair.combined(stageOne: a - b, stageTwo: pair.score(text, scratch: &scratch))
        let mean = (a + b) / 2
        scratch.logits[pair.first] = mean + difference / 2
        scratch.logits[pair.second] = mean - difference / 2
    }

    /// Training hook: for a text whose first-stage top two have a pair model, that model's index, the
    /// first-stage logit difference and the pair model's score (first − second), without calibration.
    func pairInputs(_ text: String, scratch: inout LanguageIDFeatureExtractor.Scratch) -> (pair: Int, stageOne: Double, stageTwo: Double)? {
        guard let (script, _) = analyseInPlace(text, scratch: &scratch), fastPathClass[script.rawValue] == nil,
            let pair = pairModel(for: scratch.logits, allowed: scriptMasks[script.rawValue]),
            let index = pairs.firstIndex(where: { $0.first == pair.first && $0.second == pair.second })
        else { return nil }
        let stageOne = scratch.logits[pair.first] - scratch.logits[pair.second]
        return (index, stageOne, pair.score(text, scratch: &scratch))
    }

    /// Lowers the logit of each class once per distinct letter in the text that it never writes (at most
    /// twice), and, when the text has an inverted question or exclamation mark (¿ ¡), of every class but Spanish once.
    private func applyExclusiveLetters(_ scratch: inout LanguageIDFeatureExtractor.Scratch) {
        let penalty = configuration.exclusiveLetterPenalty
        guard penalty > 0 else { return }
        if scratch.invertedMarks > 0, let spanish = spanishClass {
            for label in scratch.logits.indices where label != spanish { scratch.logits[label] -= penalty }
        }
        var once: UInt32 = 0, twice: UInt32 = 0
        scratch.streamStorage.withUnsafeBufferPointer { stream in
            var previous: UInt32 = 0
            for position in 0..<scratch.streamCount {
                let value = stream[position]
                guard value >= 0xE0, value != previous, let mask = exclusions[value] else { continue }
                previous = value
                twice |= once & mask
                once |= mask
            }
        }
        guard once != 0 else { return }
        for label in scratch.logits.indices where once & (1 << UInt32(label)) != 0 {
            scratch.logits[label] -= penalty * (twice & (1 << UInt32(label)) != 0 ? 2 : 1)
        }
    }

    /// Scores a text into `scratch.logits` (probabilities); returns the dominant script, or `nil` without letters.
    private func scoreInPlace(
        _ text: String, localeHint: String?, scratch: inout LanguageIDFeatureExtractor.Scratch
    ) -> WritingScript? {
        guard let (script, purity) = analyseInPlace(text, scratch: &scratch) else { return nil }
        if !pairs.isEmpty, fastPathClass[script.rawValue] == nil {
            applyPairStage(text, allowed: scriptMasks[script.rawValue], scratch: &scratch)
        }
        if let hinted = LocaleHint.languageCode(localeHint), let position = model.labels.firstIndex(of: hinted) {
            scratch.logits[position] += configuration.localeHintWeight
        }
        if let fast = fastPathClass[script.rawValue] {
            // Unambiguous script: confidence follows how much of the text is in it.
            let confidence = min(0.99, 0.5 + 0.5 * purity)
            var allowedRest = [Bool](repeating: true, count: scratch.logits.count)
            allowedRest[fast] = false
            HashedLinearModel.softmax(&scratch.logits, allowed: allowedRest)
            for index in scratch.logits.indices { scratch.logits[index] *= 1 - confidence }
            scratch.logits[fast] = confidence
            return script
        }
        applyExclusiveLetters(&scratch)
        HashedLinearModel.softmax(&scratch.logits, allowed: scriptMasks[script.rawValue])
        return script
    }
}

extension LanguageIdentifier {
    /// Profiling hook: extracts features only and returns their count.
    public func profileExtract(_ text: String) -> Int {
        var scratch = LanguageIDFeatureExtractor.Scratch()
        extractor.extract(text, into: &scratch)
        return scratch.featureCount
    }
}
