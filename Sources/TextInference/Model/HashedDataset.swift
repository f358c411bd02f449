/// A compact training set of hashed feature bags with integer labels and per-sample weights.
struct HashedDataset: Sendable {
    /// All samples' feature hashes, concatenated.
    private(set) var features: [UInt32] = []
    /// Start offset of each sample in `features`, plus a final end offset.
    private(set) var offsets: [Int] = [0]
    /// Class index of each sample.
    private(set) var labels: [Int32] = []
    /// Loss weight of each sample.
    private(set) var weights: [Float] = []

    /// Number of samples.
    var count: Int { labels.count }

    /// Appends one sample; empty feature bags are kept (they train the biases only).
    mutating func append(features bag: [UInt32], label: Int, weight: Float) {
        features.append(contentsOf: bag)
        offsets.append(features.count)
        labels.append(Int32(label))
        weights.append(weight)
    }

    /// The feature range of sample `index`.
    func range(of index: Int) -> Range<Int> { offsets[index]..<offsets[index + 1] }
}
