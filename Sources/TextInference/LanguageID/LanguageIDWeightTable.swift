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
        let classes = self.classes
        model.weights.withUnsafeBytes { weights in
            for bucket in 0..<buckets {
                (base + bucket * Self.stride).copyMemory(from: weights.baseAddress! + bucket * classes, byteCount: classes)
            }
        }
    }

    deinit { base.deallocate() }

    /// Sums the rows of `features` into `sums` (resized to `classes`).
    ///
    /// The 32 lanes live in four SIMD registers (two `SIMD16<Int16>` per 256-feature chunk, two
    /// `SIMD16<Int32>` totals) instead of scratch arrays allocated per call.
    func sum(_ features: ArraySlice<UInt32>, into sums: inout [Int32]) {
        let mask = self.mask
        let rows = UnsafeRawPointer(base)
        var touched: Int8 = 0
        var low = SIMD16<Int32>.zero, high = SIMD16<Int32>.zero
        features.withUnsafeBufferPointer { features in
            let count = features.count
            var position = 0
            while position < count {
                // Int16 lanes, flushed to Int32 every 256 features (256 × 128 fits in Int16).
                let chunkEnd = min(count, position &+ 256)
                var narrowLow = SIMD16<Int16>.zero, narrowHigh = SIMD16<Int16>.zero
                while position < chunkEnd {
                    // Touch a row a few features ahead so its cache miss overlaps the additions.
                    if position &+ 8 < count {
                        touched ^= rows.load(fromByteOffset: Int(features[position &+ 8] & mask) &<< 5, as: Int8.self)
                    }
                    let row = Int(features[position] & mask) &<< 5
                    narrowLow &+= SIMD16<Int16>(truncatingIfNeeded: rows.load(fromByteOffset: row, as: SIMD16<Int8>.self))
                    narrowHigh &+= SIMD16<Int16>(truncatingIfNeeded: rows.load(fromByteOffset: row &+ 16, as: SIMD16<Int8>.self))
                    position &+= 1
                }
                low &+= SIMD16<Int32>(truncatingIfNeeded: narrowLow)
                high &+= SIMD16<Int32>(truncatingIfNeeded: narrowHigh)
            }
        }
        HashedLinearModel.keep(touched)
        if sums.count != classes { sums = [Int32](repeating: 0, count: classes) }
        for index in 0..<classes { sums[index] = index < 16 ? low[index] : high[index - 16] }
    }
}
