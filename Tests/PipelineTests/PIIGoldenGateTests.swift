import Foundation
import Pipeline
import Testing
import TextInference

/// Regression gate and leak test on the committed synthetic golden set (Topics/samples/pii_golden.jsonl).
///
/// The recorded figures come from `supportstream eval pii --data Topics/samples/pii_golden.jsonl`;
/// raise them when recall improves, never lower them to make a change pass.
@Suite("PII golden set gate")
struct PIIGoldenGateTests {
    /// Typed micro-F1 on the whole golden set when the gate was recorded (0.981 before the lexicon
    /// PERSON recognizer, redaction-1.2.0).
    static let recordedMicroF1 = 1.0
    /// Gold spans (any type) with a surviving letter or digit when the gate was recorded (12 before redaction-1.2.0).
    static let recordedLeakedSpans = 0
    /// The hand-written held-out sets (Ops/pii/handwritten*.txt), written independently of the generator.
    /// Set 5 (chat transcripts, forms, e-mail threads, config pastes) first scored 0.911 unseen; set 7
    /// (generator-style tickets and chat lines, 16 countries' phone and address formats) 0.950 unseen on
    /// redaction-1.3.0. Set 6 (one leak left), set 8 (the unseen check of 1.4.0), set 9 (two leaks left) and
    /// set 10 (the unseen check of 1.5.0) and set 11 (the "before" of 1.6.0, then used to find gaps)
    /// and set 12 (the unseen check of 1.6.0, then used to find the gaps of 1.7.0) and set 13 (the unseen
    /// check of 1.7.0, then used to find the gaps of 1.8.0) stay out of the gate.
    static let handwrittenFiles = ["pii_handwritten.jsonl", "pii_handwritten2.jsonl", "pii_handwritten3.jsonl", "pii_handwritten4.jsonl",
                                   "pii_handwritten5.jsonl", "pii_handwritten7.jsonl"]
    /// Typed micro-F1 over the six gated hand-written sets when the gate was recorded. Their first, unseen
    /// runs scored lower (see Ops/PERFORMANCE.md); since then they also served to find rule gaps.
    static let recordedHandwrittenMicroF1 = 1.0

    static func examples() throws -> [PIIExample] {
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.samplesDir).appendingPathComponent("pii_golden.jsonl"))
        return try PIIExample.parseLabels(data)
    }

    @Test("the golden set has at least 150 texts in 7 languages, hard negatives and both splits")
    func shape() throws {
        let examples = try Self.examples()
        #expect(examples.count >= 150)
        #expect(Set(examples.map(\.language)) == ["en", "de", "fr", "es", "it", "nl", "pt"])
        #expect(examples.reduce(0) { $0 + $1.negatives.count } >= 100)
        #expect(Set(examples.map(\.split)) == ["dev", "holdout"])
        for example in examples {
            let count = example.text.unicodeScalars.count
            for span in example.entities + example.negatives { #expect(0 <= span.start && span.start < span.end && span.end <= count) }
        }
    }

    @Test("micro-F1 stays within 0.5 points of the recorded figure and no structured value leaks")
    func gate() throws {
        let evaluation = PIIEvaluation.evaluate(try Self.examples(), redactor: Redactor())
        #expect(evaluation.micro.f1 >= Self.recordedMicroF1 - 0.005, "micro-F1 \(evaluation.micro.f1)")
        #expect(evaluation.structuredSpans > 100)
        #expect(evaluation.leakedStructured == 0)
        #expect(evaluation.leakedSpans <= Self.recordedLeakedSpans)
        #expect(evaluation.negativeFlagRate <= 0.05)
    }

    @Test("no gold structured value survives in the redacted text; other survivors stay at the recorded count")
    func leaks() throws {
        var survivors = 0
        for example in try Self.examples() {
            var session = RedactionSession()
            let redacted = try Redactor().redact(example.text, language: example.language, session: &session).text
            let scalars = Array(example.text.unicodeScalars)
            for gold in example.entities {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[gold.start..<gold.end])
                let value = String(view)
                guard redacted.contains(value) else { continue }
                survivors += 1
                #expect(!PIIEvaluation.structuredTypes.contains(gold.label), "\(example.id): a \(gold.label) value survived")
            }
        }
        #expect(survivors <= Self.recordedLeakedSpans)
    }

    @Test("hand-written multilingual texts: micro-F1 at the recorded figure, no leaks, no flagged negatives")
    func handwritten() throws {
        var examples: [PIIExample] = []
        for file in Self.handwrittenFiles {
            let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.samplesDir).appendingPathComponent(file))
            examples += try PIIExample.parseLabels(data)
        }
        #expect(examples.count >= 320)
        #expect(Set(examples.map(\.language)) == ["en", "de", "fr", "es", "it", "nl", "pt"])
        let evaluation = PIIEvaluation.evaluate(examples, redactor: Redactor())
        #expect(evaluation.micro.f1 >= Self.recordedHandwrittenMicroF1 - 0.005, "micro-F1 \(evaluation.micro.f1)")
        #expect(evaluation.personRecall >= 0.99)
        #expect(evaluation.leakedSpans == 0)
        #expect(evaluation.flaggedNegatives == 0)
    }

    @Test("the evaluation counts leaks, matches and flagged negatives (non-vacuity)")
    func metricsWork() throws {
        let example = PIIExample(id: "x", language: "en", split: "", text: "mail a@example.com order 12345 Bob",
                                 entities: [.init(label: "EMAIL", start: 5, end: 18), .init(label: "PERSON", start: 31, end: 34)],
                                 negatives: [.init(label: "ORDER", start: 25, end: 30)], ignored: [])
        var evaluation = PIIEvaluation()
        evaluation.add(example, predicted: [Entity(type: .email, start: 5, end: 18), Entity(type: .phone, start: 25, end: 30)], scoredTypes: nil)
        #expect(evaluation.perType["EMAIL"]?.truePositives == 1)
        #expect(evaluation.perType["PHONE"]?.falsePositives == 1)
        #expect(evaluation.perType["PERSON"]?.falseNegatives == 1)
        #expect(evaluation.leakedSpans == 1 && evaluation.leakedStructured == 0)
        #expect(evaluation.flaggedNegatives == 1)
        #expect(abs(evaluation.micro.f1 - 0.5) < 1e-9)
    }
}
