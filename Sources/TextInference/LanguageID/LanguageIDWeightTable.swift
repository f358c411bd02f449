/// The language model's Int8 weights re-laid for inference: one 32-byte, 32-byte-aligned row per
/// hash bucket (27 classes + 5 zero pads), so one feature reads exactly one half cache line and
/// the row is summed with 32-lane SIMD into Int16 lanes (flushed to Int32 every 256 features).
final class LanguageIDWeightTable: @unchecked Sendable {
    /// Bytes per row (classes are padded up to this).
    static let stride = 32

    /// Aligned row storage, `buckets × stride` bytes; immutable after `init`.
    private let base: UnsafeMutableRawPointer
    /// Mask selecting a bucket from a feature hash.
    let mask: UInt32
    /// Number of real classes (≤ 32).
    let classes: Int

    /// Copies a bucket-major model table (`weights[bucket * classes + class]`).
    init?(model: HashedLinearModel) {
        guard model.classCount <= Self.stride else { return nil }
        let buckets = 1 << model.bucketBits
        classes = model.classCount
        mask = model.bucketMask
        base = UnsafeMutableRawPointer.allocate(byteCount: buckets * Self.stride, alignment: 64)
        base.initializeMemory(as: Int8.self, repeating: 0, count: buckets * Self.stride)
        let rows = base.assumingMemoryBound(to: Int8.self)
        model.weights.withUnsafeBufferPointer { weights in
            for bucket in 0..<buckets {
                for label in 0..<classes { rows[bucket * Self.stride + label] = weights[bucket * classes + label] }
            }
        }
    }

    deinit { base.deallocate() }

    /// Sums the rows of `features` into `sums` (resized to `classes`).
    func sum(_ features: ArraySlice<UInt32>, into sums: inout [Int32]) {
        let mask = self.mask
        let rows = UnsafePointer<Int8>(base.assumingMemoryBound(to: Int8.self))
        var touched: Int8 = 0
        // 32 Int16 lanes, flushed to Int32 every 256 features (256 × 128 fits in Int16).
        var narrow = [Int16](repeating: 0, count: 32)
        var wide = [Int32](repeating: 0, count: 32)
        narrow.withUnsafeMutableBufferPointer { narrow in
            wide.withUnsafeMutableBufferPointer { wide in
                let narrow = narrow.baseAddress!, wide = wide.baseAddress!
                features.withUnsafeBufferPointer { features in
                    let count = features.count
                    var position = 0
                    while position < count {
                        let chunkEnd = min(count, position &+ 256)
                        while position < chunkEnd {
                            // Touch a row a few features ahead so its cache miss overlaps the additions.
                            if position &+ 8 < count { touched ^= rows[Int(features[position &+ 8] & mask) &<< 5] }
                            let row = rows + (Int(features[position] & mask) &<< 5)
                            for lane in 0..<32 { narrow[lane] &+= Int16(row[lane]) }
                            position &+= 1
                        }
                        for lane in 0..<32 {
                            wide[lane] &+= Int32(narrow[lane])
                            narrow[lane] = 0
                        }
                    }
                }
            }
        }
        HashedLinearModel.keep(touched)
        if sums.count != classes { sums = [Int32](repeating: 0, count: classes) }
        for index in 0..<classes { sums[index] = wide[index] }
    }
}
