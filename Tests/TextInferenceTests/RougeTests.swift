import Testing
@testable import TextInference

/// ROUGE against cases worked out by hand from Lin (2004).
@Suite("ROUGE")
struct RougeTests {
    private func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1e-9 }

    @Test("identical bag, one substitution")
    func substitution() {
        // cand: the cat sat on the mat (6 tokens); ref: the cat is on the mat (6 tokens).
        // ROUGE-1 clipped overlap: the×2 + cat + on + mat = 5 → P = R = F = 5/6.
        // ROUGE-2: cand {the cat, cat sat, sat on, on the, the mat}, ref {the cat, cat is, is on,
        //          on the, the mat}; shared: the cat, on the, the mat = 3 → P = R = F = 3/5.
        // ROUGE-L: LCS "the cat on the mat" = 5 → P = R = F = 5/6.
        let c = "the cat sat on the mat", r = "the cat is on the mat"
        let r1 = Rouge.rouge1(candidate: c, reference: r)
        #expect(close(r1.precision, 5.0 / 6) && close(r1.recall, 5.0 / 6) && close(r1.f1, 5.0 / 6))
        let r2 = Rouge.rouge2(candidate: c, reference: r)
        #expect(close(r2.f1, 0.6))
        let rl = Rouge.rougeL(candidate: c, reference: r)
        #expect(close(rl.f1, 5.0 / 6))
    }

    @Test("word order matters for ROUGE-2 and ROUGE-L only")
    func wordOrder() {
        // cand: the gunman killed police; ref: police killed the gunman (4 tokens each).
        // ROUGE-1: all 4 unigrams shared → 1.
        // ROUGE-2: cand {the gunman, gunman killed, killed police}, ref {police killed, killed the,
        //          the gunman}; shared: the gunman → P = R = 1/3.
        // ROUGE-L: the longest common subsequence is "the gunman" (2) → P = R = 1/2.
        let c = "the gunman killed police", r = "police killed the gunman"
        #expect(close(Rouge.rouge1(candidate: c, reference: r).f1, 1))
        #expect(close(Rouge.rouge2(candidate: c, reference: r).f1, 1.0 / 3))
        #expect(close(Rouge.rougeL(candidate: c, reference: r).f1, 0.5))
    }

    @Test("different lengths give different precision and recall")
    func asymmetric() {
        // cand: a b c d (4); ref: a c e (3). ROUGE-1 overlap {a, c} = 2 → P = 2/4, R = 2/3,
        // F = 2·(1/2)(2/3)/(1/2 + 2/3) = (2/3)/(7/6) = 4/7. No shared bigram → ROUGE-2 = 0.
        // ROUGE-L: LCS "a c" = 2 → same P, R, F as ROUGE-1.
        let r1 = Rouge.rouge1(candidate: "a b c d", reference: "a c e")
        #expect(close(r1.precision, 0.5) && close(r1.recall, 2.0 / 3) && close(r1.f1, 4.0 / 7))
        #expect(Rouge.rouge2(candidate: "a b c d", reference: "a c e") == RougeScore(precision: 0, recall: 0))
        let rl = Rouge.rougeL(candidate: "a b c d", reference: "a c e")
        #expect(close(rl.precision, 0.5) && close(rl.recall, 2.0 / 3))
    }

    @Test("counts are clipped by the reference")
    func clipping() {
        // cand: the the the the (4); ref: the cat (2). Clipped overlap min(4, 1) = 1 →
        // P = 1/4, R = 1/2, F = 2·(1/8)/(3/4) = 1/3.
        let r1 = Rouge.rouge1(candidate: "the the the the", reference: "the cat")
        #expect(close(r1.precision, 0.25) && close(r1.recall, 0.5) && close(r1.f1, 1.0 / 3))
    }

    @Test("lower-casing and punctuation tokenisation; empty inputs score zero")
    func normalisation() {
        #expect(Rouge.rouge1(candidate: "The CAT, sat!", reference: "the cat sat").f1 == 1)
        #expect(Rouge.rougeL(candidate: "", reference: "the cat").f1 == 0)
        #expect(Rouge.rouge2(candidate: "cat", reference: "cat").f1 == 0)
        // Each CJK ideograph is a token: 我/爱/你 vs 我/爱/他 → 2 of 3 shared.
        #expect(close(Rouge.rouge1(candidate: "我爱你", reference: "我爱他").f1, 2.0 / 3))
    }
}
