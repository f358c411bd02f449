import Testing
@testable import TextInference

/// The Porter stemmer on words worked through the steps of Porter (1980) by hand.
@Suite("Porter stemmer")
struct PorterStemmerTests {
    @Test("step 1a plurals", arguments: [("caresses", "caress"), ("ponies", "poni"), ("caress", "caress"), ("cats", "cat")])
    func step1a(word: String, stem: String) {
        #expect(PorterStemmer.stem(word) == stem)
    }

    // motoring: 1b drops -ing (stem "motor" has a vowel), m = 2 so no -e is added → motor.
    // hopping: hopp + *d (not l, s, z) → hop.  filing: fil has m = 1 and *o → file; 5a keeps the e (m = 1, *o).
    // controlling: controll keeps ll in 1b (*L), 5b drops one l since m > 1 → control.
    // agreed: 1b eed→ee needs m("agr") = 1 > 0 → agree; 5a: m("agre") = 1, not *o → agre.
    // sing: "s" has no vowel, so -ing stays. feed: m("f") = 0, so -eed stays.
    @Test("step 1b -ed/-ing and their repairs",
          arguments: [("motoring", "motor"), ("hopping", "hop"), ("filing", "file"), ("controlling", "control"),
                      ("agreed", "agre"), ("sing", "sing"), ("feed", "feed"), ("plastered", "plaster"), ("bled", "bled"),
                      ("falling", "fall"), ("hissing", "hiss"), ("fizzed", "fizz"), ("sized", "size")])
    func step1b(word: String, stem: String) {
        #expect(PorterStemmer.stem(word) == stem)
    }

    // relational: 2 ational→ate (relate), 4 -ate needs m("rel") > 1 (it is 1), 5a m("relat") = 2 drops e → relat.
    // conditional: 2 tional→tion, 4 -ion after t with m("condit") = 2 → condit.
    // rational: 2 ational needs m("r") > 0 → no; 4 -al with m("ration") = 2 → ration.
    // generalization: 2 ization→ize, 3 alize→al, 4 -al with m("gener") = 2 → gener.
    // oscillators: 1a → oscillator, 2 ator→ate, 4 -ate → oscill, 5b ll with m = 2 → oscil.
    @Test("steps 2 to 5 on longer words",
          arguments: [("relational", "relat"), ("conditional", "condit"), ("rational", "ration"), ("generalization", "gener"),
                      ("oscillators", "oscil"), ("hopeful", "hope"), ("goodness", "good"), ("triplicate", "triplic"),
                      ("revival", "reviv"), ("allowance", "allow"), ("adjustment", "adjust"), ("adoption", "adopt"),
                      ("probate", "probat"), ("rate", "rate"), ("cease", "ceas"), ("roll", "roll"), ("happy", "happi"),
                      ("sky", "sky")])
    func laterSteps(word: String, stem: String) {
        #expect(PorterStemmer.stem(word) == stem)
    }

    @Test("non-ASCII and very short words are left alone")
    func untouched() {
        #expect(PorterStemmer.stem("niños") == "niños")
        #expect(PorterStemmer.stem("is") == "is")
        #expect(PorterStemmer.stem("注文") == "注文")
    }

    @Test("stemmed ROUGE matches inflected forms")
    func stemmedRouge() {
        // cand tokens: the cat were run (cats→cat, running→run; "were" keeps its e: m = 1 and *o).
        // ref tokens: a cat run (runs→run; "cat" has only three letters and is not stemmed).
        // Overlap {cat, run} = 2 → P = 2/4, R = 2/3. Without stemming only nothing matches.
        let c = "The cats were running", r = "A cat runs"
        let stemmed = Rouge.rouge1(candidate: c, reference: r, stem: true)
        #expect(abs(stemmed.precision - 0.5) < 1e-9 && abs(stemmed.recall - 2.0 / 3) < 1e-9)
        #expect(Rouge.rouge1(candidate: c, reference: r).f1 == 0)
        let (r1, r2, rl) = Rouge.scores(candidate: c, reference: r, stem: true)
        #expect(r1 == stemmed)
        #expect(r2.f1 == 0)
        #expect(abs(rl.f1 - stemmed.f1) < 1e-9)
    }
}
