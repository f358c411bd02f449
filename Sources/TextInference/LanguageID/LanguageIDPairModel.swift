/// The second stage for two close languages (e.g. Danish and Bokmål): a naive Bayes log-count ratio
/// over its own hashed features (character 1–5-grams, words, adjacent word pairs), trained only on the
/// two languages' training text (see `LanguageIDTrainer.trainPairModels`).
///
/// It runs only when the first stage ranks the two languages first and second among the script's
/// candidates, less than `maxStageOneMargin` apart (a wider margin it would not overturn). It then replaces their logit difference by
/// `stageOneWeight × first-stage difference + its own calibrated score`, keeping their mean, so the
/// pair's share of the probability mass, the locale hint and the distinctive-letter cues still apply.
///
/// Stored after the main model in `langid.ssm` as a record of kind `langid-pair` with one label,
/// `"<first>|<second>"`; a positive score favours the first language.
struct LanguageIDPairModel: Sendable {
    /// Artifact kind of a pair record.
    static let kind = "langid-pair"

    /// The single-score model (temperature = its calibration).
    let model: HashedLinearModel
    /// Main-model class favoured by a positive score.
    let first: Int
    /// Main-model class favoured by a negative score.
    let second: Int
    /// The pair's feature extraction.
    let extractor: LanguageIDFeatureExtractor
    /// Weight of the first stage's logit difference in the combined difference.
    let stageOneWeight: Double
    /// The model runs only when the first stage's logit difference between the two is below this.
    let maxStageOneMargin: Double

    /// The label of a pair record for two language codes.
    static func label(_ first: String, _ second: String) -> String { first + "|" + second }

    /// Wraps a decoded pair record; `labels` are the main model's classes.
    init(model: HashedLinearModel, labels: [String], maxStreamScalars: Int = Int.max) throws {
        let codes = model.labels.first?.split(separator: "|").map(String.init) ?? []
        guard model.kind == Self.kind, model.classCount == 1, codes.count == 2,
            let first = labels.firstIndex(of: codes[0]), let second = labels.firstIndex(of: codes[1]), first != second
        else {
            throw ModelError.invalidContent(reason: "a langid pair record must name two supported languages as \"a|b\"")
        }
        self.model = model
        self.first = first
        self.second = second
        stageOneWeight = model.parameters["stageOneWeight"] ?? 0
        maxStageOneMargin = model.parameters["maxStageOneMargin"] ?? .infinity
        extractor = LanguageIDFeatureExtractor(
            maxOrder: Int(model.parameters["maxOrder"] ?? 5), maxWordLength: Int(model.parameters["maxWordLength"] ?? 24),
            maxStreamScalars: maxStreamScalars, wordBigrams: (model.parameters["wordBigrams"] ?? 0) > 0)
    }

    /// The calibrated score of `text` (positive: `first`); overwrites the features in `scratch`.
    func score(_ text: String, scratch: inout LanguageIDFeatureExtractor.Scratch) -> Double {
        extractor.extract(text, into: &scratch)
        return model.binaryLogit(features: scratch.featureStorage[0..<scratch.featureCount])
    }

    /// The combined logit difference (first − second) from the first stage's and this model's.
    func combined(stageOne: Double, stageTwo: Double) -> Double { stageOneWeight * stageOne + stageTwo }
}
