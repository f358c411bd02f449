import ArgumentParser
import Foundation
import TextInference

/// `supportstream train triage-vocab`: builds the triage vocabulary (hashes of the training words) without retraining.
struct TrainTriageVocabCommand: AsyncParsableCommand {
    /// Command metadata.
    static let configuration = CommandConfiguration(
        commandName: "triage-vocab",
        abstract: "Build triage-vocab.bin (hashed training words, for the out-of-vocabulary rate) from the triage training JSONL.")

    /// One JSONL row; only `text` is read.
    private struct Row: Decodable {
        /// Message text.
        let text: String
    }

    /// Training JSONL.
    @Option(help: "Triage training JSONL (the file triage.ssm was trained on); only the text field is read.")
    var data: String

    /// Supplementary training JSONL files that `train triage` read with `--extra`.
    @Option(help: "A supplementary training JSONL that train triage read with --extra; repeatable.")
    var extra: [String] = []

    /// Where to write triage-vocab.bin and update models.json.
    @Option(help: "Output directory, normally Sources/TextInference/Resources.")
    var out: String

    /// Artifact version recorded in models.json.
    @Option(help: "Version recorded in models.json.")
    var version: String = "triage-vocab-1.3.0"

    /// Reads the texts, hashes their words and publishes the artifact.
    func run() async throws {
        let decoder = JSONDecoder()
        var texts: [String] = []
        for path in [data] + extra {
            texts += try TrainFiles.readLines(path).map { try decoder.decode(Row.self, from: Data($0.utf8)).text }
        }
        let vocabulary = TriageVocabulary(trainingTexts: texts)
        let bytes = vocabulary.bytes()
        try TrainFiles.publish(model: TriageVocabulary.modelName, version: version, file: TriageVocabulary.fileName,
                               bytes: bytes, directory: out)
        TrainFiles.log("triage-vocab: \(texts.count) texts, \(vocabulary.count) distinct words, \(bytes.count) bytes")
    }
}
