import Foundation
import TextInference

/// `Fixtures/triage-dev-sample.jsonl`: three held-out dev.jsonl messages per intent and language,
/// never trained on. English lines: BANKING77 (CC BY 4.0); Arabic lines: ArBanking77 (CC BY-SA 4.0);
/// see `Fixtures/README.md`.
enum TriageDevFixture {
    /// The fixture file beside this source file.
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/triage-dev-sample.jsonl").path

    /// The labelled messages.
    static let samples: [TriageSample] = {
        guard let data = FileManager.default.contents(atPath: path) else { fatalError("cannot read \(path)") }
        return data.split(separator: UInt8(ascii: "\n")).map { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: String],
                  let text = object["text"], let label = object["label"], let lang = object["lang"]
            else { fatalError("bad fixture line in \(path)") }
            return TriageSample(text: text, intent: label, language: lang)
        }
    }()
}
