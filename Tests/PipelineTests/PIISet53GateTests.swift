import Testing

/// Regression gate on hand-written set 53 (Ops/pii/handwritten53.txt → Topics/samples/pii_handwritten53.jsonl).
///
/// Set 53 was written in session 18 by a helper under the same isolation and request as set 32, against
/// redaction-1.20.0, and kept unread (aggregate and per-type figures only). redaction-1.20.0: typed micro-F1, span
/// leak, structured leak, PERSON recall, hard negatives flagged 0.972, 3.35% (16/477), 1.48% (3/203), 0.939, 2.68%
/// (9/336); redaction-1.21.0: 0.972, 3.14% (15/477), 0.99% (2/203), 0.939, 2.98% (10/336). The figures recorded here
/// are a floor: raise them when recall improves, never lower them to make a change pass.
/// A broader pre-release version of redaction-1.21.0 leaked 14 spans (1 structured); the vetoes added after the second
/// review cost one secret here.
@Suite("PII set 53 gate")
struct PIISet53GateTests {
    /// Figures of the redactor on set 53 when the gate was last recorded.
    static let gate = PIISetGate(file: "pii_handwritten53.jsonl", microF1: 0.972, leakedSpans: 15,
                                 leakedStructured: 2, flaggedNegatives: 10,
                                 minimumSpans: 470, minimumStructured: 195, minimumPersonRecall: 0.93,
                                 minimumNegatives: 330)

    @Test("set 53 has 140+ texts in 7 languages at the hidden set's density")
    func shape() throws {
        try Self.gate.checkShape()
    }

    @Test("set 53: micro-F1, leaks and flagged hard negatives no worse than recorded")
    func gate() throws {
        try Self.gate.checkFigures()
    }
}
