import ArgumentParser
import Foundation
import Pipeline
import TextInference

/// `supportstream eval pii`: PII redaction quality and speed on labelled texts.
struct EvalPIICommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pii",
        abstract: "Score PII redaction: typed micro-F1, leak rates, PERSON recall, hard negatives, texts/s.",
        discussion: """
            --format labels reads JSON lines with `text` (or `event_id` plus --events files), `entities` \
            ({type,start,end}) and `negatives` ({kind,start,end}), offsets in Unicode scalars — e.g. \
            Topics/samples/pii_golden.jsonl, or Topics/samples/labels.jsonl with --events tickets.jsonl \
            --events chat.jsonl. --format presidio reads the presidio-research synthetic dataset (a JSON \
            array); its labels are mapped to ours and uncovered types are not scored. A match needs the \
            same type and intersection ≥ half the union; a gold span leaks when any of its letters or \
            digits is left unredacted. Speed: one thread, repeated passes for at least --seconds.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case labels, presidio
    }

    @Option(name: .long, help: "The labelled data file.")
    var data: String

    @Option(name: .long, help: "Data format: labels or presidio.")
    var format: Format = .labels

    @Option(name: .long, help: "Input event files (JSON lines) for labels that refer to event_id.")
    var events: [String] = []

    @Option(name: .long, help: "Only examples of this split (dev, holdout); default all.")
    var split: String?

    @Option(name: .long, help: "Configuration file (JSON) for redaction settings; environment variables override it.")
    var config: String?

    @Option(name: .long, help: "Seconds of single-thread timing for texts/s (0 skips it).")
    var seconds: Double = 2

    @Flag(name: .long, help: "List every missed, leaked and spurious span with its text (for synthetic dev data only: prints values).")
    var errors = false

    mutating func run() async throws {
        _ = LoggingBootstrap.start(level: "warning")
        let configuration = try loadConfiguration(config)
        guard let contents = FileManager.default.contents(atPath: data) else { throw fail("eval pii: cannot read data file \(data)") }
        var examples: [PIIExample]
        do {
            switch format {
            case .presidio:
                examples = try PIIExample.parsePresidio(contents)
            case .labels:
                var index: [String: [String: Any]] = [:]
                for path in events {
                    guard let file = FileManager.default.contents(atPath: path) else { throw fail("eval pii: cannot read events file \(path)") }
                    index.merge(PIIExample.indexEvents(file)) { first, _ in first }
                }
                examples = try PIIExample.parseLabels(contents, events: index)
            }
        } catch let error as PIIDataError {
            throw fail("eval pii: \(data): \(error)")
        }
        if let split { examples = examples.filter { $0.split == split } }
        guard !examples.isEmpty else { throw fail("eval pii: no examples in \(data)") }
        let redactor = Redactor(configuration: configuration.redaction.redactorConfiguration)
        let scored: Set<String>? = format == .presidio ? Set(PIIExample.presidioTypes.values) : nil
        let evaluation = PIIEvaluation.evaluate(examples, redactor: redactor, scoredTypes: scored)
        if errors { print(Self.errorListing(examples, redactor: redactor, scoredTypes: scored)) }
        print(Self.report(evaluation, examples: examples, rate: Self.rate(examples, redactor: redactor, seconds: seconds)))
    }

    /// Texts per second on this thread over repeated passes.
    static func rate(_ examples: [PIIExample], redactor: Redactor, seconds: Double) -> Double? {
        guard seconds > 0 else { return nil }
        let clock = ContinuousClock()
        let start = clock.now
        var done = 0
        repeat {
            for example in examples { _ = redactor.redact(example.text, language: example.language) }
            done += examples.count
        } while clock.now - start < .milliseconds(Int(seconds * 1000))
        let elapsed = clock.now - start
        return Double(done) / (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    /// One line per missed (FN), leaked (LEAK) or spurious (FP) span, with the example id and the span text.
    static func errorListing(_ examples: [PIIExample], redactor: Redactor, scoredTypes: Set<String>?) -> String {
        var lines: [String] = []
        for example in examples {
            let scalars = Array(example.text.unicodeScalars)
            func slice(_ start: Int, _ end: Int) -> String {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[max(0, start)..<min(scalars.count, end)])
                return String(view).replacingOccurrences(of: "\n", with: "⏎")
            }
            let entities = redactor.redact(example.text, language: example.language).entities
            var single = PIIEvaluation()
            for gold in example.entities {
                let matched = entities.contains { entity in
                    guard entity.type.rawValue == gold.label else { return false }
                    let inter = min(gold.end, entity.end) - max(gold.start, entity.start)
                    return inter > 0 && 2 * inter >= max(gold.end, entity.end) - min(gold.start, entity.start)
                }
                single = PIIEvaluation()
                let one = PIIExample(id: example.id, language: example.language, split: example.split, text: example.text,
                                     entities: [gold], negatives: [], ignored: example.ignored)
                single.add(one, predicted: entities, scoredTypes: scoredTypes)
                let leaked = single.leakedSpans > 0
                if !matched || leaked {
                    lines.append("\(example.id) \(leaked ? "LEAK" : "FN  ") \(gold.label) «\(slice(gold.start, gold.end))»")
                }
            }
            for entity in entities where scoredTypes?.contains(entity.type.rawValue) ?? true {
                if example.ignored.contains(where: { $0.start < entity.end && entity.start < $0.end }) { continue }
                let matched = example.entities.contains { gold in
                    guard entity.type.rawValue == gold.label else { return false }
                    let inter = min(gold.end, entity.end) - max(gold.start, entity.start)
                    return inter > 0 && 2 * inter >= max(gold.end, entity.end) - min(gold.start, entity.start)
                }
                if !matched { lines.append("\(example.id) FP   \(entity.type.rawValue) «\(slice(entity.start, entity.end))»") }
            }
        }
        return lines.joined(separator: "\n")
    }

    static func report(_ e: PIIEvaluation, examples: [PIIExample], rate: Double?) -> String {
        func pct(_ x: Double) -> String { String(format: "%.2f%%", x * 100) }
        func f3(_ x: Double) -> String { String(format: "%.3f", x) }
        let chars = examples.reduce(0) { $0 + $1.text.unicodeScalars.count } / max(1, examples.count)
        var lines: [String] = []
        lines.append("texts \(e.texts) (mean \(chars) chars) · gold spans \(e.goldSpans) · hard negatives \(e.negatives)")
        let micro = e.micro
        lines.append("micro-F1 (typed) \(f3(micro.f1))  P \(f3(micro.precision))  R \(f3(micro.recall))")
        lines.append("span leak \(pct(e.spanLeakRate)) (\(e.leakedSpans)/\(e.goldSpans)) · structured leak \(pct(e.structuredLeakRate)) (\(e.leakedStructured)/\(e.structuredSpans))")
        lines.append("PERSON recall \(f3(e.personRecall)) · hard negatives flagged \(pct(e.negativeFlagRate)) (\(e.flaggedNegatives)/\(e.negatives))")
        if let rate { lines.append("speed \(Int(rate.rounded())) texts/s (one thread)") }
        lines.append("")
        lines.append("type            gold   TP   FP   FN  prec   rec    F1   leaked")
        for (type, s) in e.perType.sorted(by: { $0.key < $1.key }) {
            let gold = s.truePositives + s.falseNegatives
            lines.append(type.padding(toLength: 14, withPad: " ", startingAt: 0)
                + String(format: " %5d %4d %4d %4d %5.3f %5.3f %5.3f %6d", gold, s.truePositives, s.falsePositives,
                         s.falseNegatives, s.precision, s.recall, s.f1, e.leaksByType[type, default: 0]))
        }
        if !e.negativesByKind.isEmpty {
            lines.append("")
            lines.append("hard negatives flagged: " + e.negativesByKind.sorted { $0.key < $1.key }
                .map { "\($0.key) \($0.value.flagged)/\($0.value.total)" }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n")
    }
}
