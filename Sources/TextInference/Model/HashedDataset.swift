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
    /// Value of each feature occurrence, parallel to `features`; empty when every occurrence of a
    /// sample's bag is worth `1 / sqrt(bag size)` (the default feature weighting).
    private(set) var values: [Float] = []

    /// Number of samples.
    var count: Int { labels.count }

    /// Appends one sample; empty feature bags are kept (they train the biases only).
    mutating func append(features bag: [UInt32], label: Int, weight: Float) {
        features.append(contentsOf: bag)
        offsets.append(features.count)
        labels.append(Int32(label))
        weights.append(weight)
    }

    /// Appends one sample whose feature occurrences have the given values (one per feature); a dataset
    /// holds either only samples with values or only samples without.
    mutating func append(features bag: [UInt32], values bagValues: [Float], label: Int, weight: Float) {
        precondition(bagValues.count == bag.count && values.count == features.count, "one value per feature")
        append(features: bag, label: label, weight: weight)
        values.append(contentsOf: bagValues)
    }

    /// The feature range of sample `index`.
    func range(of index: Int) -> Range<Int> { offsets[index]..<offsets[index + 1] }
}
