import ArgumentParser
import Foundation
import TextInference

/// `supportstream eval langid`: accuracy of a language model on a labelled TSV (language TAB text).
struct EvalLangIDCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "langid", abstract: "Evaluate the language identifier on a TSV of (language, text) rows.")

    @Option(help: "TSV file: ISO 639-1 code, a tab, the text.")
    var tsv: String

    @Option(help: "Model artifact (default: the bundled langid.ssm).")
    var model: String?

    @Option(help: "Exclusive-letter penalty (0 turns the cue off).")
    var exclusiveLetterPenalty: Double = LanguageIDConfiguration().exclusiveLetterPenalty

    @Option(help: "Minimum confidence below which the answer is und (default: the configuration's).")
    var minimumConfidence: Double = LanguageIDConfiguration().minimumConfidence

    @Option(help: "Highest confidence of text that looks Slovak or Malay (default: the configuration's).")
    var unsupportedNeighbourCap: Double = LanguageIDConfiguration().unsupportedNeighbourCap

    @Option(help: "Write the misclassified rows (gold, predicted, confidence, text) to this TSV file.")
    var misses: String?

    func run() async throws {
        var configuration = LanguageIDConfiguration()
        configuration.exclusiveLetterPenalty = exclusiveLetterPenalty
        configuration.minimumConfidence = minimumConfidence
        configuration.unsupportedNeighbourCap = unsupportedNeighbourCap
        let identifier: LanguageIdentifier
        if let model {
            guard let data = FileManager.default.contents(atPath: model) else { throw ValidationError("cannot read \(model)") }
            identifier = try LanguageIdentifier(modelBytes: Array(data), configuration: configuration)
        } else {
            identifier = try LanguageIdentifier.loadDefault(configuration: configuration)
        }
        let samples = try TrainFiles.readLanguageSamples(tsv)
        let report = LanguageIDTrainer.evaluate(identifier, on: samples, name: "\(tsv) (\(samples.count) rows, \(identifier.version))")
        print(report.markdown())
        if let misses {
            var lines: [String] = []
            for sample in samples {
                let result = identifier.identify(sample.text)
                if result.code != sample.language {
                    lines.append("\(sample.language)\t\(result.code)\t\(String(format: "%.3f", result.confidence))\t\(sample.text)")
                }
            }
            try TrainFiles.write(lines.joined(separator: "\n") + "\n", to: misses)
        }
    }
}
