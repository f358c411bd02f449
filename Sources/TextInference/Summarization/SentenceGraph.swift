/// TF-IDF sentence vectors, their cosine similarities and TextRank centrality.
///
/// Centrality is the stationary score of a PageRank-style power iteration over the
/// cosine-weighted sentence graph (Mihalcea & Tarau 2004, "TextRank"; Erkan & Radev 2004,
/// "LexRank"), damping 0.85, at most 50 iterations.
struct SentenceGraph {
    /// Pairwise cosine similarity (symmetric, zero diagonal).
    let similarity: [[Double]]
    /// TextRank centrality of each sentence, scaled so the maximum is 1 (all 0 when empty).
    let centrality: [Double]

    /// Builds the graph for sentences given as term lists.
    ///
    /// Terms are numbered once, so term frequencies, document frequencies and dot products work
    /// on sorted integer ids instead of string-keyed dictionaries.
    init(terms: [[String]]) {
        let n = terms.count
        var ids: [String: Int] = [:]
        var sentences: [[Int]] = []
        sentences.reserveCapacity(n)
        for sentence in terms {
            var numbered: [Int] = []
            numbered.reserveCapacity(sentence.count)
            for term in sentence {
                if let id = ids[term] {
                    numbered.append(id)
                } else {
                    numbered.append(ids.count)
                    ids[term] = ids.count
                }
            }
            numbered.sort()
            sentences.append(numbered)
        }
        var documentFrequency = [Int](repeating: 0, count: ids.count)
        for sentence in sentences {
            var previous = -1
            for id in sentence where id != previous {
                documentFrequency[id] += 1
                previous = id
            }
        }
        // Each vector: (term id, weight) sorted by id.
        var vectors: [[(id: Int, weight: Double)]] = []
        var norms: [Double] = []
        vectors.reserveCapacity(n)
        for sentence in sentences {
            var vector: [(id: Int, weight: Double)] = []
            var norm = 0.0
            var index = 0
            while index < sentence.count {
                let id = sentence[index]
                var end = index + 1
                while end < sentence.count && sentence[end] == id { end += 1 }
                let count = Double(end - index)
                let idf = (Double(n + 1) / Double(documentFrequency[id] + 1)).logarithm + 1
                let weight = (1 + count.logarithm) * idf
                vector.append((id, weight))
                norm += weight * weight
                index = end
            }
            vectors.append(vector)
            norms.append(norm.squareRoot())
        }
        var similarity = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for a in 0..<n {
            for b in (a + 1)..<max(a + 1, n) where norms[a] > 0 && norms[b] > 0 {
                let value = Self.dot(vectors[a], vectors[b]) / (norms[a] * norms[b])
                similarity[a][b] = value
                similarity[b][a] = value
            }
        }
        self.similarity = similarity
        self.centrality = SentenceGraph.textRank(similarity)
    }

    /// The dot product of two id-sorted sparse vectors.
    private static func dot(_ x: [(id: Int, weight: Double)], _ y: [(id: Int, weight: Double)]) -> Double {
        var dot = 0.0
        var i = 0, j = 0
        while i < x.count && j < y.count {
            if x[i].id == y[j].id {
                dot += x[i].weight * y[j].weight
                i += 1
                j += 1
            } else if x[i].id < y[j].id {
                i += 1
            } else {
                j += 1
            }
        }
        return dot
    }

    private static func textRank(_ w: [[Double]]) -> [Double] {
        let n = w.count
        guard n > 0 else { return [] }
        let rowSums = w.map { $0.reduce(0, +) }
        var score = [Double](repeating: 1 / Double(n), count: n)
        let damping = 0.85
        for _ in 0..<50 {
            var next = [Double](repeating: (1 - damping) / Double(n), count: n)
            for j in 0..<n where rowSums[j] > 0 {
                let share = damping * score[j] / rowSums[j]
                for i in 0..<n where w[j][i] > 0 { next[i] += share * w[j][i] }
            }
            var delta = 0.0
            for i in 0..<n { delta += abs(next[i] - score[i]) }
            score = next
            if delta < 1e-6 { break }
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
