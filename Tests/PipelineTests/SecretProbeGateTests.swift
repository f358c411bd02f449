import Testing

/// Regression gates on the two credential probe sets (Topics/samples/secret_probes_A.jsonl and _B.jsonl).
///
/// Written in session 18 by two helpers who saw no redaction code: 120 support texts each (A: en de fr es; B: it pt nl
/// en) that name passwords, PINs, door and alarm codes, one-time and backup codes, security answers, Wi-Fi keys and
/// tokens the way people write them in prose, beside look-alikes (error codes, references, versions, user names, promo
/// codes). They were read while ``CredentialScope`` was written (A first, B as a check, then both), so they are dev
/// sets, not held out. redaction-1.20.0 leaked 95 of A's 181 and 103 of B's 176 secrets; redaction-1.21.0 leaks 12 and
/// 39 (a first, broader version leaked 8 and 28, but two reviewers found it hid amounts, room numbers, models and
/// login names). The figures recorded here are a floor: raise them when recall improves, never lower them to make a change pass.
@Suite("Credential probe gates")
struct SecretProbeGateTests {
    static let probeA = PIISetGate(file: "secret_probes_A.jsonl", microF1: 0.973, leakedSpans: 12,
                                   leakedStructured: 12, flaggedNegatives: 0,
                                   minimumSpans: 220, minimumStructured: 190, minimumPersonRecall: 1.0,
                                   minimumNegatives: 180)
    static let probeB = PIISetGate(file: "secret_probes_B.jsonl", microF1: 0.888, leakedSpans: 39,
                                   leakedStructured: 38, flaggedNegatives: 5,
                                   minimumSpans: 210, minimumStructured: 185, minimumPersonRecall: 1.0,
                                   minimumNegatives: 170)

    @Test("probe A: credential leaks, micro-F1 and flagged look-alikes no worse than recorded")
    func probeAFigures() throws {
        try Self.probeA.checkFigures()
    }

    @Test("probe B: credential leaks, micro-F1 and flagged look-alikes no worse than recorded")
    func probeBFigures() throws {
        try Self.probeB.checkFigures()
    }
}
