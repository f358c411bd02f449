/// A fixed set of 64-bit word hashes (``WordHash``) with an open-addressing look-up.
///
/// Answers exactly what `Set<UInt64>.contains` answers for the same values, but the values are
/// already FNV-1a hashes, so a probe needs one multiply instead of a SipHash round per look-up.
struct WordHashSet: Sendable {
    /// Per slot: a member, or 0 for an empty slot (0 itself is recorded in ``containsZero``).
    private let slots: [UInt64]
    /// `slots.count - 1` (a power of two minus one).
    private let mask: Int
    /// Whether 0 is a member.
    private let containsZero: Bool

    /// A set of `values`.
    init(_ values: Set<UInt64>) {
        var capacity = 8
        while capacity < values.count * 4 { capacity *= 2 }
        var table = [UInt64](repeating: 0, count: capacity)
        for value in values where value != 0 {
            var slot = Self.slot(value, capacity - 1)
            while table[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            table[slot] = value
        }
        slots = table
        mask = capacity - 1
        containsZero = values.contains(0)
    }

    /// The first slot probed for `value`.
    @inline(__always) private static func slot(_ value: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (value &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// Whether `value` is a member.
    @inline(__always) func contains(_ value: UInt64) -> Bool {
        if value == 0 { return containsZero }
        var slot = Self.slot(value, mask)
        while true {
            let stored = slots[slot]
            if stored == value { return true }
            if stored == 0 { return false }
            slot = (slot + 1) & mask
        }
    }
}
