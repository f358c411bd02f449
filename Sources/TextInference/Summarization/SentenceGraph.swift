/// TF-IDF sentence vectors, their cosine similarities and TextRank centrality.
///
/// Centrality is the stationary score of a PageRank-style power iteration over the
/// cosine-weighted sentence graph (Mihalcea & Tarau 2004, "TextRank"; Erkan & Radev 2004,
/// "LexRank"), damping 0.85, at most 50 iterations.
struct SentenceGraph {
    /// Pairwise cosine similarity (symmetric, zero diagonal), row-major n × n.
    let similarities: [Double]
    /// The number of sentences.
    let count: Int
    /// TextRank centrality of each sentence, scaled so the maximum is 1 (all 0 when empty).
    let centrality: [Double]

    /// Builds the graph for sentences given as term lists.
    init(terms: [[UInt64]]) {
        var flat: [UInt64] = []
        var starts = [0]
        for sentence in terms {
            flat += sentence
            starts.append(flat.count)
        }
        self.init(terms: flat, starts: starts)
    }

    /// Builds the graph for sentences stored flat: sentence k's terms are `terms[starts[k]..<starts[k + 1]]`.
    ///
    /// Terms are interned to small integers first, so the vectors are sorted `(term, weight)`
    /// arrays and the pairwise dot products need no hashing.
    init(terms: [UInt64], starts: [Int]) {
        let n = starts.count - 1
        var index = TermIndex(capacity: terms.count)
        let sentenceIDs = terms.map { index.id($0) }
        let vocabulary = index.count
        var documentFrequency = [Int](repeating: 0, count: vocabulary)
        var lastSeen = [Int](repeating: -1, count: vocabulary)
        for sentence in 0..<n {
            for k in starts[sentence]..<starts[sentence + 1] {
                let id = sentenceIDs[k]
                if lastSeen[id] != sentence {
                    lastSeen[id] = sentence
                    documentFrequency[id] += 1
                }
            }
        }
        // Document frequencies are 1…n, so n logarithms cover every term.
        let idfByFrequency = n < Self.idfTables.count ? Self.idfTables[n] : Self.idfTable(n)
        // Sparse TF-IDF vectors, stored flat: sentence k owns entries vectorStart[k]..<vectorStart[k + 1].
        var counts = lastSeen  // reused as term counts: every entry is reset to 0 below before use
        for id in 0..<vocabulary { counts[id] = 0 }
        var vectorIDs: [Int] = []
        var vectorWeights: [Double] = []
        var vectorStart = [0]
        var norms: [Double] = []
        vectorIDs.reserveCapacity(terms.count)
        vectorWeights.reserveCapacity(terms.count)
        vectorStart.reserveCapacity(n + 1)
        norms.reserveCapacity(n)
        for sentence in 0..<n {
            let range = starts[sentence]..<starts[sentence + 1]
            for k in range { counts[sentenceIDs[k]] += 1 }
            var norm = 0.0
            for k in range where counts[sentenceIDs[k]] > 0 {
                let id = sentenceIDs[k]
                let count = counts[id]
                let weight = (count < Self.logOfCount.count ? Self.logOfCount[count] : 1 + Double(count).logarithm)
                    * idfByFrequency[documentFrequency[id]]
                counts[id] = 0
                vectorIDs.append(id)
                vectorWeights.append(weight)
                norm += weight * weight
            }
            vectorStart.append(vectorIDs.count)
            norms.append(norm.squareRoot())
        }
        var similarity = [Double](repeating: 0, count: n * n)
        var dense = [Double](repeating: 0, count: vocabulary)
        for a in 0..<n where norms[a] > 0 {
            for k in vectorStart[a]..<vectorStart[a + 1] { dense[vectorIDs[k]] = vectorWeights[k] }
            for b in (a + 1)..<max(a + 1, n) where norms[b] > 0 {
                var dot = 0.0
                for k in vectorStart[b]..<vectorStart[b + 1] { dot += dense[vectorIDs[k]] * vectorWeights[k] }
                let value = dot / (norms[a] * norms[b])
                similarity[a * n + b] = value
                similarity[b * n + a] = value
            }
            for k in vectorStart[a]..<vectorStart[a + 1] { dense[vectorIDs[k]] = 0 }
        }
        self.similarities = similarity
        self.count = n
        self.centrality = SentenceGraph.textRank(similarity, n)
    }

    /// IDF by document frequency (index 0…n) for a graph of `n` sentences: ln((n + 1)/(df + 1)) + 1.
    private static func idfTable(_ n: Int) -> [Double] {
        (0...n).map { (Double(n + 1) / Double($0 + 1)).logarithm + 1 }
    }

    /// ``idfTable(_:)`` for the common graph sizes, computed once.
    private static let idfTables: [[Double]] = (0..<128).map(idfTable)

    /// 1 + ln(k) for small term counts k (index 0 unused).
    private static let logOfCount: [Double] = (0..<64).map { 1 + Double($0).logarithm }

    /// Cosine similarity of sentences `a` and `b`.
    func similarity(_ a: Int, _ b: Int) -> Double { similarities[a * count + b] }

    private static func textRank(_ w: [Double], _ n: Int) -> [Double] {
        guard n > 0 else { return [] }
        // Row-normalised transition weights w[j][i] / Σ_i w[j][i], keeping only the non-zero ones:
        // adding a zero share changes no sum, so skipping them gives bit-identical scores.
        var rowStart = [Int](repeating: 0, count: n + 1)
        var column: [Int] = []
        var share: [Double] = []
        column.reserveCapacity(n * 4)
        share.reserveCapacity(n * 4)
        for j in 0..<n {
            var sum = 0.0
            for i in 0..<n { sum += w[j * n + i] }
            if sum > 0 {
                for i in 0..<n where w[j * n + i] != 0 {
                    column.append(i)
                    share.append(w[j * n + i] / sum)
                }
            }
            rowStart[j + 1] = column.count
        }
        var score = [Double](repeating: 1 / Double(n), count: n)
        var next = score
        let damping = 0.85
        let base = (1 - damping) / Double(n)
        column.withUnsafeBufferPointer { column in
            share.withUnsafeBufferPointer { share in
                for _ in 0..<50 {
                    for i in 0..<n { next[i] = base }
                    for j in 0..<n where rowStart[j + 1] > rowStart[j] {
                        let mass = damping * score[j]
                        for k in rowStart[j]..<rowStart[j + 1] { next[column[k]] += mass * share[k] }
                    }
                    var delta = 0.0
                    for i in 0..<n { delta += abs(next[i] - score[i]) }
                    swap(&score, &next)
                    if delta < 1e-6 { break }
                }
            }
        }
        let top = score.max() ?? 0
        return top > 0 ? score.map { $0 / top } : score
    }
}

extension Double {
    /// Natural logarithm, computed without Foundation (series on the mantissa).
    var logarithm: Double {
        guard self > 0 else { return -.infinity }
        // ln(x) = 2·atanh((m-1)/(m+1)) + e·ln 2, with x = m·2^e and m in [1, 2).
        let exponent = Double(self.exponent)
        let m = self.significand
        let y = (m - 1) / (m + 1)
        let y2 = y * y
        var term = y
        var sum = 0.0
        var k = 1.0
        for _ in 0..<20 {
            sum += term / k
            term *= y2
            k += 2
        }
        return 2 * sum + exponent * 0.6931471805599453
    }
}
