import Testing

/// Regression gate on hand-written set 36 (Ops/pii/handwritten36.txt → Topics/samples/pii_handwritten36.jsonl).
///
/// Set 36 was written in session 15 by a helper under the same isolation and request as set 32. Rounds one and two of
/// redaction-1.18.0 were measured on it unread; its errors were then read for the third round. redaction-1.17.0: typed
/// micro-F1 0.943, span leak 5.12% (23/449), structured leak 5.17% (9/174), PERSON recall 0.947, hard negatives
/// flagged 3.03% (10/330); after round two 0.945, 4.90% (22/449), 4.60% (8/174); redaction-1.18.0: 0.969, 1.11%
/// (5/449), 1.15% (2/174), 0.974, 2.42% (8/330). The figures recorded here are a floor: raise them when recall
/// improves, never lower them to make a change pass.
@Suite("PII set 36 gate")
struct PIISet36GateTests {
    /// Figures of the redactor on set 36 when the gate was last recorded.
    static let gate = PIISetGate(file: "pii_handwritten36.jsonl", microF1: 0.970, leakedSpans: 5,
                                 leakedStructured: 2, flaggedNegatives: 8,
                                 minimumSpans: 440, minimumStructured: 165, minimumPersonRecall: 0.96,
                                 minimumNegatives: 320)

    @Test("set 36 has 140+ texts in 7 languages at the hidden set's density")
    func shape() throws {
        try Self.gate.checkShape()
    }

    @Test("set 36: micro-F1, leaks and flagged hard negatives no worse than recorded")
    func gate() throws {
        try Self.gate.checkFigures()
    }
}
