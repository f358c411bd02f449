/// Draws synthetic training bags from character n-gram frequency profiles (e.g. built from encyclopedic text).
///
/// A profile maps 1–3-character grams (a space marks a word edge) to counts. A bag of length m holds m
/// grams of each order, each drawn by frequency and hashed exactly as `LanguageIDFeatureExtractor`
/// hashes the same n-gram of a letter stream, so the model sees the profile's broader vocabulary
/// statistics without any of its text.
struct LanguageIDProfileSampler: Sendable {
    /// Per order (index 0 = unigrams): the feature hashes and their cumulative counts.
    private let tables: [(hashes: [UInt32], cumulative: [Double])]

    /// Builds the sampler; grams are lowercased and merged, grams the extractor never emits are dropped.
    init(profile: [String: Double]) {
        var merged: [[UInt32: Double]] = [[:], [:], [:]]
        for (gram, count) in profile where count > 0 {
            let scalars = gram.unicodeScalars.map { TextScalars.lowercase($0.value) }
            let order = scalars.count
            guard (1...3).contains(order), let hash = Self.hash(scalars) else { continue }
            merged[order - 1][hash, default: 0] += count
        }
        tables = merged.map { table in
            let entries = table.sorted { $0.key < $1.key }
            var total = 0.0
            var cumulative: [Double] = []
            cumulative.reserveCapacity(entries.count)
            for entry in entries {
                total += entry.value
                cumulative.append(total)
            }
            return (entries.map(\.key), cumulative)
        }
    }

    /// Whether the profile had grams of every order.
    var isUsable: Bool { tables.allSatisfy { !$0.hashes.isEmpty } }

    /// The extractor's hash of one n-gram, or `nil` when it would not emit it (not a letter gram, or a
    /// gram starting with a space that holds another space).
    static func hash(_ scalars: [UInt32]) -> UInt32? {
        guard !scalars.isEmpty, scalars.contains(where: { $0 != 0x20 }) else { return nil }
        if scalars.count == 1 && scalars[0] == 0x20 { return nil }
        if scalars.count > 1, scalars[0] == 0x20, scalars.dropFirst().contains(0x20) { return nil }
        var state = FeatureHash.basis
        for value in scalars {
            if value != 0x20 && !TextScalars.isWordScalar(value) { return nil }
            state = FeatureHash.step(state, value)
        }
        return FeatureHash.finish(state, tag: UInt32(scalars.count))
    }

    /// A bag of `length` grams of each order.
    func bag(length: Int, using generator: inout SplitMix64) -> [UInt32] {
        var bag: [UInt32] = []
        bag.reserveCapacity(length * tables.count)
        for table in tables {
            guard let total = table.cumulative.last else { continue }
            for _ in 0..<length {
                let target = Double(generator.next() >> 11) / Double(1 << 53) * total
                var low = 0, high = table.cumulative.count - 1
                while low < high {
                    let middle = (low + high) / 2
                    if table.cumulative[middle] <= target { low = middle + 1 } else { high = middle }
                }
                bag.append(table.hashes[low])
            }
        }
        return bag
    }
}
