extension HashedLinearModel {
    /// The integer class sums of each feature list (what ``logits(features:sums:into:)`` sums), for
    /// many lists at once.
    ///
    /// The features of all lists are counting-sorted by bucket, then the table is swept once in
    /// ascending bucket order: each needed row is read once per call and the reads are sequential,
    /// instead of one random (usually cache-missing) read per feature. Integer addition does not
    /// depend on order, so each list's sums equal those of the one-list call.
    func classSums(of lists: [[UInt32]]) -> [[Int32]] {
        let buckets = 1 << bucketBits
        let mask = bucketMask
        let stride = rowStride
        let blocks = stride / 16
        let total = lists.reduce(0) { $0 + $1.count }
        // starts[b]..<starts[b + 1] are the positions of bucket b's features in `owners`.
        var starts = [Int32](repeating: 0, count: buckets + 1)
        var owners = [UInt32](repeating: 0, count: total)
        var accumulators = [SIMD16<Int32>](repeating: .zero, count: lists.count * blocks)
        // Each list sums into Int16 lanes first (half the memory traffic of Int32 lanes per feature),
        // moved to `accumulators` after every 256 of its features: 256 × 128 fits in Int16.
        var narrow = [SIMD16<Int16>](repeating: .zero, count: lists.count * blocks)
        var sinceFlush = [Int32](repeating: 0, count: lists.count)
        starts.withUnsafeMutableBufferPointer { starts in
            for list in lists {
                for feature in list { starts[Int(feature & mask) &+ 1] &+= 1 }
            }
            for bucket in 0..<buckets { starts[bucket &+ 1] &+= starts[bucket] }
            var cursor = Array(starts[0..<buckets])
            owners.withUnsafeMutableBufferPointer { owners in
                cursor.withUnsafeMutableBufferPointer { cursor in
                    for (owner, list) in lists.enumerated() {
                        for feature in list {
                            let bucket = Int(feature & mask)
                            owners[Int(cursor[bucket])] = UInt32(owner)
                            cursor[bucket] &+= 1
                        }
                    }
                }
                paddedRows.withUnsafeBytes { table in
                    accumulators.withUnsafeMutableBufferPointer { accumulators in
                        narrow.withUnsafeMutableBufferPointer { narrow in
                            sinceFlush.withUnsafeMutableBufferPointer { sinceFlush in
                                withUnsafeTemporaryAllocation(of: SIMD16<Int16>.self, capacity: blocks) { row in
                                    for bucket in 0..<buckets {
                                        let lower = Int(starts[bucket]), upper = Int(starts[bucket &+ 1])
                                        guard lower < upper else { continue }
                                        for block in 0..<blocks {
                                            let weights = table.loadUnaligned(fromByteOffset: bucket &* stride &+ block &* 16, as: SIMD16<Int8>.self)
                                            row[block] = SIMD16<Int16>(truncatingIfNeeded: weights)
                                        }
                                        for position in lower..<upper {
                                            Self.addRow(UnsafePointer(row.baseAddress!), blocks: blocks, owner: Int(owners[position]),
                                                        narrow: narrow.baseAddress!, accumulators: accumulators.baseAddress!,
                                                        sinceFlush: sinceFlush.baseAddress!)
                                        }
                                    }
                                    for index in 0..<narrow.count {
                                        accumulators[index] &+= SIMD16<Int32>(truncatingIfNeeded: narrow[index])
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        let classes = classCount
        return (0..<lists.count).map { owner in
            var sums = [Int32](repeating: 0, count: classes)
            for index in 0..<classes { sums[index] = accumulators[owner &* blocks &+ index / 16][index % 16] }
            return sums
        }
    }

    /// Adds a row (Int16 lanes) to list `owner`'s narrow sums and, after every 256 rows, moves them to its
    /// Int32 accumulators (256 × 128 fits in Int16).
    @inline(__always)
    static func addRow(_ row: UnsafePointer<SIMD16<Int16>>, blocks: Int, owner: Int, narrow: UnsafeMutablePointer<SIMD16<Int16>>,
                       accumulators: UnsafeMutablePointer<SIMD16<Int32>>, sinceFlush: UnsafeMutablePointer<Int32>) {
        let base = owner &* blocks
        for block in 0..<blocks { narrow[base &+ block] &+= row[block] }
        sinceFlush[owner] &+= 1
        if sinceFlush[owner] == 256 {
            sinceFlush[owner] = 0
            for block in 0..<blocks {
                accumulators[base &+ block] &+= SIMD16<Int32>(truncatingIfNeeded: narrow[base &+ block])
                narrow[base &+ block] = .zero
            }
        }
    }
}
