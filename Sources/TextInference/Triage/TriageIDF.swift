import Foundation

/// Per-bucket inverse document frequencies and the TF-IDF feature values of a hashed bag.
///
/// `idf = ln((1 + N) / (1 + df)) + 1` over the N training messages (smoothed as scikit-learn's
/// `TfidfVectorizer`), with `df` the number of messages holding a feature of the bucket.
public struct TriageIDF: Sendable {
    /// How a bag's occurrences are weighted.
    public enum Mode: String, Sendable, Equatable, CaseIterable {
        /// Every occurrence `1 / sqrt(bag size)` (the shipped weighting).
        case none
        /// Every occurrence `idf / sqrt(Σ idf²)` over the occurrences: raw term frequency, the norm of the
        /// bag as if repeated occurrences were distinct features (the default's norm with idf).
        case raw
        /// One value per distinct bucket, `(1 + ln tf) · idf`, L2-normalised (the TF-IDF + LinearSVC baseline).
        case sublinear
        /// One value per distinct bucket, `1 + ln tf`, L2-normalised (no idf; a control).
        case sublinearNoIDF = "sublinear-no-idf"
        /// The shipped form of `sublinear`: idf quantised to 1/16 and folded into the weights, so each
        /// distinct bucket's row is added once in integers; a repeated bucket adds `ln tf` × its row more
        /// in floats, and the norm reads the idf table.
        case tfidf
    }

    /// The sublinear term weight `1 + ln tf` (1 for tf 1) rounded to 1/256, so that every product and sum
    /// inference forms from it (with Int8 weights and idf sixteenths) is exact in Double, whatever the order.
    @inline(__always)
    static func termWeight(_ frequency: Int) -> Float {
        frequency < termWeightTable.count ? termWeightTable[frequency] : computedTermWeight(frequency)
    }

    /// ``termWeight(_:)`` for term frequencies below 256 (index 0 unused).
    private static let termWeightTable: [Float] = (0..<256).map { computedTermWeight($0) }

    /// `1 + ln tf` rounded to 1/256 (1 for tf below 2).
    private static func computedTermWeight(_ frequency: Int) -> Float {
        frequency < 2 ? 1 : Float((256 * (1 + log(Double(frequency)))).rounded() / 256)
    }

    /// idf per bucket.
    let values: [Float]
    /// log2 of the bucket count.
    let bucketBits: Int

    /// Counts document frequencies of the buckets of `bags`.
    init(bags: [[UInt32]], bucketBits: Int) {
        let mask = UInt32((1 << bucketBits) - 1)
        var frequency = [Int32](repeating: 0, count: 1 << bucketBits)
        var lastSeen = [Int32](repeating: -1, count: 1 << bucketBits)
        for (index, bag) in bags.enumerated() {
            for feature in bag {
                let bucket = Int(feature & mask)
                if lastSeen[bucket] != Int32(index) {
                    lastSeen[bucket] = Int32(index)
                    frequency[bucket] += 1
                }
            }
        }
        let total = Double(bags.count)
        values = frequency.map { Float(log((1 + total) / (1 + Double($0))) + 1) }
        quantized = values.map { UInt8(max(1, min(255, ($0 * 16).rounded()))) }
        self.bucketBits = bucketBits
    }

    /// idf per bucket in sixteenths (what the `tfidf` mode reads).
    let quantized: [UInt8]

    /// The features (bucket indices) and their values for `bag` under `mode` (not `.none`).
    func weigh(_ bag: [UInt32], mode: Mode) -> (features: [UInt32], values: [Float]) {
        let mask = UInt32((1 << bucketBits) - 1)
        var features: [UInt32] = []
        var weights: [Float] = []
        switch mode {
        case .none:
            let value: Float = bag.isEmpty ? 0 : 1 / Float(bag.count).squareRoot()
            return (bag.map { $0 & mask }, [Float](repeating: value, count: bag.count))
        case .raw:
            for feature in bag {
                features.append(feature & mask)
                weights.append(values[Int(feature & mask)])
            }
        case .sublinear, .sublinearNoIDF, .tfidf:
            let sorted = bag.map { $0 & mask }.sorted()
            var start = 0
            while start < sorted.count {
                var end = start + 1
                while end < sorted.count && sorted[end] == sorted[start] { end += 1 }
                let bucket = Int(sorted[start])
                features.append(sorted[start])
                switch mode {
                case .tfidf: weights.append(Self.termWeight(end - start) * Float(quantized[bucket]) / 16)
                case .sublinear: weights.append((1 + log(Float(end - start))) * values[bucket])
                default: weights.append(1 + log(Float(end - start)))
                }
                start = end
            }
        }
        var norm: Float = 0
        for weight in weights { norm += weight * weight }
        let inverse = norm > 0 ? 1 / norm.squareRoot() : 0
        return (features, weights.map { $0 * inverse })
    }
}
