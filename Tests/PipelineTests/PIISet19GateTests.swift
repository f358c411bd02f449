import Foundation
import Pipeline
import Testing
import TextInference

/// Regression gate on hand-written set 19 (Ops/pii/handwritten19.txt → Topics/samples/pii_handwritten19.jsonl).
///
/// Set 19 was written by someone who wrote none of the rules and never ran the redactor, kept from every rule
/// author, and first scored on redaction-1.11.1: the honest unseen figure (typed micro-F1 0.967, span leak 6.11%,
/// structured leak 0.48% — one secret —, PERSON recall 0.913, hard negatives flagged 2.42%; the session-start
/// redaction-1.10.1 scores 0.957 / 8.48% / 1.90% / 0.909 / 2.73% on it). Restoring the non-English customer query
/// keys ("?kunde=", dropped by a review fix that went too far) then fixed one leak (30 spans, 5.92%; tuned from
/// here). redaction-1.11.2's address shapes (unit before the house number, numbered streets, "#"/"bus"/"Cedex"
/// tails, a street between a unit and a postcode) took its address leaks to none (24 spans, 4.73%), and
/// redaction-1.12.0's learned name rule (names-1.0.0, thresholds chosen on every existing set including this
/// one) took six uncued, unlisted names on its own (30 → 24); together 18 leaked spans (3.55%), micro-F1 0.976,
/// flagged unchanged at 8. The figures recorded here are a floor:
/// raise them when recall improves, never lower them to make a change pass.
@Suite("PII set 19 gate")
struct PIISet19GateTests {
    /// Figures of the redactor on set 19 when the gate was last recorded.
    static let recordedMicroF1 = 0.976
    static let recordedLeakedSpans = 18
    static let recordedLeakedStructured = 1
    static let recordedFlaggedNegatives = 8

    static func examples() throws -> [PIIExample] {
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.samplesDir).appendingPathComponent("pii_handwritten19.jsonl"))
        return try PIIExample.parseLabels(data)
    }

    @Test("set 19 has 140+ texts in 7 languages at the hidden set's density")
    func shape() throws {
        let examples = try Self.examples()
        #expect(examples.count >= 140)
        #expect(Set(examples.map(\.language)) == ["en", "de", "fr", "es", "it", "nl", "pt"])
        #expect(examples.reduce(0) { $0 + $1.entities.count } >= 500)
        #expect(examples.reduce(0) { $0 + $1.negatives.count } >= 320)
    }

    @Test("set 19: micro-F1, leaks and flagged hard negatives no worse than recorded")
    func gate() throws {
        let evaluation = PIIEvaluation.evaluate(try Self.examples(), redactor: Redactor())
        #expect(evaluation.micro.f1 >= Self.recordedMicroF1 - 0.005, "micro-F1 \(evaluation.micro.f1)")
        #expect(evaluation.structuredSpans > 200)
        #expect(evaluation.leakedStructured <= Self.recordedLeakedStructured, "structured leaked \(evaluation.leakedStructured)")
        #expect(evaluation.leakedSpans <= Self.recordedLeakedSpans, "leaked \(evaluation.leakedSpans)")
        #expect(evaluation.personRecall >= 0.90)
        #expect(evaluation.flaggedNegatives <= Self.recordedFlaggedNegatives, "flagged \(evaluation.flaggedNegatives)")
    }
}
