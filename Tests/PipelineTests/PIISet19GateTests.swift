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
/// flagged unchanged at 8. Handles and given-name values in URL query strings ("?holder=first.last",
/// "?destinatario=First+Last") then took its two URL leaks (16 spans, micro-F1 0.978). The figures recorded here are a floor:
/// raise them when recall improves, never lower them to make a change pass.
@Suite("PII set 19 gate")
struct PIISet19GateTests {
    /// Figures of the redactor on set 19 when the gate was last recorded.
    static let gate = PIISetGate(file: "pii_handwritten19.jsonl", microF1: 0.978, leakedSpans: 16,
                                 leakedStructured: 1, flaggedNegatives: 8,
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
