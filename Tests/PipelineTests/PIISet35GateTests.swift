import Testing

/// Regression gate on hand-written set 35 (Ops/pii/handwritten35.txt → Topics/samples/pii_handwritten35.jsonl).
///
/// Set 35 was written in session 15 by a helper under the same isolation and request as set 32. Rounds one and two of
/// redaction-1.18.0 were measured on it unread; its errors were then read for the third round. redaction-1.17.0: typed
/// micro-F1 0.957, span leak 4.82% (23/477), structured leak 4.21% (8/190), PERSON recall 0.925, hard negatives
/// flagged 3.89% (13/334); after round two 0.964, 3.98% (19/477), 2.63% (5/190); redaction-1.18.0: 0.981, 1.26%
/// (6/477), 0% (0/190), 0.955, 2.40% (8/334). The figures recorded here are a floor: raise them when recall improves,
/// never lower them to make a change pass.
@Suite("PII set 35 gate")
struct PIISet35GateTests {
    /// Figures of the redactor on set 35 when the gate was last recorded.
    static let gate = PIISetGate(file: "pii_handwritten35.jsonl", microF1: 0.982, leakedSpans: 5,
                                 leakedStructured: 0, flaggedNegatives: 8,
                                 minimumSpans: 465, minimumStructured: 180, minimumPersonRecall: 0.94,
                                 minimumNegatives: 320)

    @Test("set 35 has 140+ texts in 7 languages at the hidden set's density")
    func shape() throws {
        try Self.gate.checkShape()
    }

    @Test("set 35: micro-F1, leaks and flagged hard negatives no worse than recorded")
    func gate() throws {
        try Self.gate.checkFigures()
    }
}
