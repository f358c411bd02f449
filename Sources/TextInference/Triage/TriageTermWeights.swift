/// The TF-IDF weighting of the triage linear member at run time: per-bucket idf in sixteenths.
///
/// A message's feature vector is `(1 + ln tf) · idf` per distinct bucket, L2-normalised (sublinear
/// TF-IDF, as the TF-IDF + LinearSVC baseline). The idf is folded into the linear weights at export, so
/// each distinct bucket's Int8 row is summed once in integers as before; a bucket seen `tf ≥ 2` times
/// adds `ln tf` × its row more, and only the norm reads this table.
///
/// Binary layout (format version 1, little-endian), written between the linear record and the
/// embedding records of `triage.ssm`: `"SSTW"` magic, UInt16 format version, UInt8 bucket bits,
/// UInt32 count + UInt8 idf × 16 per bucket.
struct TriageTermWeights: Sendable {
    /// The four magic bytes that open the record.
    static let magic: [UInt8] = Array("SSTW".utf8)
    /// The only format version this build reads and writes.
    static let formatVersion: UInt16 = 1

    /// log2 of the bucket count (the linear model's).
    let bucketBits: Int
    /// idf × 16 per bucket, each at least 1.
    let idf: [UInt8]

    /// Wraps a table of `1 << bucketBits` sixteenths.
    init(bucketBits: Int, idf: [UInt8]) throws {
        guard bucketBits > 0, bucketBits <= 24, idf.count == 1 << bucketBits, !idf.contains(0) else {
            throw ModelError.invalidContent(reason: "term weights: \(idf.count) entries (zero or not 2^\(bucketBits))")
        }
        self.bucketBits = bucketBits
        self.idf = idf
    }

    /// Decodes one record at the reader's position.
    init(reader: inout ModelBinaryReader) throws {
        guard try reader.readRaw(count: 4) == Self.magic else { throw ModelError.wrongFormat(expectedMagic: "SSTW") }
        let format = try reader.readUInt16()
        guard format == Self.formatVersion else {
            throw ModelError.unsupportedFormatVersion(found: Int(format), supported: Int(Self.formatVersion))
        }
        let bucketBits = Int(try reader.readUInt8())
        let count = Int(try reader.readUInt32())
        try self.init(bucketBits: bucketBits, idf: try reader.readRaw(count: count))
    }

    /// Appends the record to `writer`.
    func serialize(into writer: inout ModelBinaryWriter) {
        writer.write(raw: Self.magic)
        writer.write(Self.formatVersion)
        writer.write(UInt8(bucketBits))
        writer.write(UInt32(idf.count))
        writer.write(raw: idf)
    }

    /// Splits a feature bag into its distinct buckets (`distinct`, in first-seen order) and, for each
    /// bucket seen `tf ≥ 2` times, the bucket and `ln tf` (`repeated`, `extra`); returns the inverse L2
    /// norm of the TF-IDF vector (0 for an empty bag).
    func split(
        _ features: [UInt32], distinct: inout [UInt32], repeated: inout [UInt32], extra: inout [Float]
    ) -> Double {
        distinct.removeAll(keepingCapacity: true)
        repeated.removeAll(keepingCapacity: true)
        extra.removeAll(keepingCapacity: true)
        let count = features.count
        guard count > 0 else { return 0 }
        let mask = UInt32((1 << bucketBits) - 1)
        var capacity = 16
        while capacity < 2 * count { capacity <<= 1 }
        let shift = UInt64(64 - capacity.trailingZeroBitCount)
        let slotMask = capacity - 1
        var norm = 0.0
        // Open addressing: a slot holds bucket + 1 (0 = empty) in its low half and the count in its
        // high half, so a probe is one load; `order` keeps the slots in first-seen order.
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: capacity) { slots in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: count) { order in
                slots.initialize(repeating: 0)
                var distinctCount = 0
                features.withUnsafeBufferPointer { features in
                    for feature in features {
                        let key = UInt64(feature & mask) &+ 1
                        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
                        while true {
                            let entry = slots[slot]
                            if entry & 0xFFFF_FFFF == key {
                                slots[slot] = entry &+ (1 << 32)
                                break
                            }
                            if entry == 0 {
                                slots[slot] = key | (1 << 32)
                                order[distinctCount] = UInt32(truncatingIfNeeded: slot)
                                distinctCount &+= 1
                                break
                            }
                            slot = (slot &+ 1) & slotMask
                        }
                    }
                }
                // The distinct buckets replace their slot indices in `order` (each index is read before
                // it is overwritten), then are appended in one copy.
                let buckets = order.baseAddress!
                idf.withUnsafeBufferPointer { idf in
                    for index in 0..<distinctCount {
                        let entry = slots[Int(order[index])]
                        let bucket = UInt32(truncatingIfNeeded: entry) &- 1
                        let frequency = Int(truncatingIfNeeded: entry >> 32)
                        buckets[index] = bucket
                        if frequency == 1 {
                            let value = Double(idf[Int(bucket)])
                            norm += value * value / 256
                        } else {
                            norm += Self.squaredValue(frequency: frequency, idfSixteenths: idf[Int(bucket)])
                            repeated.append(bucket)
                            extra.append(TriageIDF.termWeight(frequency) - 1)
                        }
                    }
                }
                distinct.append(contentsOf: UnsafeBufferPointer(start: buckets, count: distinctCount))
            }
        }
        return norm > 0 ? 1 / norm.squareRoot() : 0
    }

    /// The squared TF-IDF value of a bucket seen `frequency` times: `((1 + ln tf) · idf)²`, exact in Double
    /// (term weights are multiples of 1/256, idf of 1/16), so any summation order gives the same norm.
    @inline(__always)
    static func squaredValue(frequency: Int, idfSixteenths: UInt8) -> Double {
        let value = Double(TriageIDF.termWeight(frequency)) * Double(idfSixteenths)
        return value * value / 256
    }
}
