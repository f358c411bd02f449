/// ROUGE-N and ROUGE-L (Lin 2004, "ROUGE: A Package for Automatic Evaluation of Summaries").
///
/// Texts are lower-cased and split on anything that is not a letter or digit; each CJK
/// ideograph or kana is its own token. ROUGE-N counts clipped n-gram matches: precision
/// divides by the candidate's n-gram count, recall by the reference's. ROUGE-L uses the
/// longest common subsequence: P = LCS/|candidate|, R = LCS/|reference|, and
/// F = (1+β²)PR/(R+β²P) with β = 1, i.e. the harmonic mean. With `stem: true`, tokens longer
/// than three letters go through ``PorterStemmer`` first, as the rouge-score package does.
public enum Rouge {
    /// Unigram overlap.
    public static func rouge1(candidate: String, reference: String, stem: Bool = false) -> RougeScore {
        rougeN(candidate: candidate, reference: reference, n: 1, stem: stem)
    }

    /// Bigram overlap.
    public static func rouge2(candidate: String, reference: String, stem: Bool = false) -> RougeScore {
        rougeN(candidate: candidate, reference: reference, n: 2, stem: stem)
    }

    /// ROUGE-1, ROUGE-2 and ROUGE-L of one candidate against one reference, tokenising once.
    public static func scores(candidate: String, reference: String, stem: Bool = false) -> (RougeScore, RougeScore, RougeScore) {
        let c = tokens(candidate, stem: stem)
        let r = tokens(reference, stem: stem)
        return (overlap(ngrams(c, 1), ngrams(r, 1)), overlap(ngrams(c, 2), ngrams(r, 2)), lcs(c, r))
    }

    /// Longest-common-subsequence overlap.
    public static func rougeL(candidate: String, reference: String, stem: Bool = false) -> RougeScore {
        lcs(tokens(candidate, stem: stem), tokens(reference, stem: stem))
    }

    private static func lcs(_ c: [String], _ r: [String]) -> RougeScore {
        guard !c.isEmpty, !r.isEmpty else { return RougeScore(precision: 0, recall: 0) }
        var previous = [Int](repeating: 0, count: r.count + 1)
        var current = previous
        for x in c {
            for j in 1...r.count {
                current[j] = x == r[j - 1] ? previous[j - 1] + 1 : max(previous[j], current[j - 1])
            }
            swap(&previous, &current)
        }
        let lcs = Double(previous[r.count])
        return RougeScore(precision: lcs / Double(c.count), recall: lcs / Double(r.count))
    }

    /// N-gram overlap for any `n` ≥ 1.
    public static func rougeN(candidate: String, reference: String, n: Int, stem: Bool = false) -> RougeScore {
        overlap(ngrams(tokens(candidate, stem: stem), n), ngrams(tokens(reference, stem: stem), n))
    }

    private static func overlap(_ c: [[String]: Int], _ r: [[String]: Int]) -> RougeScore {
        let candidateTotal = c.values.reduce(0, +)
        let referenceTotal = r.values.reduce(0, +)
        guard candidateTotal > 0, referenceTotal > 0 else { return RougeScore(precision: 0, recall: 0) }
        var overlap = 0
        for (gram, count) in c { overlap += min(count, r[gram] ?? 0) }
        return RougeScore(precision: Double(overlap) / Double(candidateTotal), recall: Double(overlap) / Double(referenceTotal))
    }

    /// Lower-cased letter/digit tokens (stemmed when `stem` and longer than three); CJK ideographs and kana are single tokens.
    static func tokens(_ text: String, stem: Bool) -> [String] {
        let plain = tokens(text)
        guard stem else { return plain }
        return plain.map { $0.utf8.count > 3 ? PorterStemmer.stem($0) : $0 }
    }

    /// Lower-cased letter/digit tokens; CJK ideographs and kana are single tokens.
    static func tokens(_ text: String) -> [String] {
        var result: [String] = []
        var word = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if SummaryTokenizer.isUnspaced(scalar.value) {
                if !word.isEmpty { result.append(String(word).lowercased()); word = String.UnicodeScalarView() }
                result.append(String(Character(scalar)))
            } else if ScalarClass.isWordChar(scalar.value) {
                word.append(scalar)
            } else if !word.isEmpty {
                result.append(String(word).lowercased())
                word = String.UnicodeScalarView()
            }
        }
        if !word.isEmpty { result.append(String(word).lowercased()) }
        return result
    }

    private static func ngrams(_ tokens: [String], _ n: Int) -> [[String]: Int] {
        var counts: [[String]: Int] = [:]
        guard n >= 1, tokens.count >= n else { return counts }
        for start in 0...(tokens.count - n) { counts[Array(tokens[start..<(start + n)]), default: 0] += 1 }
        return counts
    }
}
