@testable import TextInference
import Testing

/// The batched TF-IDF sweep (`HashedLinearModel.termSums`) against the one-text path.
@Suite("Batched TF-IDF term sums")
struct TermSumsBatchTests {
    @Test("Every text's batched logits equal its one-text logits bit for bit: repeats of every tf, Int16 flushes, tf ≥ 256")
    func batchEqualsOneText() throws {
        var generator = TestRandom(state: 19)
        let bucketBits = 12, classes = 77  // 5 blocks of 16 lanes, as the shipped triage model
        let labels = (0..<classes).map { "c\($0)" }
        let weights = (0..<(classes << bucketBits)).map { _ in Int8(truncatingIfNeeded: Int(generator.next() % 255) - 127) }
        let idf = (0..<(1 << bucketBits)).map { _ in UInt8(1 + generator.next() % 255) }
        let model = try HashedLinearModel(
            kind: "triage", version: "triage-test", labels: labels, bucketBits: bucketBits, temperature: 1,
            parameters: ["tfidf": 1], biases: [Float](repeating: 0.25, count: classes), scales: [Float](repeating: 0.01, count: classes),
            weights: weights)
        let classifier = try TriageClassifier(
            model: model, embeddings: [], termWeights: TriageTermWeights(bucketBits: bucketBits, idf: idf))
        // Bags drawn from small pools (so buckets repeat), spread over the whole table, with bits above the mask.
        var lists: [[UInt32]] = (0..<40).map { index in
            let pool = 1 + Int(generator.next() % 900)
            let base = UInt32(generator.next())
            return (0..<Int(generator.next() % 700)).map { _ in base &+ UInt32(generator.next() % UInt64(pool)) &* 4099 }
        }
        lists.insert([], at: 3)
        lists.append([UInt32](repeating: 4095, count: 300) + [7, 7, 7, 4095 + (1 << 20)])
        // 700 buckets each seen 2…6 times: more than 256 repeated rows of one text between flushes.
        lists.append((0..<700).flatMap { bucket in [UInt32](repeating: UInt32(bucket * 5), count: 2 + bucket % 5) })
        let totals = model.termSums(of: lists, idf: idf)
        #expect(totals.count == lists.count)
        for (index, list) in lists.enumerated() {
            var single: [Double] = []
            classifier.linearLogits(list, into: &single)
            var batched: [Double] = []
            let total = totals[index]
            model.logits(
                sums: total.sums, extraSums: total.extraSums,
                featureWeight: total.normSquared > 0 ? 1 / total.normSquared.squareRoot() : 0, into: &batched)
            #expect(batched == single, "text \(index)")
        }
        #expect(totals[3].normSquared == 0 && totals[3].sums.allSatisfy { $0 == 0 })
    }
}
