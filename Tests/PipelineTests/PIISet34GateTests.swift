import Testing

/// Regression gate on hand-written set 34 (Ops/pii/handwritten34.txt → Topics/samples/pii_handwritten34.jsonl).
///
/// Set 34 was written in session 15 by a helper under the same isolation and request as set 32, and kept unread as an
/// unseen judge of redaction-1.18.0 (aggregate and per-type figures only). redaction-1.17.0: typed micro-F1 0.970,
/// span leak 1.89% (9/476), structured leak 0.94% (2/213), PERSON recall 0.958, hard negatives flagged 3.86% (14/363);
/// redaction-1.18.0: 0.977, 1.47% (7/476), 0.47% (1/213), 0.964, 2.75% (10/363). The figures recorded here are a floor:
/// raise them when recall improves, never lower them to make a change pass.
/// Raised for redaction-1.20.0 (session 17, postcode-anchored addresses): leaked spans 7 → 7, micro-F1 0.977 → 0.978.
@Suite("PII set 34 gate")
struct PIISet34GateTests {
    /// Figures of the redactor on set 34 when the gate was last recorded.
    static let gate = PIISetGate(file: "pii_handwritten34.jsonl", microF1: 0.978, leakedSpans: 7,
                                 leakedStructured: 1, flaggedNegatives: 10,
                                 minimumSpans: 465, minimumStructured: 205, minimumPersonRecall: 0.95,
                                 minimumNegatives: 350)

    @Test("set 34 has 140+ texts in 7 languages at the hidden set's density")
    func shape() throws {
        try Self.gate.checkShape()
    }

    @Test("set 34: micro-F1, leaks and flagged hard negatives no worse than recorded")
    func gate() throws {
        try Self.gate.checkFigures()
    }
}
