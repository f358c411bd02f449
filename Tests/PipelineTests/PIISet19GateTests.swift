import Testing

/// Regression gate on hand-written set 19 (Ops/pii/handwritten19.txt → Topics/samples/pii_handwritten19.jsonl).
///
/// Set 19 was written by someone who wrote none of the rules and never ran the redactor, kept from every rule
/// author, and first scored on redaction-1.11.1: the honest unseen figure (typed micro-F1 0.967, span leak 6.11%,
/// structured leak 0.48% — one secret —, PERSON recall 0.913, hard negatives flagged 2.42%; the session-start
/// redaction-1.10.1 scores 0.957 / 8.48% / 1.90% / 0.909 / 2.73% on it). Restoring the non-English customer query
/// keys ("?kunde=", dropped by a review fix that went too far) then fixed one leak (30 spans, 5.92%; tuned from
/// here). redaction-1.11.2's address shapes (unit before the house number, numbered streets, "#"/"bus"/"Cedex"
/// tails, a street between a unit and a postcode) took its address leaks to none (24 spans, 4.73%), and
/// redaction-1.12.0's learned name rule (names-1.0.0, thresholds chosen on every existing set including this
/// one) took six uncued, unlisted names on its own (30 → 24); together 18 leaked spans (3.55%), micro-F1 0.976,
/// flagged unchanged at 8. Session 10's names linked to an e-mail address of the same text (EmailLinkedNames,
/// written from this set's and set 20's leaks) took five more: 13 leaked spans, micro-F1 0.980, flagged 8; the
/// session's kinship and role cues and lower-case introductions (also written from its leaks): 6 and 0.987;
/// the session's URL query keys: 4 and 0.989.
/// The figures recorded here are a floor:
/// raise them when recall improves, never lower them to make a change pass.
@Suite("PII set 19 gate")
struct PIISet19GateTests {
    /// Figures of the redactor on set 19 when the gate was last recorded.
    static let gate = PIISetGate(file: "pii_handwritten19.jsonl", microF1: 0.994, leakedSpans: 2,
                                 leakedStructured: 0, flaggedNegatives: 5,
                                 minimumSpans: 500, minimumStructured: 200, minimumPersonRecall: 0.9)

    @Test("set 19 has 140+ texts in 7 languages at the hidden set's density")
    func shape() throws {
        try Self.gate.checkShape()
    }

    @Test("set 19: micro-F1, leaks and flagged hard negatives no worse than recorded")
    func gate() throws {
        try Self.gate.checkFigures()
    }
}
