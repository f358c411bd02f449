import Testing

/// Regression gate on hand-written set 38 (Ops/pii/handwritten38.txt → Topics/samples/pii_handwritten38.jsonl).
///
/// Set 38 was written in session 15 by a helper under the same isolation and request as set 32, while redaction-1.18.0's
/// third round was made. Round three was measured on it unread; its errors were then read for the fourth round (door
/// and gate codes, hyphenated passwords, doorbell names after a verb, surname-first names after a label).
/// redaction-1.17.0: typed micro-F1 0.968, span leak 2.35% (11/468), structured leak 2.42% (5/207), PERSON recall
/// 0.961, hard negatives flagged 1.96% (7/358); after round three 0.974, 1.71% (8/468), 1.93% (4/207);
/// redaction-1.18.0: 0.981, 0.21% (1/468), 0% (0/207), 0.978, 1.68% (6/358). The figures recorded here are a floor:
/// raise them when recall improves, never lower them to make a change pass.
@Suite("PII set 38 gate")
struct PIISet38GateTests {
    /// Figures of the redactor on set 38 when the gate was last recorded.
    static let gate = PIISetGate(file: "pii_handwritten38.jsonl", microF1: 0.981, leakedSpans: 1,
                                 leakedStructured: 0, flaggedNegatives: 6,
                                 minimumSpans: 455, minimumStructured: 195, minimumPersonRecall: 0.97,
                                 minimumNegatives: 340)

    @Test("set 38 has 140+ texts in 7 languages at the hidden set's density")
    func shape() throws {
        try Self.gate.checkShape()
    }

    @Test("set 38: micro-F1, leaks and flagged hard negatives no worse than recorded")
    func gate() throws {
        try Self.gate.checkFigures()
    }
}
