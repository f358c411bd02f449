import Testing

/// Regression gate on hand-written set 17 (Ops/pii/handwritten17.txt → Topics/samples/pii_handwritten17.jsonl).
///
/// Set 17 was written by someone who wrote none of the rules, before any rule ran on it, and first scored on
/// redaction-1.10.0 (the honest unseen figure: typed micro-F1 0.975, span leak 3.29%, structured leak 0.00%,
/// PERSON recall 0.962, hard negatives flagged 2.46%; see Ops/PERFORMANCE.md). Its misses then served to find
/// the 1.10.1 rule gaps, so the figures recorded here are tuned ones: raise them when recall improves, never
/// lower them to make a change pass. redaction-1.11.0 (general particle, post-box, address-tail and chat-name
/// rules) raised them from 0.984, 9 leaked spans (2.11%), 7 flagged hard negatives (2.15%), PERSON recall 0.975
/// to 0.999, 1 leaked span (0.23%), 1 flagged (0.31%), PERSON recall 1.000. Names linked to an e-mail address of the
/// same text (session 10, written from sets 19 and 20) took the last leak (a glued initial and surname); with the
/// session-10 kinship/role cues, micro-F1 1.000.
@Suite("PII set 17 gate")
struct PIISet17GateTests {
    /// Figures of redaction-1.11.0 on set 17 when the gate was recorded.
    static let gate = PIISetGate(file: "pii_handwritten17.jsonl", microF1: 1.000, leakedSpans: 0,
                                 leakedStructured: 0, flaggedNegatives: 1,
                                 minimumSpans: 420, minimumStructured: 180, minimumPersonRecall: 0.99)

    @Test("set 17 has 140+ texts in 7 languages at the hidden set's density")
    func shape() throws {
        try Self.gate.checkShape()
    }

    @Test("set 17: micro-F1, leaks and flagged hard negatives at the recorded figures, no structured leak")
    func gate() throws {
        try Self.gate.checkFigures()
    }
}
