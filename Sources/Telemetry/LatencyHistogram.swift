import Synchronization

/// A thread-safe latency histogram with log-linear buckets (about 3% relative error).
///
/// Values are microseconds. Each power of two is split into 32 linear sub-buckets, so memory is
/// fixed (about 1.3k counters) whatever the range, like an HDR histogram with 1.5 significant digits.
public final class LatencyHistogram: Sendable {
    private static let subBuckets = 32
    private static let magnitudes = 40
    private let counts: Mutex<[UInt64]>

    /// Creates an empty histogram.
    public init() {
        counts = Mutex([UInt64](repeating: 0, count: Self.subBuckets * Self.magnitudes))
    }

    /// Records one value in microseconds (negative values count as zero).
    public func record(_ microseconds: Int64) {
        let index = Self.bucket(of: UInt64(max(0, microseconds)))
        counts.withLock { $0[index] += 1 }
    }

    /// The number of recorded values.
    public var count: UInt64 { counts.withLock { $0.reduce(0, +) } }

    /// The value at quantile `q` (0...1), as the upper bound of its bucket; 0 when empty.
    public func quantile(_ q: Double) -> Int64 {
        let snapshot = counts.withLock { $0 }
        let total = snapshot.reduce(0, +)
        guard total > 0 else { return 0 }
        let rank = UInt64((Double(total) * min(max(q, 0), 1)).rounded(.up))
        var seen: UInt64 = 0
        for (index, count) in snapshot.enumerated() where count > 0 {
            seen += count
            if seen >= max(rank, 1) { return Int64(Self.upperBound(of: index)) }
        }
        return Int64(Self.upperBound(of: snapshot.count - 1))
    }

    /// Clears all counts.
    public func reset() {
        counts.withLock { counts in
            for index in counts.indices { counts[index] = 0 }
        }
    }

    /// Bucket index: values below 32 are exact; above, each power of two gets 32 linear buckets.
    static func bucket(of value: UInt64) -> Int {
        if value < UInt64(subBuckets) { return Int(value) }
        let msb = 63 - value.leadingZeroBitCount          // >= 5
        let shift = msb - 5
        let sub = Int(value >> UInt64(shift)) - subBuckets  // 0..<32
        return min((msb - 4) * subBuckets + sub, subBuckets * magnitudes - 1)
    }

    /// The largest value that falls into a bucket.
    static func upperBound(of index: Int) -> UInt64 {
        if index < subBuckets { return UInt64(index) }
        let shift = index / subBuckets - 1
        let sub = index % subBuckets
        return (UInt64(subBuckets + sub + 1) << UInt64(shift)) - 1
    }
}
