import ArgumentParser
import Foundation
import Pipeline
import TextInference

/// `supportstream eval triage`: intent accuracy, macro-F1, per-intent F1, confusions and calibration.
struct EvalTriageCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "triage",
        abstract: "Score the triage classifier: accuracy, macro-F1, per-intent F1, confusions, calibration (ECE).",
        discussion: """
            --data is JSON lines with `text`, `label` (or `intent`) and `lang` (or `language`; default en), \
            e.g. the training data's triage/dev.jsonl or Tests/TextInferenceTests/Fixtures/triage-dev-sample.jsonl. \
            Scores use the argmax intent (accuracy, macro-F1, per-intent F1, confusions, ECE over ten bins), \
            per language too; 'published' scores what enrich emits, where `unknown` below the confidence \
            threshold counts as wrong. --redacted also runs the redactor first and classifies the redacted \
            text, printing both macro-F1s per language.
            """)

    @Option(name: .long, help: "Labelled JSON lines (text, label, lang).")
    var data: String

    @Option(name: .long, help: "A model directory with models.json and triage.ssm (default: the bundled model).")
    var models: String?

    @Flag(name: .long, help: "Also classify the text after redaction and compare macro-F1 per language.")
    var redacted = false

    @Option(name: .long, help: "Configuration file (JSON) for the triage threshold and redaction; environment variables override it.")
    var config: String?

    @Option(name: .long, help: "Confusion pairs to print.")
    var confusions: Int = 15

    @Option(name: .long, help: "Write the results as JSON to this file.")
    var json: String?

    mutating func run() async throws {
        _ = LoggingBootstrap.start(level: "warning")
        let configuration = try loadConfiguration(config)
        guard let contents = FileManager.default.contents(atPath: data) else { throw fail("eval triage: cannot read data file \(data)") }
        let samples: [TriageSample]
        do {
            samples = try TriageEvaluation.parseJSONLines(contents)
        } catch {
            throw fail("eval triage: \(data): \(error)")
        }
        guard !samples.isEmpty else { throw fail("eval triage: no labelled lines in \(data)") }
        var triageConfiguration = TriageConfiguration()
        if let threshold = configuration.triageMinConfidence { triageConfiguration.minimumConfidence = threshold }
        let classifier: TriageClassifier
        do {
            if let directory = try ModelSelection.directory(for: models) {
                classifier = try ModelDirectory(path: directory).triageClassifier(configuration: triageConfiguration)
            } else {
                classifier = try TriageClassifier.loadDefault(configuration: triageConfiguration)
            }
        } catch {
            throw fail("eval triage: cannot load the triage model: \(error)")
        }
        let redactor = redacted ? Redactor(configuration: configuration.redaction.redactorConfiguration) : nil
        let evaluation = TriageEvaluation.evaluate(samples, classifier: classifier, redactor: redactor)
        guard evaluation.count > 0 else { throw fail("eval triage: no line of \(data) has one of the model's intents") }
        print(Self.report(evaluation, classifier: classifier, data: data, confusions: confusions))
        if let json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            do {
                try encoder.encode(Self.summary(evaluation, classifier: classifier, data: data)).write(to: URL(fileURLWithPath: json))
            } catch {
                throw fail("eval triage: cannot write \(json): \(error)")
            }
        }
    }

    static func pct(_ value: Double) -> String { String(format: "%.2f", value * 100) }

    /// `text` right-aligned in `width` columns.
    static func right(_ text: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - text.count)) + text }

    /// The human-readable report.
    static func report(_ e: TriageEvaluation, classifier: TriageClassifier, data: String, confusions: Int) -> String {
        var lines: [String] = []
        lines.append("\(classifier.version) on \(data): \(e.count) messages" + (e.skipped > 0 ? " (\(e.skipped) skipped: label not a model intent)" : ""))
        lines.append("threshold \(classifier.configuration.minimumConfidence) (published: `unknown` below it counts as wrong)")
        func passLines(_ pass: TriageEvaluation.Pass, _ title: String) {
            lines.append("")
            lines.append("\(title)            accuracy  macro-F1  ECE    | published: coverage  acc(answered)  accuracy  macro-F1")
            var rows: [(String, ClassificationReport, TriageEvaluation.Published)] = [("all", pass.overall, pass.published)]
            for language in pass.byLanguage.keys.sorted() {
                rows.append((language, pass.byLanguage[language]!, pass.publishedByLanguage[language]!))
            }
            for (name, report, published) in rows {
                lines.append("  " + "\(name) (\(report.count))".padding(toLength: 24, withPad: " ", startingAt: 0)
                    + right(pct(report.accuracy), 6) + "    " + right(pct(report.macroF1), 6) + "  "
                    + String(format: "%.3f", report.expectedCalibrationError) + "  |            " + right(pct(published.coverage), 6)
                    + "  " + right(pct(published.answeredAccuracy), 6) + "         " + right(pct(published.accuracy), 6)
                    + "    " + right(pct(published.macroF1), 6))
            }
        }
        passLines(e.original, "original text")
        if let redacted = e.redacted {
            passLines(redacted, "redacted text")
            lines.append("")
            lines.append("macro-F1 (argmax) original → redacted: " + (["all"] + e.original.byLanguage.keys.sorted()).map { language in
                let before = language == "all" ? e.original.overall : e.original.byLanguage[language]!
                let after = language == "all" ? redacted.overall : redacted.byLanguage[language]!
                return "\(language) \(pct(before.macroF1)) → \(pct(after.macroF1)) (\(String(format: "%+.2f", (after.macroF1 - before.macroF1) * 100)))"
            }.joined(separator: " · "))
        }
        let languages = e.original.byLanguage.keys.sorted()
        lines.append("")
        lines.append("per-intent F1 (original text, argmax)")
        lines.append("intent".padding(toLength: 50, withPad: " ", startingAt: 0) + "support   prec    rec     F1"
            + languages.map { "  F1 \($0)".padding(toLength: 9, withPad: " ", startingAt: 0) }.joined())
        for (index, metric) in e.original.overall.classes.enumerated() where metric.support > 0 {
            var line = metric.label.padding(toLength: 50, withPad: " ", startingAt: 0)
                + right(String(metric.support), 7) + " " + right(pct(metric.precision), 6) + " " + right(pct(metric.recall), 6)
                + " " + right(pct(metric.f1), 6)
            for language in languages {
                let perLanguage = e.original.byLanguage[language]!.classes[index]
                line += "  " + right(perLanguage.support > 0 ? pct(perLanguage.f1) : "-", 7)
            }
            lines.append(line)
        }
        lines.append("")
        lines.append("top confusions (gold → predicted: count)")
        for confusion in e.original.overall.topConfusions.prefix(confusions) {
            lines.append("  \(confusion.gold) → \(confusion.predicted): \(confusion.count)")
        }
        lines.append("")
        lines.append("reliability (confidence bin: count, mean confidence, accuracy); ECE \(String(format: "%.3f", e.original.overall.expectedCalibrationError))")
        for bin in e.original.overall.reliability where bin.count > 0 {
            lines.append(String(format: "  %.1f–%.1f  %6d  %.3f  %.3f", bin.lower, bin.upper, bin.count, bin.meanConfidence, bin.accuracy))
        }
        return lines.joined(separator: "\n")
    }

    /// The `--json` document.
    struct Summary: Encodable {
        struct Scores: Encodable {
            var count: Int
            var accuracy: Double
            var macroF1: Double
            var ece: Double
            var publishedCoverage: Double
            var publishedAccuracy: Double
            var publishedMacroF1: Double
        }
        struct PassSummary: Encodable {
            var all: Scores
            var byLanguage: [String: Scores]
            var perIntentF1: [String: Double]
            var confusions: [[String: String]]
            var reliability: [[String: Double]]
        }
        var model: String
        var data: String
        var threshold: Double
        var original: PassSummary
        var redacted: PassSummary?
    }

    static func summary(_ e: TriageEvaluation, classifier: TriageClassifier, data: String) -> Summary {
        func scores(_ report: ClassificationReport, _ published: TriageEvaluation.Published) -> Summary.Scores {
            .init(count: report.count, accuracy: report.accuracy, macroF1: report.macroF1, ece: report.expectedCalibrationError,
                  publishedCoverage: published.coverage, publishedAccuracy: published.accuracy, publishedMacroF1: published.macroF1)
        }
        func pass(_ p: TriageEvaluation.Pass) -> Summary.PassSummary {
            .init(all: scores(p.overall, p.published),
                  byLanguage: p.byLanguage.reduce(into: [:]) { $0[$1.key] = scores($1.value, p.publishedByLanguage[$1.key]!) },
                  perIntentF1: p.overall.classes.filter { $0.support > 0 }.reduce(into: [:]) { $0[$1.label] = $1.f1 },
                  confusions: p.overall.topConfusions.map { ["gold": $0.gold, "predicted": $0.predicted, "count": String($0.count)] },
                  reliability: p.overall.reliability.map {
                      ["lower": $0.lower, "upper": $0.upper, "count": Double($0.count), "meanConfidence": $0.meanConfidence, "accuracy": $0.accuracy]
                  })
        }
        return Summary(model: classifier.version, data: data, threshold: classifier.configuration.minimumConfidence,
                       original: pass(e.original), redacted: e.redacted.map(pass))
    }
}
