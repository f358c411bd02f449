import Testing

/// Regression gate on hand-written set 30 (Ops/pii/handwritten30.txt → Topics/samples/pii_handwritten30.jsonl).
///
/// Set 30 was written in session 14 by a fourth helper under the same isolation and neutral request. It stayed unread
/// through three rounds of rules: redaction-1.16.0 typed micro-F1 0.975, span leak 3.33% (14/421), structured leak
/// 3.23% (6/186), PERSON recall 0.982, hard negatives flagged 1.89% (6/318); after them 0.980, 2.38% (10/421), 1.08%
/// (2/186), 0.982, 1.89%. Its errors were then read (dates of birth stated later or after a relative's name, doorbell
/// surnames, callback-number labels, quoted passwords): 0.988, 0.71% (3/421), 0.00% (0/186), 0.988, 1.89% (6/318).
/// The figures recorded here are a floor: raise them when recall improves, never lower them to make a change pass.
/// Raised for redaction-1.20.0 (session 17, postcode-anchored addresses): leaked spans 3 → 2, micro-F1 0.989 → 0.991.
@Suite("PII set 30 gate")
struct PIISet30GateTests {
    /// Figures of the redactor on set 30 when the gate was last recorded.
    static let gate = PIISetGate(file: "pii_handwritten30.jsonl", microF1: 0.991, leakedSpans: 2,
                                 leakedStructured: 0, flaggedNegatives: 5,
                                 minimumSpans: 410, minimumStructured: 175, minimumPersonRecall: 0.97,
                                 minimumNegatives: 310)

    @Test("set 30 has 140+ texts in 7 languages at the hidden set's density")
    func shape() throws {
        try Self.gate.checkShape()
    }

    @Test("set 30: micro-F1, leaks and flagged hard negatives no worse than recorded")
    func gate() throws {
        try Self.gate.checkFigures()
    }
}
