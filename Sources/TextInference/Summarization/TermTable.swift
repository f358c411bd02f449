/// Fast lookups keyed by term hashes (already well mixed, so no re-hashing is needed).
///
/// `TermSet` is a sorted array searched by bisection, for small fixed word lists;
/// `TermIndex` is an open-addressing table with linear probing that numbers terms 0, 1, 2, …
/// in first-seen order.
struct TermSet: Sendable {
    private let sorted: [UInt64]
    /// One bit per low 12 bits of a member's hash: most non-members are rejected with one load.
    private let filter: [UInt64]

    init<S: Sequence>(_ terms: S) where S.Element == UInt64 {
        sorted = Array(Set(terms)).sorted()
        var filter = [UInt64](repeating: 0, count: 64)
        for term in sorted { filter[Int(term & 0xFFF) >> 6] |= 1 << (term & 63) }
        self.filter = filter
    }

    func contains(_ term: UInt64) -> Bool {
        guard filter[Int(term & 0xFFF) >> 6] & (1 << (term & 63)) != 0 else { return false }
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < term { low = mid + 1 } else { high = mid }
        }
        return low < sorted.count && sorted[low] == term
    }
}

/// Numbers distinct terms in first-seen order.
struct TermIndex {
    private var keys: [UInt64]
    private var values: [Int32]
    private let mask: Int
    /// Distinct terms numbered so far.
    private(set) var count = 0

    /// A table for up to `capacity` distinct terms.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    /// The number of `term`, assigning the next one when it is new.
    mutating func id(_ term: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: term ^ (term >> 29)) & mask
        while values[slot] >= 0 {
            if keys[slot] == term { return Int(values[slot]) }
            slot = (slot + 1) & mask
        }
        keys[slot] = term
        values[slot] = Int32(count)
        count += 1
        return count - 1
    }
}
