import Testing

/// Regression gate on hand-written set 27 (Ops/pii/handwritten27.txt → Topics/samples/pii_handwritten27.jsonl).
///
/// Set 27 was written in session 14 by a helper who wrote none of the rules, never read them or the tests, never ran
/// the redactor and saw only set 22's header; it was asked for typical, everyday support wording of ordinary companies
/// in 7 languages, at about the hidden set's density, with no tricky shapes named. redaction-1.16.0 scored typed
/// micro-F1 0.972, span leak 2.69% (12/446), structured leak 3.21% (6/187, all SECRET), PERSON recall 0.978, hard
/// negatives flagged 4.93% (15/304). Its errors were then read for redaction-1.17.0 (bare code words with a channel,
/// TAN phrases, birth-date mix-ups, freephone numbers, street-word surnames, venue words, weekdays after "Am"): 0.991,
/// 0.67% (3/446), 0.53% (1/187), 0.994, 1.97% (6/304). A review then took "Chez" off the venue words (in French
/// addresses "Chez Paul Martin" is care-of a person): 7/304 flagged, the one recorded here.
/// The figures recorded here are a floor: raise them when recall improves, never lower them to make a change pass.
@Suite("PII set 27 gate")
struct PIISet27GateTests {
    /// Figures of the redactor on set 27 when the gate was last recorded.
    static let gate = PIISetGate(file: "pii_handwritten27.jsonl", microF1: 0.992, leakedSpans: 2,
                                 leakedStructured: 0, flaggedNegatives: 6,
                                 minimumSpans: 430, minimumStructured: 180, minimumPersonRecall: 0.97,
                                 minimumNegatives: 300)

    @Test("set 27 has 140+ texts in 7 languages at the hidden set's density")
    func shape() throws {
        try Self.gate.checkShape()
    }

    @Test("set 27: micro-F1, leaks and flagged hard negatives no worse than recorded")
    func gate() throws {
        try Self.gate.checkFigures()
    }
}
