import Testing

/// Regression gate on hand-written set 31 (Ops/pii/handwritten31.txt → Topics/samples/pii_handwritten31.jsonl).
///
/// Set 31 was written in session 14 by a fifth helper under the same isolation and neutral request, after every other
/// set of the session. No rule author has read its texts; the lead read only its aggregate and per-type figures.
/// redaction-1.16.0: typed micro-F1 0.974, span leak 2.40% (10/416), structured leak 2.26% (4/177), PERSON recall
/// 0.963, hard negatives flagged 3.34% (11/329); redaction-1.17.0: 0.976, 1.92% (8/416), 1.13% (2/177), 0.963, 3.34%.
/// Session 15 read its errors (set 31 is no longer unseen); redaction-1.18.0: 0.998, 0.24% (1/416), 0% (0/177), 0.994,
/// 0.30% (1/329).
/// The figures recorded here are a floor: raise them when recall improves, never lower them to make a change pass.
@Suite("PII set 31 gate")
struct PIISet31GateTests {
    /// Figures of the redactor on set 31 when the gate was last recorded.
    static let gate = PIISetGate(file: "pii_handwritten31.jsonl", microF1: 0.998, leakedSpans: 1,
                                 leakedStructured: 0, flaggedNegatives: 1,
                                 minimumSpans: 405, minimumStructured: 170, minimumPersonRecall: 0.95,
                                 minimumNegatives: 320)

    @Test("set 31 has 140+ texts in 7 languages at the hidden set's density")
    func shape() throws {
        try Self.gate.checkShape()
    }

    @Test("set 31: micro-F1, leaks and flagged hard negatives no worse than recorded")
    func gate() throws {
        try Self.gate.checkFigures()
    }
}
