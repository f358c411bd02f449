import Testing

/// Regression gate on hand-written set 28 (Ops/pii/handwritten28.txt → Topics/samples/pii_handwritten28.jsonl).
///
/// Set 28 was written in session 14 by another helper under the same isolation and the same neutral request as
/// set 27. No rule author has read its texts; the lead read only its aggregate and per-type figures (for
/// redaction-1.16.0, and after each rule change of the session as a no-regression check). redaction-1.16.0: typed micro-F1 0.985, span leak 1.69% (8/472), structured
/// leak 1.24% (3/241), PERSON recall 0.993, hard negatives flagged 2.26% (7/310); redaction-1.17.0: 0.987, 1.27%
/// (6/472), 0.41% (1/241), 0.993, 2.26% (7/310).
/// The figures recorded here are a floor: raise them when recall improves, never lower them to make a change pass.
@Suite("PII set 28 gate")
struct PIISet28GateTests {
    /// Figures of the redactor on set 28 when the gate was last recorded.
    static let gate = PIISetGate(file: "pii_handwritten28.jsonl", microF1: 0.991, leakedSpans: 4,
                                 leakedStructured: 0, flaggedNegatives: 7,
                                 minimumSpans: 455, minimumStructured: 230, minimumPersonRecall: 0.98,
                                 minimumNegatives: 300)

    @Test("set 28 has 140+ texts in 7 languages at the hidden set's density")
    func shape() throws {
        try Self.gate.checkShape()
    }

    @Test("set 28: micro-F1, leaks and flagged hard negatives no worse than recorded")
    func gate() throws {
        try Self.gate.checkFigures()
    }
}
