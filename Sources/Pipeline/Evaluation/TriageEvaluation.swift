import Foundation
import TextInference

/// Scores the triage classifier on labelled messages: the argmax intent (accuracy, macro-F1,
/// per-intent F1, confusions, calibration) overall and per language, plus what `enrich` publishes
/// (the intent or `unknown` below the confidence threshold), and optionally the same on the text
/// after redaction (the order the pipeline can run in: redact first, classify the redacted text).
public struct TriageEvaluation: Sendable {
    /// Scores of one pass (original or redacted text).
    public struct Pass: Sendable {
        /// Argmax intent over every message.
        public let overall: ClassificationReport
        /// Argmax intent per language code.
        public let byLanguage: [String: ClassificationReport]
        /// The published intent (`unknown` below the threshold counts as wrong), over every message.
        public let published: Published
        /// The published intent per language code.
        public let publishedByLanguage: [String: Published]
    }

    /// What `enrich` would publish: coverage and scores with `unknown` as a wrong answer.
    public struct Published: Sendable, Equatable {
        /// Share of messages answered with an intent (not `unknown`).
        public let coverage: Double
        /// Accuracy over the answered messages.
        public let answeredAccuracy: Double
        /// Accuracy over every message (`unknown` is wrong).
        public let accuracy: Double
        /// Macro-F1 over the gold intents (`unknown` is wrong).
        public let macroF1: Double
    }

    /// Scores on the original text.
    public let original: Pass
    /// Scores on the redacted text, when a redactor was given.
    public let redacted: Pass?
    /// Labelled messages scored (labels outside the model's intents are skipped).
    public let count: Int
    /// Messages skipped because their label is not one of the model's intents.
    public let skipped: Int

    /// Evaluates `classifier` on `samples`; with a `redactor`, also on each text after redaction.
    public static func evaluate(_ samples: [TriageSample], classifier: TriageClassifier, redactor: Redactor? = nil) -> TriageEvaluation {
        let known = Set(classifier.intents)
        let kept = samples.filter { known.contains($0.intent) }
        let original = pass(kept, texts: kept.map(\.text), classifier: classifier, name: "original text")
        let redacted = redactor.map { redactor in
            pass(kept, texts: kept.map { redactor.redact($0.text, language: $0.language).text }, classifier: classifier,
                 name: "redacted text")
        }
        return TriageEvaluation(original: original, redacted: redacted, count: kept.count, skipped: samples.count - kept.count)
    }

    /// Scores one pass over `texts` (parallel to `samples`).
    private static func pass(_ samples: [TriageSample], texts: [String], classifier: TriageClassifier, name: String) -> Pass {
        let labels = classifier.intents
        let index = Dictionary(uniqueKeysWithValues: labels.enumerated().map { ($1, $0) })
        let unknown = labels.count
        var gold: [Int] = [], argmax: [Int] = [], published: [Int] = [], confidence: [Double] = []
        for (sample, text) in zip(samples, texts) {
            let result = classifier.classify(text, language: sample.language)
            gold.append(index[sample.intent]!)
            argmax.append(result.top.first.flatMap { index[$0.intent] } ?? 0)
            published.append(index[result.intent] ?? unknown)
            confidence.append(result.confidence)
        }
        func report(_ rows: [Int], _ title: String) -> (ClassificationReport, Published) {
            let argmaxReport = ClassificationReport(
                name: title, labels: labels, gold: rows.map { gold[$0] }, predicted: rows.map { argmax[$0] },
                confidence: rows.map { confidence[$0] })
            let publishedReport = ClassificationReport(
                name: title, labels: labels + [TriageClassifier.unknownIntent], gold: rows.map { gold[$0] },
                predicted: rows.map { published[$0] }, confidence: rows.map { confidence[$0] })
            let answered = rows.filter { published[$0] != unknown }
            let answeredRight = answered.filter { published[$0] == gold[$0] }.count
            return (argmaxReport, Published(
                coverage: rows.isEmpty ? 0 : Double(answered.count) / Double(rows.count),
                answeredAccuracy: answered.isEmpty ? 0 : Double(answeredRight) / Double(answered.count),
                accuracy: publishedReport.accuracy, macroF1: publishedReport.macroF1))
        }
        let all = report(Array(gold.indices), "\(name), all languages (\(gold.count) messages)")
        var byLanguage: [String: ClassificationReport] = [:]
        var publishedByLanguage: [String: Published] = [:]
        for language in Set(samples.map(\.language)).sorted() {
            let rows = samples.indices.filter { samples[$0].language == language }
            let scored = report(rows, "\(name), language \(language) (\(rows.count) messages)")
            byLanguage[language] = scored.0
            publishedByLanguage[language] = scored.1
        }
        return Pass(overall: all.0, byLanguage: byLanguage, published: all.1, publishedByLanguage: publishedByLanguage)
    }

    /// Parses JSON lines with `text` and `label` (or `intent`) and an optional `lang` (or `language`,
    /// default `en`), like the training data's `triage/dev.jsonl`. Blank lines are skipped.
    public static func parseJSONLines(_ data: Data) throws -> [TriageSample] {
        var samples: [TriageSample] = []
        for (number, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            guard line.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\r") && $0 != UInt8(ascii: "\t") }) else { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let text = object["text"] as? String,
                  let label = (object["label"] ?? object["intent"]) as? String
            else {
                throw TriageDataError(line: number + 1, reason: "expected a JSON object with string fields text and label")
            }
            let language = (object["lang"] ?? object["language"]) as? String ?? "en"
            samples.append(TriageSample(text: text, intent: label, language: language))
        }
        return samples
    }
}

/// A line of triage evaluation data that could not be read.
public struct TriageDataError: Error, CustomStringConvertible, Sendable {
    /// 1-based line number.
    public let line: Int
    /// What is wrong.
    public let reason: String
    public var description: String { "line \(line): \(reason)" }
}
