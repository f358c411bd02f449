import Testing

/// Regression gate on hand-written set 25 (Ops/pii/handwritten25.txt → Topics/samples/pii_handwritten25.jsonl).
///
/// Set 25 was written in session 12 by someone who wrote none of the rules, never read them and never ran the
/// redactor: about 65 % plain synthetic requests, 35 % SMS-style lines, voice transcripts (spoken e-mails and
/// numbers), quoted replies, CSV/JSON pastes, shipping labels, logs and config pastes, with names of communities no
/// earlier set used. Its texts were kept from every rule author; the lead read only its aggregate and per-type figures.
/// redaction-1.14.0 scored typed micro-F1 0.915, span leak 12.79% (66/516), structured leak 5.80% (13/224), PERSON
/// recall 0.852, hard negatives flagged 3.43% (12/350); redaction-1.15.0 0.938, 9.11% (47/516), 3.57% (8/224), 0.891,
/// 3.43%. Session 13 studied its leaks and wrote general rules for them (so later figures are no longer unseen):
/// 0.980, 2.91% (15/516), 0.00% structured, PERSON recall 0.973, 0.86% (3/350) flagged; redaction-1.16.0 (with the
/// lead's blind rules) 0.981, 14/516.
/// The figures recorded here are a floor: raise them when recall improves, never lower them to make a change pass.
/// Raised for redaction-1.20.0 (session 17, postcode-anchored addresses): leaked spans 13 → 10, micro-F1 0.982 → 0.983.
@Suite("PII set 25 gate")
struct PIISet25GateTests {
    /// Figures of the redactor on set 25 when the gate was last recorded.
    static let gate = PIISetGate(file: "pii_handwritten25.jsonl", microF1: 0.983, leakedSpans: 10,
                                 leakedStructured: 0, flaggedNegatives: 3,
                                 minimumSpans: 490, minimumStructured: 210, minimumPersonRecall: 0.95)

    @Test("set 25 has 140+ texts in 7 languages at the hidden set's density")
    func shape() throws {
        try Self.gate.checkShape()
    }

    @Test("set 25: micro-F1, leaks and flagged hard negatives no worse than recorded")
    func gate() throws {
        try Self.gate.checkFigures()
    }
}
