import Foundation
@testable import TextInference
import Testing

/// The TF-IDF record of the triage linear member and the averaged-SGD bookkeeping.
@Suite("Triage TF-IDF and averaged SGD")
struct TriageTermWeightsTests {
    /// `1 + ln tf` rounded to 1/256, the term weight the model uses.
    private static func termWeight(_ tf: Double) -> Double { (256 * (1 + log(tf))).rounded() / 256 }

    /// A table of 2^4 buckets whose idf (in sixteenths) is 16 + 4 × bucket.
    private static func weights() throws -> TriageTermWeights {
        try TriageTermWeights(bucketBits: 4, idf: (0..<16).map { UInt8(16 + 4 * $0) })
    }

    @Test("split finds each bucket's term frequency (features masked to the buckets) and the L2 norm")
    func split() throws {
        let table = try Self.weights()
        // Buckets 3 (three times, once as 3 + 16), 5 (once), 9 (twice, once as 9 + 32).
        let features: [UInt32] = [3, 5, 19, 9, 3, 41]
        var distinct: [UInt32] = [], repeated: [UInt32] = [], extra: [Float] = []
        let inverse = table.split(features, distinct: &distinct, repeated: &repeated, extra: &extra)
        #expect(distinct == [3, 5, 9])
        #expect(Dictionary(uniqueKeysWithValues: zip(repeated, extra)) == [3: Float(Self.termWeight(3) - 1), 9: Float(Self.termWeight(2) - 1)])
        #expect(abs(Self.termWeight(3) - 1 - log(3)) < 1.0 / 512)
        func value(_ tf: Double, _ bucket: Double) -> Double { Self.termWeight(tf) * (16 + 4 * bucket) / 16 }
        let norm = (pow(value(3, 3), 2) + pow(value(1, 5), 2) + pow(value(2, 9), 2)).squareRoot()
        #expect(abs(inverse - 1 / norm) < 1e-6)
        #expect(table.split([], distinct: &distinct, repeated: &repeated, extra: &extra) == 0)
        #expect(distinct.isEmpty && repeated.isEmpty)
    }

    @Test("split agrees with a sort-based count on many random bags")
    func splitRandom() throws {
        let table = try Self.weights()
        var state: UInt64 = 7
        var distinct: [UInt32] = [], repeated: [UInt32] = [], extra: [Float] = []
        for size in [1, 2, 15, 16, 17, 200] {
            let bag = (0..<size).map { _ -> UInt32 in
                state = state &* 6364136223846793005 &+ 1442695040888963407
                return UInt32(truncatingIfNeeded: state >> 33)
            }
            _ = table.split(bag, distinct: &distinct, repeated: &repeated, extra: &extra)
            var counts: [UInt32: Int] = [:]
            for feature in bag { counts[feature & 15, default: 0] += 1 }
            #expect(Set(distinct) == Set(counts.keys) && distinct.count == counts.count)
            #expect(Set(repeated) == Set(counts.filter { $0.value > 1 }.keys))
        }
    }

    @Test("split on sparse bags over 2^15 buckets: first-seen order, repeats in order, and the norm bit for bit")
    func splitSparse() throws {
        var random = TestRandom(state: 11)
        func next() -> UInt64 { random.next() }
        let table = try TriageTermWeights(bucketBits: 15, idf: (0..<(1 << 15)).map { _ in UInt8(1 + next() % 200) })
        var distinct: [UInt32] = [], repeated: [UInt32] = [], extra: [Float] = []
        for size in [1, 7, 63, 64, 65, 300, 2_000] {
            // A vocabulary of size / 2 features, so most bags repeat some; high bits vary beyond the mask.
            let vocabulary = (0..<max(1, size / 2)).map { _ in UInt32(truncatingIfNeeded: next()) }
            let bag = (0..<size).map { _ in vocabulary[Int(next() % UInt64(vocabulary.count))] }
            let inverse = table.split(bag, distinct: &distinct, repeated: &repeated, extra: &extra)
            var order: [UInt32] = []
            var counts: [UInt32: Int] = [:]
            for feature in bag {
                let bucket = feature & 0x7FFF
                if counts[bucket] == nil { order.append(bucket) }
                counts[bucket, default: 0] += 1
            }
            var norm = 0.0
            for bucket in order {
                norm += TriageTermWeights.squaredValue(frequency: counts[bucket]!, idfSixteenths: table.idf[Int(bucket)])
            }
            #expect(distinct == order)
            #expect(repeated == order.filter { counts[$0]! > 1 })
            #expect(extra == repeated.map { TriageIDF.termWeight(counts[$0]!) - 1 })
            #expect(inverse == 1 / norm.squareRoot(), "size \(size)")
        }
    }

    @Test("A TF-IDF artifact round-trips; the setting without the record, or the record without it, is a typed error")
    func artifact() throws {
        let weights = (0..<(3 << 4)).map { Int8($0 % 5 - 2) }
        func linear(_ parameters: [String: Double]) throws -> HashedLinearModel {
            try HashedLinearModel(
                kind: "triage", version: "triage-test", labels: ["a", "b", "c"], bucketBits: 4, temperature: 1,
                parameters: parameters, biases: [0, 0, 0], scales: [0.01, 0.01, 0.01], weights: weights)
        }
        var writer = ModelBinaryWriter()
        try Self.weights().serialize(into: &writer)
        let tfidf = try linear(["minOrder": 2, "maxOrder": 5, "tfidf": 1])
        let classifier = try TriageClassifier(modelBytes: tfidf.serialized() + writer.bytes)
        #expect(classifier.termWeights?.idf == (try Self.weights()).idf)
        #expect(classifier.serialized() == tfidf.serialized() + writer.bytes)
        let text = "block my card block my card now"
        let batch = classifier.classifyMeasuringVocabulary([text, "card"], languages: ["en", "en"])
        #expect(batch[0].result == classifier.classify(text, language: "en"))
        #expect(throws: ModelError.self) { try TriageClassifier(modelBytes: tfidf.serialized()) }
        let plain = try linear(["minOrder": 2, "maxOrder": 5])
        #expect(throws: ModelError.self) { try TriageClassifier(modelBytes: plain.serialized() + writer.bytes) }
    }

    @Test("TF-IDF logits equal the dot product of the normalised (1 + ln tf) · idf vector with the unfolded weights, one text or a batch")
    func logitsMatchDefinition() throws {
        let table = try Self.weights()
        // Unfolded weights w[bucket][class] = (bucket + class) mod 5 − 2; folded = w × idf, exactly representable.
        let classes = 3
        var folded = [Int8](repeating: 0, count: classes << 4)
        for bucket in 0..<16 {
            for label in 0..<classes {
                folded[bucket * classes + label] = Int8(((bucket + label) % 5 - 2) * (16 + 4 * bucket) / 16)
            }
        }
        // Only buckets whose idf is a whole number (multiples of 4) keep the fold exact.
        let features: [UInt32] = [0, 4, 4, 8, 12, 12, 12]
        let model = try HashedLinearModel(
            kind: "triage", version: "triage-test", labels: ["a", "b", "c"], bucketBits: 4, temperature: 1,
            parameters: ["tfidf": 1], biases: [0.5, 0, -0.5], scales: [1, 1, 1], weights: folded)
        let classifier = try TriageClassifier(model: model, embeddings: [], termWeights: table)
        var logits: [Double] = []
        classifier.linearLogits(features, into: &logits)
        var expected = [0.5, 0, -0.5]
        var vector: [Int: Double] = [:]
        for feature in features { vector[Int(feature), default: 0] += 1 }
        for (bucket, tf) in vector { vector[bucket] = Self.termWeight(tf) * Double(16 + 4 * bucket) / 16 }
        let norm = vector.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        for (bucket, value) in vector {
            for label in 0..<classes { expected[label] += value / norm * Double((bucket + label) % 5 - 2) }
        }
        for label in 0..<classes { #expect(abs(logits[label] - expected[label]) < 1e-5, "class \(label)") }
        // The batched sweep gives the same sums bit for bit, beside other texts.
        let totals = model.termSums(of: [[1, 1, 1, 2], features, []], idf: table.idf)
        var batched: [Double] = []
        model.logits(
            sums: totals[1].sums, extraSums: totals[1].extraSums, featureWeight: 1 / totals[1].normSquared.squareRoot(),
            into: &batched)
        #expect(batched == logits)
        #expect(totals[2].normSquared == 0 && totals[2].sums.allSatisfy { $0 == 0 })
    }

    @Test("The lazy average equals the mean of the scaled weights after every step, across a fold")
    func lazyAverage() {
        let count = 6
        var stored = [Float](repeating: 0, count: count)
        var biases: [Float] = [0, 0]
        var average = LazyAverage(count: count, classes: 2)
        var expected = [Double](repeating: 0, count: count)
        var expectedBiases = [Double](repeating: 0, count: 2)
        var scale: Float = 1
        var state: UInt64 = 11
        func next() -> Float {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Float(state >> 40) / Float(1 << 24) - 0.5
        }
        for step in 0..<50 {
            scale *= 0.9
            for _ in 0..<2 {
                let index = Int(state >> 60) % count
                let delta = next()
                stored[index] += delta
                average.noteChange(at: index, by: delta)
            }
            biases[step % 2] += next()
            average.endStep(scale: scale, biases: biases)
            for index in 0..<count { expected[index] += Double(scale) * Double(stored[index]) }
            for index in 0..<2 { expectedBiases[index] += Double(biases[index]) }
            if step == 30 {
                stored.withUnsafeMutableBufferPointer { average.fold($0) }
                for index in 0..<count { stored[index] *= scale }
                scale = 1
            }
        }
        stored.withUnsafeMutableBufferPointer { average.mean($0, into: &biases) }
        for index in 0..<count { #expect(abs(Double(stored[index]) - expected[index] / 50) < 1e-5) }
        for index in 0..<2 { #expect(abs(Double(biases[index]) - expectedBiases[index] / 50) < 1e-6) }
    }
}
