import Foundation
import Pipeline
import Testing
import TextInference

/// The recorded floor of one hand-written PII set and the checks each set's gate runs against it.
///
/// Recorded figures are a floor: raise them when recall improves, never lower them to make a change pass.
struct PIISetGate {
    /// File name under `Topics/samples`.
    let file: String
    /// Typed micro-F1 when the gate was last recorded (a drop of more than 0.005 fails).
    let microF1: Double
    /// Leaked gold spans, at most.
    let leakedSpans: Int
    /// Leaked structured spans (email, phone, card, IBAN, IP, SSN, secret), at most.
    let leakedStructured: Int
    /// Hard negatives flagged, at most.
    let flaggedNegatives: Int
    /// Labelled spans the set must hold (its density matches the hidden set's).
    var minimumSpans = 420
    /// Structured spans the set must hold.
    var minimumStructured = 180
    /// PERSON recall, at least.
    var minimumPersonRecall = 0.90
    /// Hard negatives the set must hold.
    var minimumNegatives = 320

    /// The set's labelled texts.
    func examples() throws -> [PIIExample] {
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.samplesDir).appendingPathComponent(file))
        return try PIIExample.parseLabels(data)
    }

    /// Checks that the set has 140+ texts in the seven languages with its spans and hard negatives.
    func checkShape() throws {
        let examples = try examples()
        #expect(examples.count >= 140)
        #expect(Set(examples.map(\.language)) == ["en", "de", "fr", "es", "it", "nl", "pt"])
        #expect(examples.reduce(0) { $0 + $1.entities.count } >= minimumSpans)
        #expect(examples.reduce(0) { $0 + $1.negatives.count } >= minimumNegatives)
    }

    /// Checks the shipped redactor's figures on the set against the recorded floor.
    func checkFigures() throws {
        let evaluation = PIIEvaluation.evaluate(try examples(), redactor: Redactor())
        #expect(evaluation.micro.f1 >= microF1 - 0.005, "micro-F1 \(evaluation.micro.f1)")
        #expect(evaluation.structuredSpans > minimumStructured)
        #expect(evaluation.leakedStructured <= leakedStructured, "structured leaked \(evaluation.leakedStructured)")
        #expect(evaluation.leakedSpans <= leakedSpans, "leaked \(evaluation.leakedSpans)")
        #expect(evaluation.personRecall >= minimumPersonRecall, "PERSON recall \(evaluation.personRecall)")
        #expect(evaluation.flaggedNegatives <= flaggedNegatives, "flagged \(evaluation.flaggedNegatives)")
    }
}
