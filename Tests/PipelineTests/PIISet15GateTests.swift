import Foundation
import Pipeline
import Testing
import TextInference

/// Regression gate on hand-written set 15 (Ops/pii/handwritten15.txt → Topics/samples/pii_handwritten15.jsonl).
///
/// Set 15 was written before redaction-1.10.0 and first scored on redaction-1.9.0 (the honest unseen figure:
/// typed micro-F1 0.965, span leak 4.23%, structured leak 0.69%, PERSON recall 0.977, hard negatives flagged
/// 2.78%; see Ops/PERFORMANCE.md). Its misses then served to find the 1.10.0 rule gaps, so the figures
/// recorded here are tuned ones: raise them when recall improves, never lower them to make a change pass.
/// Set 16 (Ops/pii/handwritten16.txt, 42 agents' notes) was the first-run check of 1.10.0 and is held here too.
@Suite("PII set 15 gate")
struct PIISet15GateTests {
    /// Typed micro-F1 on sets 15 and 16 when the gate was recorded (redaction-1.10.0).
    static let recordedMicroF1 = 1.0

    static func examples() throws -> [PIIExample] {
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.samplesDir).appendingPathComponent("pii_handwritten15.jsonl"))
        return try PIIExample.parseLabels(data)
    }

    @Test("set 15 has 160+ texts in 7 languages with labelled spans and hard negatives")
    func shape() throws {
        let examples = try Self.examples()
        #expect(examples.count >= 160)
        #expect(Set(examples.map(\.language)) == ["en", "de", "fr", "es", "it", "nl", "pt"])
        #expect(examples.reduce(0) { $0 + $1.entities.count } >= 350)
        #expect(examples.reduce(0) { $0 + $1.negatives.count } >= 200)
    }

    @Test("set 16 (the small unseen check of 1.10.0, then tuned on): no leaks, no flagged hard negatives")
    func set16() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.samplesDir).appendingPathComponent("pii_handwritten16.jsonl"))
        let examples = try PIIExample.parseLabels(data)
        #expect(examples.count >= 40)
        let evaluation = PIIEvaluation.evaluate(examples, redactor: Redactor())
        #expect(evaluation.micro.f1 >= Self.recordedMicroF1 - 0.005, "micro-F1 \(evaluation.micro.f1)")
        #expect(evaluation.leakedSpans == 0)
        #expect(evaluation.flaggedNegatives == 0)
    }

    @Test("set 15: micro-F1 at the recorded figure, no leaks, PERSON recall 1, no flagged hard negatives")
    func gate() throws {
        let evaluation = PIIEvaluation.evaluate(try Self.examples(), redactor: Redactor())
        #expect(evaluation.micro.f1 >= Self.recordedMicroF1 - 0.005, "micro-F1 \(evaluation.micro.f1)")
        #expect(evaluation.structuredSpans > 140)
        #expect(evaluation.leakedStructured == 0)
        #expect(evaluation.leakedSpans == 0)
        #expect(evaluation.personRecall >= 0.99)
        #expect(evaluation.flaggedNegatives == 0)
    }
}
