import Testing

/// Regression gate on hand-written set 29 (Ops/pii/handwritten29.txt → Topics/samples/pii_handwritten29.jsonl).
///
/// Set 29 was written in session 14 by a third helper under the same isolation and a similar neutral request (the
/// whole range of an ordinary support inbox). redaction-1.16.0 scored typed micro-F1 0.961, span leak 4.74% (20/422),
/// structured leak 4.44% (8/180, all SECRET), PERSON recall 0.965, hard negatives flagged 3.41% (11/323); the
/// session's rules written before its errors were read 0.968, 4.27% (18/422), 3.89% (7/180), 0.971, 2.17% (7/323).
/// Its secret errors were then read (login pairs, licence keys, codes in parentheses or on the next chat line,
/// Viennese street adjectives): 0.974, 2.84% (12/422), 1.11% (2/180), 0.971, 2.17% (7/323).
/// The figures recorded here are a floor: raise them when recall improves, never lower them to make a change pass.
/// Raised for redaction-1.20.0 (session 17, postcode-anchored addresses): leaked spans 11 → 10, micro-F1 0.978 → 0.979.
@Suite("PII set 29 gate")
struct PIISet29GateTests {
    /// Figures of the redactor on set 29 when the gate was last recorded.
    static let gate = PIISetGate(file: "pii_handwritten29.jsonl", microF1: 0.979, leakedSpans: 10,
                                 leakedStructured: 1, flaggedNegatives: 7,
                                 minimumSpans: 410, minimumStructured: 170, minimumPersonRecall: 0.96,
                                 minimumNegatives: 320)

    @Test("set 29 has 140+ texts in 7 languages at the hidden set's density")
    func shape() throws {
        try Self.gate.checkShape()
    }

    @Test("set 29: micro-F1, leaks and flagged hard negatives no worse than recorded")
    func gate() throws {
        try Self.gate.checkFigures()
    }
}
