import ArgumentParser
import Foundation
import TextInference

/// `supportstream train names`: trains the name-likeness scorer the redactor uses for unlisted names.
struct TrainNamesCommand: AsyncParsableCommand {
    /// Command metadata.
    static let configuration = CommandConfiguration(
        commandName: "names",
        abstract: "Train names.bin (name-likeness of a capitalised word) from the name lexicons and the langid corpora.")

    /// Training data directory.
    @Option(help: "Training data directory (reads langid/corpus/<lang>.txt and langid/cldr/<lang>.txt for en de fr es it nl pt).")
    var data: String

    /// Where to write names.bin and update models.json.
    @Option(help: "Output directory, normally Sources/TextInference/Resources.")
    var out: String

    /// Artifact version recorded in models.json.
    @Option(help: "Version recorded in models.json.")
    var version: String = "names-1.0.1"

    /// Reads the corpora, trains, publishes the artifact and prints the figures.
    func run() async throws {
        var corpora: [String: [String]] = [:]
        var cldr: [String: [String]] = [:]
        for language in NameTrainingVocabulary.languages {
            corpora[language] = try TrainFiles.readLines(data + "/langid/corpus/\(language).txt")
            cldr[language] = try TrainFiles.readLines(data + "/langid/cldr/\(language).txt")
        }
        let vocabulary = NameTrainingVocabulary(corpora: corpora, cldr: cldr)
        let (model, report) = NameLikenessTrainer.train(vocabulary)
        let bytes = model.bytes()
        try TrainFiles.publish(model: NameLikenessModel.modelName, version: version, file: NameLikenessModel.fileName,
                               bytes: bytes, directory: out)
        TrainFiles.log("names: \(vocabulary.names.count) names, \(vocabulary.nonNames.count) non-names; "
            + "train \(report.trainNames)/\(report.trainNonNames); chose l2 \(report.l2), \(report.epochs) epochs, rate \(report.learningRate) "
            + "(selection balanced log loss \(String(format: "%.4f", report.selectionLogLoss)))")
        TrainFiles.log("selection (logit 0): \(report.selection.names) names recall \(String(format: "%.4f", report.selection.nameRecall)), "
            + "\(report.selection.nonNames) non-names accuracy \(String(format: "%.4f", report.selection.nonNameAccuracy))")
        for (threshold, figures) in report.heldOut {
            TrainFiles.log("held out (logit \(threshold)): \(figures.names) names recall \(String(format: "%.4f", figures.nameRecall)), "
                + "\(figures.nonNames) non-names accuracy \(String(format: "%.4f", figures.nonNameAccuracy))")
        }
        TrainFiles.log("names: \(bytes.count) bytes, sha256 \(SHA256.hexDigest(bytes))")
    }
}
