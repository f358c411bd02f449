import Testing

/// Regression gate on hand-written set 32 (Ops/pii/handwritten32.txt → Topics/samples/pii_handwritten32.jsonl).
///
/// Set 32 was written in session 15 by a helper under isolation (no rules, tests or other sets seen; a written
/// description of the format only) with a neutral request for everyday support wording. It is kept unread as the
/// session's unseen judge: the lead looks only at its aggregate and per-type figures. redaction-1.17.0: typed
/// micro-F1 0.963, span leak 3.60% (17/472), structured leak 3.14% (6/191), PERSON recall 0.969, hard negatives
/// flagged 4.36% (15/344); redaction-1.18.0 (rules from sets 31 and 33): 0.967, 3.18% (15/472), 2.09% (4/191), 0.969,
/// 4.07% (14/344); after the third round (rules from sets 35 and 36): 0.974, 2.33% (11/472), 1.05% (2/191), 0.969,
/// 3.49% (12/344). The figures recorded here are a floor: raise them when recall improves, never lower them to make a
/// change pass.
@Suite("PII set 32 gate")
struct PIISet32GateTests {
    /// Figures of the redactor on set 32 when the gate was last recorded.
    static let gate = PIISetGate(file: "pii_handwritten32.jsonl", microF1: 0.974, leakedSpans: 11,
                                 leakedStructured: 2, flaggedNegatives: 12,
                                 minimumSpans: 460, minimumStructured: 185, minimumPersonRecall: 0.96,
                                 minimumNegatives: 330)

    @Test("set 32 has 140+ texts in 7 languages at the hidden set's density")
    func shape() throws {
        try Self.gate.checkShape()
    }

    @Test("set 32: micro-F1, leaks and flagged hard negatives no worse than recorded")
    func gate() throws {
        try Self.gate.checkFigures()
    }
}
