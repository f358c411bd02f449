import ArgumentParser
import Foundation
import TextInference

/// `supportstream train langid`: trains the 27-language identifier.
struct TrainLanguageIDCommand: AsyncParsableCommand {
    /// Command metadata.
    static let configuration = CommandConfiguration(
        commandName: "langid", abstract: "Train the language identifier from a langid data directory.")

    /// The langid data directory (with corpus/, cldr/ and udhr/).
    @Option(help: "Directory with corpus/<lang>.txt, cldr/<lang>.txt and udhr/<lang>.txt.")
    var data: String

    /// Where to write langid.ssm, models.json and the model card.
    @Option(help: "Output directory, normally Sources/TextInference/Resources.")
    var out: String

    /// Supplementary web-style text, `<lang>.txt` per language, trained on but never held out.
    @Option(help: "Directory with <lang>.txt files of supplementary web-style sentences (trained on, never held out).")
    var extraCorpus: String?

    /// Sample weight of a supplementary sentence.
    @Option(help: "Sample weight of each --extra-corpus line (its fragments and word pairs scale with it).")
    var extraWeight: Double = 10

    /// Further labelled TSVs (language TAB text) to evaluate and report in the model card.
    @Option(help: "A labelled TSV (language TAB text) to evaluate and report in the model card; repeatable.")
    var report: [String] = []

    /// Shuffle and augmentation seed.
    @Option(help: "Random seed.")
    var seed: UInt64 = 42

    /// SGD passes.
    @Option(help: "Training epochs.")
    var epochs: Int = LanguageIDTrainingOptions().epochs

    /// log2 of hash buckets.
    @Option(help: "log2 of the number of hash buckets.")
    var bucketBits: Int = LanguageIDTrainingOptions().bucketBits

    /// Word-pair augmentation rate.
    @Option(help: "Probability of adding a 10–20-letter word pair of each training sentence.")
    var pairRate: Double = LanguageIDTrainingOptions().pairRate

    /// Word-pair sample weight.
    @Option(help: "Weight of a word-pair sample relative to its sentence.")
    var pairWeight: Double = LanguageIDTrainingOptions().pairWeight

    /// Fragment augmentation rate.
    @Option(help: "Probability of adding a random 1–3-word fragment of each training sentence.")
    var fragmentRate: Double = LanguageIDTrainingOptions().fragmentRate

    /// Class balancing power.
    @Option(help: "Class balancing: weight (largest class / class)^power; 0.5 partial, 1 full.")
    var balancePower: Double = LanguageIDTrainingOptions().balancePower

    /// Highest character n-gram order.
    @Option(help: "Highest character n-gram order (1–5).")
    var maxOrder: Int = LanguageIDTrainingOptions().maxOrder

    /// Word-bigram features.
    @Flag(help: "Add a hashed feature per pair of adjacent words.")
    var wordBigrams = false

    /// Profile bags per language.
    @Option(help: "Synthetic bags per language drawn from langdetect-profiles/profiles-27 (0: profiles unused).")
    var profileBags: Int = 5000

    /// Profile bag weight.
    @Option(help: "Sample weight of a profile bag.")
    var profileWeight: Double = LanguageIDTrainingOptions().profileWeight

    /// Second-stage pair models.
    @Option(help: "Close pairs with a second-stage naive Bayes model, comma-separated a-b codes ('' for none).")
    var pairModels: String = LanguageIDTrainingOptions().pairModels.joined(separator: ",")

    /// Pair model hash size.
    @Option(help: "log2 of the hash buckets of each pair model.")
    var pairBucketBits: Int = LanguageIDTrainingOptions().pairBucketBits

    /// Pair model n-gram order.
    @Option(help: "Highest character n-gram order of the pair models (1–5).")
    var pairMaxOrder: Int = LanguageIDTrainingOptions().pairMaxOrder

    /// Pair model word-bigram features.
    @Option(help: "Whether the pair models get adjacent-word features (true/false).")
    var pairWordBigrams: Bool = LanguageIDTrainingOptions().pairWordBigrams

    /// Pair model smoothing.
    @Option(help: "Additive smoothing of the pair models' naive Bayes counts.")
    var pairSmoothing: Double = LanguageIDTrainingOptions().pairSmoothing

    /// First-stage share of a pair's combined difference.
    @Option(help: "Weight of the first stage's logit difference in a pair's combined difference.")
    var pairStageOneWeight: Double = LanguageIDTrainingOptions().pairStageOneWeight

    /// Balanced offsets of the pair models.
    @Option(help: "Whether each pair model gets an offset fitted with equal weight per language (true/false).")
    var pairBalancedOffset: Bool = LanguageIDTrainingOptions().pairBalancedOffset

    /// Reuse the first stage of an earlier artifact (second-stage experiments).
    @Option(help: "Experiments: reuse the first stage of this artifact (same data and options) and train only the pair models.")
    var stageOne: String?

    /// First-stage margin below which a pair model runs.
    @Option(help: "A pair model runs only when the first stage's logit difference between the two is below this.")
    var pairMaxMargin: Double = LanguageIDTrainingOptions().pairMaxMargin

    /// Model-selection split.
    @Option(help: "Model selection: leave the dev split out and report on this share of the rest instead (0: off).")
    var selectionFraction: Double = 0

    /// Selection split tag.
    @Option(help: "Hash tag of the selection split (another value draws an independent split).")
    var selectionTag: UInt32 = 13

    /// Averaged SGD of the first stage.
    @Option(help: "Averaged SGD: the first stage's weights are their mean over every step of its last this many epochs (0 = off).")
    var averageEpochs: Int = 0

    /// Optional TSV of held-out sentences (language, text) for test fixtures.
    @Option(help: "Write N held-out sentences per language to this TSV file.")
    var fixture: String?

    /// Optional TSV of held-out word pairs (language, text) for test fixtures.
    @Option(help: "Write N held-out 10–20-letter word pairs per language to this TSV file.")
    var pairFixture: String?

    /// Held-out sentences per language in the fixture.
    @Option(help: "Held-out sentences per language for --fixture.")
    var fixturePerLanguage: Int = 12

    /// Reads the data, trains, writes the artifact, manifest and model card.
    func run() async throws {
        let started = Date()
        var corpus: [LanguageIDSample] = []
        var clean: [LanguageIDSample] = []
        for language in LanguageIdentifier.supportedLanguages {
            for line in try TrainFiles.readLines("\(data)/corpus/\(language).txt") {
                corpus.append(LanguageIDSample(text: line, language: language))
            }
            let cldr = "\(data)/cldr/\(language).txt"
            if TrainFiles.exists(cldr) {
                for line in try TrainFiles.readLines(cldr) {
                    corpus.append(LanguageIDSample(text: line, language: language, weight: 0.3))
                }
            }
            if let extraCorpus, TrainFiles.exists("\(extraCorpus)/\(language).txt") {
                for line in try TrainFiles.readLines("\(extraCorpus)/\(language).txt") where !line.isEmpty {
                    corpus.append(LanguageIDSample(text: line, language: language, weight: extraWeight, trainOnly: true))
                }
            }
            let udhr = "\(data)/udhr/\(language).txt"
            if TrainFiles.exists(udhr) {
                let lines = try TrainFiles.readLines(udhr).filter { $0.unicodeScalars.count >= 20 }
                for line in lines.prefix(300) { clean.append(LanguageIDSample(text: line, language: language)) }
            }
        }
        TrainFiles.log("langid: \(corpus.count) corpus lines, \(clean.count) UDHR lines")
        var options = LanguageIDTrainingOptions(
            seed: seed, epochs: epochs, bucketBits: bucketBits, maxOrder: maxOrder, fragmentRate: fragmentRate,
            pairRate: pairRate, pairWeight: pairWeight, balancePower: balancePower, selectionFraction: selectionFraction,
            wordBigrams: wordBigrams, profileBags: profileBags, profileWeight: profileWeight,
            pairModels: pairModels.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
            pairBucketBits: pairBucketBits, pairMaxOrder: pairMaxOrder, pairWordBigrams: pairWordBigrams, pairSmoothing: pairSmoothing,
            pairStageOneWeight: pairStageOneWeight, pairMaxMargin: pairMaxMargin, selectionTag: selectionTag,
            pairBalancedOffset: pairBalancedOffset)
        options.averageEpochs = averageEpochs
        let profiles = profileBags > 0 ? try LanguageIDProfiles.read(directory: "\(data)/langdetect-profiles/profiles-27") : [:]
        var stageOneBytes: [UInt8]?
        if let stageOne {
            guard let data = FileManager.default.contents(atPath: stageOne) else { throw TrainFiles.Failure(description: "cannot read \(stageOne)") }
            stageOneBytes = Array(data)
        }
        let output = try LanguageIDTrainer.train(
            corpus: corpus, clean: clean, profiles: profiles, options: options, stageOne: stageOneBytes)
        try TrainFiles.publish(model: "langid", version: options.version, file: "langid.ssm", bytes: output.modelBytes, directory: out)
        let seconds = Int(Date().timeIntervalSince(started))
        let identifier = try LanguageIdentifier(modelBytes: output.modelBytes)
        let reports = try TrainFiles.reports(
            report, model: "langid", read: TrainFiles.readLanguageSamples, describe: { "\($0) rows" }
        ) { LanguageIDTrainer.evaluate(identifier, on: $0, name: $1) }
        let extraLines = corpus.lazy.filter(\.trainOnly).count
        let card = TrainModelCards.languageID(
            output: output, options: options, corpusCount: corpus.count - extraLines, seconds: seconds,
            extraLines: extraLines, extraWeight: extraWeight, extraReports: reports, extraPath: extraCorpus ?? "",
            reportPaths: report)
        try TrainFiles.write(card, to: out + "/MODEL_CARD-langid.md")
        if let fixture {
            var perLanguage: [String: Int] = [:]
            var lines: [String] = []
            for sample in output.heldOut where perLanguage[sample.language, default: 0] < fixturePerLanguage {
                guard !sample.text.contains("\t") else { continue }
                perLanguage[sample.language, default: 0] += 1
                lines.append("\(sample.language)\t\(sample.text)")
            }
            try TrainFiles.write(lines.joined(separator: "\n") + "\n", to: fixture)
        }
        if let pairFixture {
            var perLanguage: [String: Int] = [:]
            var lines: [String] = []
            for sample in LanguageIDTrainer.wordPairDev(output.heldOut) where perLanguage[sample.language, default: 0] < 2 * fixturePerLanguage {
                guard !sample.text.contains("\t"), !sample.text.contains("\"") else { continue }
                perLanguage[sample.language, default: 0] += 1
                lines.append("\(sample.language)\t\(sample.text)")
            }
            try TrainFiles.write(lines.joined(separator: "\n") + "\n", to: pairFixture)
        }
        for summary in output.pairSummaries {
            TrainFiles.log("langid: pair \(summary.pair): \(summary.heldOutTexts) held-out texts, first stage \(summary.stageOneCorrect), "
                + "combined \(summary.combinedCorrect), T=\(summary.temperature), offset \(summary.offset)")
        }
        TrainFiles.log("langid: dev accuracy \(output.devReport.accuracy), short \(output.shortDevReport.accuracy), "
            + "pairs \(output.pairDevReport.accuracy), "
            + "UDHR \(output.cleanReport?.accuracy ?? 0), UDHR pairs \(output.cleanPairReport?.accuracy ?? 0), T=\(output.temperature), \(output.modelBytes.count) bytes, \(seconds) s")
    }
}
