import Testing

/// Regression gate on hand-written set 33 (Ops/pii/handwritten33.txt → Topics/samples/pii_handwritten33.jsonl).
///
/// Set 33 was written in session 15 by a second helper under the same isolation and request as set 32. Its errors were
/// read for redaction-1.18.0 (chat speakers tagged with their role, doorbell names in quotes, prefixed keys, birth
/// dates answered on the next line …), so it is no unseen figure any more. redaction-1.17.0: typed micro-F1 0.947,
/// span leak 6.22% (28/450), structured leak 1.71% (3/175), PERSON recall 0.883, hard negatives flagged 2.82%
/// (10/355); redaction-1.18.0: 0.979, 0.67% (3/450), 0% (0/175), 0.970, 1.97% (7/355). The figures recorded here
/// are a floor: raise them when recall improves, never lower them to make a change pass.
@Suite("PII set 33 gate")
struct PIISet33GateTests {
    /// Figures of the redactor on set 33 when the gate was last recorded.
    static let gate = PIISetGate(file: "pii_handwritten33.jsonl", microF1: 0.980, leakedSpans: 3,
                                 leakedStructured: 0, flaggedNegatives: 6,
                                 minimumSpans: 440, minimumStructured: 170, minimumPersonRecall: 0.96,
                                 minimumNegatives: 340)

    @Test("set 33 has 140+ texts in 7 languages at the hidden set's density")
    func shape() throws {
        try Self.gate.checkShape()
    }

    @Test("set 33: micro-F1, leaks and flagged hard negatives no worse than recorded")
    func gate() throws {
        try Self.gate.checkFigures()
    }
}
