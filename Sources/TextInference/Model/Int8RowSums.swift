/// The Int8 row kernel shared by the hashed models: sums each feature's table row into Int32 totals.
///
/// Rows are `blocks` × 16 Int8 weights at the byte offset `row(feature)`. They are added 16 lanes at a
/// time into Int16 lanes, moved to the Int32 `totals` every 256 features (256 × 128 fits in Int16, so no
/// lane overflows); integer addition does not depend on order, so the totals are exact. A row
/// `readAhead` features ahead is touched (its first and last byte) so its cache miss overlaps the
/// additions; the XOR of those bytes is returned for ``HashedLinearModel/keep(_:)``.
enum Int8RowSums {
    /// Adds the rows of `features` to `totals` (which must hold `blocks` vectors) and returns the
    /// read-ahead byte.
    @inline(__always)
    static func add(
        _ features: UnsafeBufferPointer<UInt32>, table: UnsafeRawBufferPointer, blocks: Int, rowBytes: Int, readAhead: Int,
        into totals: UnsafeMutableBufferPointer<SIMD16<Int32>>, row: (UInt32) -> Int
    ) -> Int8 {
        var touched: Int8 = 0
        withUnsafeTemporaryAllocation(of: SIMD16<Int16>.self, capacity: blocks) { lanes in
            let count = features.count
            var position = 0
            while position < count {
                let end = min(count, position &+ 256)
                for block in 0..<blocks { lanes[block] = .zero }
                while position < end {
                    let ahead = position &+ readAhead
                    if ahead < count {
                        let next = row(features[ahead])
                        touched ^= table.load(fromByteOffset: next, as: Int8.self)
                            ^ table.load(fromByteOffset: next &+ rowBytes &- 1, as: Int8.self)
                    }
                    let base = row(features[position])
                    for block in 0..<blocks {
                        let weights = table.loadUnaligned(fromByteOffset: base &+ block &* 16, as: SIMD16<Int8>.self)
                        lanes[block] &+= SIMD16<Int16>(truncatingIfNeeded: weights)
                    }
                    position &+= 1
                }
                for block in 0..<blocks { totals[block] &+= SIMD16<Int32>(truncatingIfNeeded: lanes[block]) }
            }
        }
        return touched
    }
}
