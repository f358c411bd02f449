/// Maps frequent Maghrebi (Moroccan, Tunisian) and Gulf (Saudi) Arabic words that never occur in the
/// training data (MSA and Palestinian) to the trained word with the same meaning, e.g. Moroccan
/// بغيت / Tunisian نحب / Saudi ابغى "I want" → Palestinian بدي, كيفاش "how" → كيف, كارطة "card" → بطاقة.
///
/// Every source word occurs zero times in `train.jsonl` and `dev.jsonl` (after ``ArabicNormalizer``),
/// so the trained model and the dev figures are unchanged; a dialect message then shares features with
/// the trained vocabulary instead of scoring on unseen words. Whole words only (no clitics).
public enum ArabicDialectLexicon {
    /// Dialect word → trained word (raw spelling; both are normalised when the table is built).
    public static let pairs: [(String, String)] = [
        // "I want / we want"
        ("بغيت", "بدي"), ("نبغي", "بدي"), ("بغينا", "بدي"), ("نحب", "بدي"), ("ابغى", "بدي"), ("ابغا", "بدي"), ("ابي", "بدي"),
        // "how", "why", "where", "what", "when", "how much"
        ("كيفاش", "كيف"), ("كيفاه", "كيف"), ("علاش", "ليش"), ("لاش", "ليش"), ("فين", "وين"),
        ("شنو", "شو"), ("اشنو", "شو"), ("شنوة", "شو"), ("شنية", "شو"), ("شنهو", "شو"), ("وش", "شو"),
        ("وقتاش", "متى"), ("امتى", "متى"), ("قداش", "كم"), ("شحال", "كم"), ("بقداش", "كم"),
        // question particle, "a lot", "now", "my", "not"
        ("واش", "هل"), ("بزاف", "كثير"), ("برشا", "كثير"), ("واجد", "كثير"), ("وايد", "كثير"),
        ("دابا", "الآن"), ("توا", "الآن"), ("توه", "الآن"), ("ديالي", "تبعي"), ("متاعي", "تبعي"), ("موش", "مش"),
        // "card", "send / sent"
        ("كارطة", "بطاقة"), ("كارط", "بطاقة"), ("الكارطة", "البطاقة"), ("الكارط", "البطاقة"), ("لاكارط", "البطاقة"),
        ("صيفط", "ارسل"), ("صيفطت", "ارسلت"),
    ]

    /// Normalised source scalars, target scalars, by 64-bit FNV-1a hash of the source.
    private static let table: [UInt64: (source: [UInt32], target: [UInt32])] = {
        var table: [UInt64: (source: [UInt32], target: [UInt32])] = [:]
        for (source, target) in pairs {
            let from = ArabicNormalizer.normalize(source).unicodeScalars.map(\.value)
            let to = ArabicNormalizer.normalize(target).unicodeScalars.map(\.value)
            table[hash(from[...])] = (from, to)
        }
        return table
    }()

    @inline(__always)
    private static func hash(_ word: ArraySlice<UInt32>) -> UInt64 {
        var state: UInt64 = 0xCBF2_9CE4_8422_2325
        for value in word { state = (state ^ UInt64(value)) &* 0x0000_0100_0000_01B3 }
        return state
    }

    /// Replaces lexicon words in a normalised stream (words between single spaces, leading and
    /// trailing space); leaves the stream untouched when no word matches.
    static func rewrite(_ stream: inout [UInt32]) {
        var output: [UInt32]? = nil
        var wordStart = 1
        var copied = 0
        for index in 1..<max(1, stream.count) where stream[index] == 0x20 {
            defer { wordStart = index + 1 }
            guard index > wordStart, stream[wordStart] >= 0x600, stream[wordStart] <= 0x6FF else { continue }
            let word = stream[wordStart..<index]
            guard let entry = table[hash(word)], entry.source.elementsEqual(word) else { continue }
            if output == nil { output = []; output!.reserveCapacity(stream.count + 8) }
            output!.append(contentsOf: stream[copied..<wordStart])
            output!.append(contentsOf: entry.target)
            copied = index
        }
        guard var rewritten = output else { return }
        rewritten.append(contentsOf: stream[copied...])
        stream = rewritten
    }
}
