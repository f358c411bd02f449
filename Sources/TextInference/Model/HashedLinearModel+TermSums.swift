extension HashedLinearModel {
    /// One text's TF-IDF totals from ``termSums(of:idf:)``.
    struct TermSums {
        /// Integer class sums of the distinct buckets' rows (each once).
        var sums: [Int32]
        /// Class sums of `(termWeight(tf) − 1)` × the row of each bucket seen `tf ≥ 2` times.
        var extraSums: [Double]
        /// The squared L2 norm of the text's TF-IDF vector.
        var normSquared: Double
    }

    /// ``TriageTermWeights/split(_:distinct:repeated:extra:)`` followed by the row sums, for many feature
    /// lists at once, in one ascending sweep over the table (as ``classSums(of:)``).
    ///
    /// The counting sort by bucket keeps each list's features of one bucket adjacent, so a run's length
    /// is the bucket's term frequency in that list: the row is added once in integers (Int16 lanes
    /// flushed every 256 buckets, as in ``classSums(of:)``) and, for tf ≥ 2, `termWeight(tf) − 1` times
    /// more: for tf up to 1 + ``frequencyClasses`` (most repeats; every word and bigram at word weight 2 has
    /// an even tf) the row joins an Int16 sum of that text and tf, multiplied once per 256 rows; higher tf
    /// in Double. Every product and sum is exact (see ``TriageIDF/termWeight(_:)``), so the totals equal the
    /// one-text path's bit for bit.
    func termSums(of lists: [[UInt32]], idf: [UInt8]) -> [TermSums] {
        let buckets = 1 << bucketBits
        let mask = bucketMask
        let stride = rowStride
        let blocks = stride / 16
        let classes = classCount
        let texts = lists.count
        let total = lists.reduce(0) { $0 + $1.count }
        // starts[b]..<starts[b + 1] are the positions of bucket b's features in `owners`.
        let starts = UnsafeMutablePointer<Int32>.allocate(capacity: buckets + 1)
        let cursor = UnsafeMutablePointer<Int32>.allocate(capacity: buckets)
        let owners = UnsafeMutablePointer<UInt32>.allocate(capacity: max(total, 1))
        let accumulators = UnsafeMutablePointer<SIMD16<Int32>>.allocate(capacity: texts * blocks)
        let narrow = UnsafeMutablePointer<SIMD16<Int16>>.allocate(capacity: texts * blocks)
        // Rows of the buckets seen 2…(1 + frequencyClasses) times, one Int16 sum per text and frequency
        // (class c holds tf = c + 2), moved to `extras` (× termWeight(tf) − 1) after 256 of the text's rows.
        let classes16 = Self.frequencyClasses
        let frequent = UnsafeMutablePointer<SIMD16<Int16>>.allocate(capacity: texts * classes16 * blocks)
        let frequentSinceFlush = UnsafeMutablePointer<Int32>.allocate(capacity: texts)
        let extras = UnsafeMutablePointer<SIMD16<Double>>.allocate(capacity: texts * blocks)
        let sinceFlush = UnsafeMutablePointer<Int32>.allocate(capacity: texts)
        let norms = UnsafeMutablePointer<Double>.allocate(capacity: texts)
        let row = UnsafeMutablePointer<SIMD16<Int16>>.allocate(capacity: blocks)
        defer {
            starts.deallocate(); cursor.deallocate(); owners.deallocate(); accumulators.deallocate(); narrow.deallocate()
            frequent.deallocate(); frequentSinceFlush.deallocate(); extras.deallocate(); sinceFlush.deallocate()
            norms.deallocate(); row.deallocate()
        }
        starts.initialize(repeating: 0, count: buckets + 1)
        accumulators.initialize(repeating: .zero, count: texts * blocks)
        narrow.initialize(repeating: .zero, count: texts * blocks)
        frequent.initialize(repeating: .zero, count: texts * classes16 * blocks)
        frequentSinceFlush.initialize(repeating: 0, count: texts)
        extras.initialize(repeating: .zero, count: texts * blocks)
        sinceFlush.initialize(repeating: 0, count: texts)
        norms.initialize(repeating: 0, count: texts)
        for list in lists {
            for feature in list { starts[Int(feature & mask) &+ 1] &+= 1 }
        }
        for bucket in 0..<buckets { starts[bucket &+ 1] &+= starts[bucket] }
        cursor.update(from: starts, count: buckets)
        for (owner, list) in lists.enumerated() {
            for feature in list {
                let bucket = Int(feature & mask)
                owners[Int(cursor[bucket])] = UInt32(owner)
                cursor[bucket] &+= 1
            }
        }
        // Per term frequency below 256: the squared term weight and the extra factor (exact, see termWeight).
        let weightTable = (0..<256).map { Double(TriageIDF.termWeight($0)) }
        let squaredWeights = weightTable.map { $0 * $0 }
        // The extra factor of each frequency class.
        let classFactors = (0..<classes16).map { SIMD16<Double>(repeating: weightTable[$0 &+ 2] - 1) }
        // The sweep, with the block count as an argument: the shipped triage model (77 classes, 5 blocks)
        // gets a copy whose row loops are unrolled.
        @inline(__always) func sweep(blocks: Int) {
            paddedRows.withUnsafeBytes { table in
                idf.withUnsafeBufferPointer { idf in
                    for bucket in 0..<buckets {
                        var position = Int(starts[bucket])
                        let upper = Int(starts[bucket &+ 1])
                        guard position < upper else { continue }
                        for block in 0..<blocks {
                            let weights = table.loadUnaligned(fromByteOffset: bucket &* stride &+ block &* 16, as: SIMD16<Int8>.self)
                            row[block] = SIMD16<Int16>(truncatingIfNeeded: weights)
                        }
                        let bucketIDF = idf[bucket]
                        let squaredIDF = Double(bucketIDF) * Double(bucketIDF) / 256
                        while position < upper {
                            let owner = Int(owners[position])
                            var end = position &+ 1
                            while end < upper && Int(owners[end]) == owner { end &+= 1 }
                            let frequency = end &- position
                            let base = owner &* blocks
                            Self.addRow(UnsafePointer(row), blocks: blocks, owner: owner, narrow: narrow, accumulators: accumulators,
                                        sinceFlush: sinceFlush)
                            if frequency == 1 {
                                norms[owner] += squaredIDF
                            } else if frequency < 256 {
                                norms[owner] += squaredWeights[frequency] * squaredIDF
                            } else {
                                norms[owner] += TriageTermWeights.squaredValue(frequency: frequency, idfSixteenths: bucketIDF)
                            }
                            if frequency >= 2 && frequency < 2 &+ classes16 {
                                let target = (owner &* classes16 &+ frequency &- 2) &* blocks
                                for block in 0..<blocks { frequent[target &+ block] &+= row[block] }
                                frequentSinceFlush[owner] &+= 1
                                if frequentSinceFlush[owner] == 256 {
                                    frequentSinceFlush[owner] = 0
                                    Self.flushFrequent(owner: owner, blocks: blocks, factors: classFactors, frequent: frequent, extras: extras)
                                }
                            } else if frequency > 2 {
                                let factor = SIMD16<Double>(
                                    repeating: frequency < 256 ? weightTable[frequency] - 1 : Double(TriageIDF.termWeight(frequency) - 1))
                                for block in 0..<blocks { extras[base &+ block] += factor * SIMD16<Double>(row[block]) }
                            }
                            position = end
                        }
                    }
                }
            }
        }
        if blocks == 5 { sweep(blocks: 5) } else { sweep(blocks: blocks) }
        for index in 0..<(texts * blocks) { accumulators[index] &+= SIMD16<Int32>(truncatingIfNeeded: narrow[index]) }
        return (0..<texts).map { owner in
            Self.flushFrequent(owner: owner, blocks: blocks, factors: classFactors, frequent: frequent, extras: extras)
            var sums = [Int32](repeating: 0, count: classes)
            var extraSums = [Double](repeating: 0, count: classes)
            for index in 0..<classes {
                let block = owner &* blocks &+ index / 16
                sums[index] = accumulators[block][index % 16]
                extraSums[index] = extras[block][index % 16]
            }
            return TermSums(sums: sums, extraSums: extraSums, normSquared: norms[owner])
        }
    }

    /// Term frequencies 2…(1 + this) summed per frequency in Int16 lanes by ``termSums(of:idf:)``.
    static let frequencyClasses = 5

    /// Adds text `owner`'s per-frequency Int16 row sums, each × its class factor, to its Double extras and
    /// clears them. Products and sums are exact (whole 256ths far below 2^53), so when this happens does not
    /// change the totals.
    private static func flushFrequent(
        owner: Int, blocks: Int, factors: [SIMD16<Double>], frequent: UnsafeMutablePointer<SIMD16<Int16>>,
        extras: UnsafeMutablePointer<SIMD16<Double>>
    ) {
        let base = owner &* blocks
        for (index, factor) in factors.enumerated() {
            let source = (owner &* factors.count &+ index) &* blocks
            for block in 0..<blocks {
                extras[base &+ block] += factor * SIMD16<Double>(frequent[source &+ block])
                frequent[source &+ block] = .zero
            }
        }
    }
}
