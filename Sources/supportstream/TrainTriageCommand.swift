import ArgumentParser
import Foundation
import TextInference

/// `supportstream train triage`: trains the 77-intent triage classifier.
struct TrainTriageCommand: AsyncParsableCommand {
    /// Command metadata.
    static let configuration = CommandConfiguration(
        commandName: "triage", abstract: "Train the intent classifier from JSONL files.")

    /// One JSONL row: `{"text", "label", "lang", ...}`.
    private struct Row: Decodable {
        /// Message text.
        let text: String
        /// Intent label.
        let label: String
        /// Language code.
        let lang: String
    }

    /// Training JSONL.
    @Option(help: "Training JSONL with text, label and lang fields.")
    var data: String

    /// Dev JSONL.
    @Option(help: "Dev JSONL, evaluated for the model card (and used for calibration only with --calibration-fraction 0; not read with --selection-fraction).")
    var dev: String?

    /// Supplementary training JSONL files (same fields as --data), appended to it.
    @Option(help: "A supplementary training JSONL (same fields as --data) appended to it; repeatable.")
    var extra: [String] = []

    /// Further labelled JSONL files to evaluate and report in the model card.
    @Option(help: "A labelled JSONL (same fields as --data) to evaluate and report in the model card; repeatable.")
    var report: [String] = []

    /// Label list; defaults to labels.json next to the training file.
    @Option(help: "JSON array of intent labels (default: labels.json beside --data).")
    var labels: String?

    /// Where to write triage.ssm, models.json and the model card.
    @Option(help: "Output directory, normally Sources/TextInference/Resources (not written with --selection-fraction).")
    var out: String?

    /// Shuffle seed.
    @Option(help: "Random seed.")
    var seed: UInt64 = 42

    /// SGD passes.
    @Option(help: "Training epochs.")
    var epochs: Int = 12

    /// log2 of hash buckets.
    @Option(help: "log2 of the number of hash buckets.")
    var bucketBits: Int = 15

    /// Initial learning rate.
    @Option(help: "Initial SGD learning rate.")
    var learningRate: Double = 2.0

    /// Class balancing power.
    @Option(help: "Class balancing: weight samples by (mean/count of their intent and language)^balance; 0 = off.")
    var balance: Double = 0

    /// Seed-averaged ensemble size.
    @Option(help: "Average the weights of this many models trained with consecutive seeds.")
    var ensemble: Int = 1

    /// Character n-gram orders.
    @Option(help: "Highest character n-gram order.")
    var maxOrder: Int = 5

    /// Word feature weight.
    @Option(help: "Count each word uni/bi-gram feature this many times against the character n-grams.")
    var wordWeight: Int = 2

    /// Skip-bigram features.
    @Flag(help: "Add word skip-bigram features.")
    var skipBigrams = false

    /// Squared-hinge ensemble weight.
    @Option(help: "Weight of a one-vs-rest squared-hinge model added to the softmax model (0 = off).")
    var hingeWeight: Double = 5

    /// Squared-hinge learning rate.
    @Option(help: "Initial SGD learning rate of the squared-hinge model.")
    var hingeLearningRate: Double = 0.2

    /// Squared-hinge L2.
    @Option(help: "L2 penalty per step of the squared-hinge model.")
    var hingeL2: Double = 1e-6

    /// Embedding member blend weight.
    @Option(help: "Weight of the fastText-style embedding member added to the linear logits (0 = off).")
    var embeddingWeight: Double = 1

    /// Embedding rows.
    @Option(help: "log2 of the embedding member's rows.")
    var embeddingBits: Int = 17

    /// Embedding width.
    @Option(help: "Embedding width (a multiple of 16).")
    var embeddingDimension: Int = 32

    /// Hidden units.
    @Option(help: "ReLU hidden units of the embedding member (0 = plain fastText).")
    var embeddingHidden: Int = 0

    /// Embedding member features.
    @Option(help: "Features of the embedding member: bit 0 words, bit 1 word bigrams, bit n character n-grams of order n (0 = all of the linear model's; 19 = words, bigrams, 4-grams).")
    var embeddingFeatureMask: UInt8 = 19

    /// Embedding epochs.
    @Option(help: "SGD passes of the embedding member.")
    var embeddingEpochs: Int = 20

    /// Embedding learning rate.
    @Option(help: "Initial SGD learning rate of the embedding member.")
    var embeddingLearningRate: Double = 0.5

    /// Embedding members.
    @Option(help: "Embedding members trained with consecutive seeds, their scores averaged (1-4; each costs run time).")
    var embeddingMembers: Int = 1

    /// Lowest character n-gram order.
    @Option(help: "Lowest character n-gram order of the linear model.")
    var minOrder: Int = 2

    /// Averaged SGD of the softmax member.
    @Option(help: "Averaged SGD: the softmax member's weights are their mean over every step of its last this many epochs (0 = off).")
    var averageEpochs: Int = 0

    /// Averaged SGD of the squared-hinge member.
    @Option(help: "Averaged SGD of the squared-hinge member, as --average-epochs (0 = off).")
    var hingeAverageEpochs: Int = 0

    /// Averaged SGD of the embedding member.
    @Option(help: "Averaged SGD of the embedding member's output layer over its last this many epochs (0 = off).")
    var embeddingAverageEpochs: Int = 0

    /// Average the embedding rows too.
    @Flag(help: "With --embedding-average-epochs, average the embedding rows as well.")
    var embeddingAverageTable = false

    /// Feature weighting of the linear members.
    @Option(help: "Feature weighting of the linear members: none, raw (idf per occurrence), sublinear ((1 + ln tf) idf, L2), sublinear-no-idf, tfidf (sublinear with integer tf repetitions and idf folded into the weights).")
    var idf: String = "tfidf"

    /// Model-selection split.
    @Option(help: "Model selection: train on all but this hash-chosen share of --data, print held-out macro-F1 of each member and blend, write nothing (0 = off).")
    var selectionFraction: Double = 0

    /// Selection split tag.
    @Option(help: "Hash tag of the selection split (another value draws an independent split).")
    var selectionTag: UInt32 = 7

    /// Calibration split.
    @Option(help: "Fit the softmax temperature on this hash-chosen share of --data, held out from a calibration run (0 = fit it on --dev).")
    var calibrationFraction: Double = 0.1

    /// Blend weights to score in selection mode.
    @Option(help: "Comma-separated embedding blend weights to score in selection mode.")
    var blendWeights: String = "0.25,0.5,1,2,4,8"

    /// Optional JSON lines of dev rows (label, lang, text) for the test fixture.
    @Option(help: "Write the first --fixture-per-intent dev rows of each intent and language to this JSON-lines file.")
    var fixture: String?

    /// Dev rows per intent and language in the fixture.
    @Option(help: "Dev rows per intent and language for --fixture.")
    var fixturePerIntent: Int = 3

    /// Reads the data, trains, writes the artifact, manifest and model card.
    func run() async throws {
        let started = Date()
        var options = TriageTrainingOptions(
            seed: seed, epochs: epochs, learningRate: learningRate, bucketBits: bucketBits, maxOrder: maxOrder, balance: balance,
            ensemble: ensemble, wordWeight: wordWeight, skipBigrams: skipBigrams, hingeWeight: hingeWeight)
        options.hingeLearningRate = hingeLearningRate
        options.hingeL2 = hingeL2
        options.embeddingWeight = embeddingWeight
        options.embeddingBits = embeddingBits
        options.embeddingDimension = embeddingDimension
        options.embeddingHidden = embeddingHidden
        options.embeddingEpochs = embeddingEpochs
        options.embeddingFeatureMask = embeddingFeatureMask
        options.embeddingLearningRate = embeddingLearningRate
        options.calibrationFraction = calibrationFraction
        options.embeddingMembers = embeddingMembers
        options.minOrder = minOrder
        options.averageEpochs = averageEpochs
        options.hingeAverageEpochs = hingeAverageEpochs
        options.embeddingAverageEpochs = embeddingAverageEpochs
        options.embeddingAverageTable = embeddingAverageTable
        guard let idfMode = TriageIDF.Mode(rawValue: idf) else { throw fail("train triage: --idf \(idf) is not one of none, raw, sublinear, sublinear-no-idf, tfidf") }
        options.idf = idfMode
        options.calibrationTag = selectionTag
        do {
            try options.validate()
        } catch {
            throw fail("train triage: \(error)")
        }
        let labelPath = labels ?? URL(fileURLWithPath: data).deletingLastPathComponent().appendingPathComponent("labels.json").path
        let labelList = try JSONDecoder().decode([String].self, from: Data(try TrainFiles.readText(labelPath).utf8))
        var trainSamples = try Self.read(data)
        for path in extra { trainSamples += try Self.read(path) }
        if selectionFraction > 0 {
            let weights = blendWeights.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
            let lines = try TriageTrainer.select(
                train: trainSamples, labels: labelList, options: options, fraction: selectionFraction, tag: selectionTag,
                blendWeights: weights)
            for line in lines { print(line) }
            TrainFiles.log("triage selection: \(Int(Date().timeIntervalSince(started))) s")
            return
        }
        guard let dev, let out else {
            throw TrainFiles.Failure(description: "train triage: --dev and --out are required without --selection-fraction")
        }
        let devSamples = try Self.read(dev)
        TrainFiles.log("triage: \(trainSamples.count) train, \(devSamples.count) dev, \(labelList.count) labels")
        let output = try TriageTrainer.train(train: trainSamples, dev: devSamples, labels: labelList, options: options)
        try TrainFiles.publish(model: "triage", version: options.version, file: "triage.ssm", bytes: output.modelBytes, directory: out)
        let seconds = Int(Date().timeIntervalSince(started))
        let classifier = try TriageClassifier(modelBytes: output.modelBytes)
        let reports = try TrainFiles.reports(
            report, model: "triage", read: Self.read, describe: { "\($0) messages, never trained on" }
        ) { TriageTrainer.evaluate(classifier, on: $0, name: $1) }
        var extraCounts: [(file: String, count: Int)] = []
        for path in extra { extraCounts.append((path, try TrainFiles.readLines(path).count)) }
        let card = TrainModelCards.triage(
            output: output, options: options, trainCount: trainSamples.count, seconds: seconds,
            extraCounts: extraCounts, extraReports: reports, reportPaths: report)
        try TrainFiles.write(card, to: out + "/MODEL_CARD-triage.md")
        if let fixture {
            var taken: [String: Int] = [:]
            var lines: [String] = []
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for sample in devSamples {
                let key = sample.intent + "/" + sample.language
                guard taken[key, default: 0] < fixturePerIntent else { continue }
                taken[key, default: 0] += 1
                let row = ["label": sample.intent, "lang": sample.language, "text": sample.text]
                lines.append(String(decoding: try encoder.encode(row), as: UTF8.self))
            }
            try TrainFiles.write(lines.joined(separator: "\n") + "\n", to: fixture)
        }
        var summary = "triage: dev accuracy \(output.devReport.accuracy) macro-F1 \(output.devReport.macroF1)"
        for (language, report) in output.languageReports.sorted(by: { $0.key < $1.key }) {
            summary += "; \(language) acc \(report.accuracy) F1 \(report.macroF1)"
        }
        TrainFiles.log(summary + "; T=\(output.temperature), \(output.modelBytes.count) bytes, \(seconds) s")
    }

    /// Reads a JSONL file of labelled messages.
    private static func read(_ path: String) throws -> [TriageSample] {
        let decoder = JSONDecoder()
        return try TrainFiles.readLines(path).map { line in
            let row = try decoder.decode(Row.self, from: Data(line.utf8))
            return TriageSample(text: row.text, intent: row.label, language: row.lang)
        }
    }
}
