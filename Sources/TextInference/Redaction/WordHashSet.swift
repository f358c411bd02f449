/// A fixed set of 64-bit word hashes (``WordHash``) with an open-addressing look-up.
///
/// Answers exactly what `Set<UInt64>.contains` answers for the same values, but the values are
/// already FNV-1a hashes, so a probe needs one multiply instead of a SipHash round per look-up.
/// A large set (the given-name and surname lexicons, ≈ 10,000 members) also keeps a one-bit-per-
/// member bloom filter of about 13 bits per member: most probes of words that are no member then
/// read only that small array and skip the slot table, a likely cache miss.
struct WordHashSet: Sendable {
    /// Per slot: a member, or 0 for an empty slot (0 itself is recorded in ``containsZero``).
    private let slots: [UInt64]
    /// `slots.count - 1` (a power of two minus one).
    private let mask: Int
    /// Whether 0 is a member.
    private let containsZero: Bool
    /// The number of members.
    let count: Int
    /// Bit ``bloomBit(_:_:)`` of every member, for sets of more than ``bloomThreshold`` members;
    /// empty otherwise (a small table stays in cache and needs no filter).
    private let bloom: [UInt64]
    /// `bloom.count * 64 - 1`, or 0 without a filter.
    private let bloomMask: Int

    /// Sets with more members than this get a bloom filter.
    static let bloomThreshold = 1024

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
        count = values.count
        if values.count > Self.bloomThreshold {
            // A power of two of bits, at least 8 per member (capacity is 4 to 8 times the count).
            let bits = capacity * 2
            var filter = [UInt64](repeating: 0, count: bits / 64)
            for value in values {
                let bit = Self.bloomBit(value, bits - 1)
                filter[bit >> 6] |= 1 << UInt64(bit & 63)
            }
            bloom = filter
            bloomMask = bits - 1
        } else {
            bloom = []
            bloomMask = 0
        }
    }

    /// The first slot probed for `value`.
    @inline(__always) private static func slot(_ value: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (value &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The bloom-filter bit of `value` (a multiplier independent of ``slot(_:_:)``'s).
    @inline(__always) private static func bloomBit(_ value: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (value &* 0xD6E8_FEB8_6659_FD93) >> 29) & mask
    }

    /// Whether `value` is a member.
    @inline(__always) func contains(_ value: UInt64) -> Bool {
        if value == 0 { return containsZero }
        if bloomMask != 0 {
            // A member always has its bit set: a clear bit means no member.
            let bit = Self.bloomBit(value, bloomMask)
            if bloom[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return false }
        }
        var slot = Self.slot(value, mask)
        while true {
            let stored = slots[slot]
            if stored == value { return true }
            if stored == 0 { return false }
            slot = (slot + 1) & mask
        }
    }

    /// Whether a whole word of `text` within `from..<to` (letters only, folded) is a member.
    func containsWord(of text: ScannedText, from: Int, to: Int) -> Bool {
        let v = text.values
        var i = from
        while i < to {
            guard ScalarClass.isLetter(v[i]), i == 0 || !ScalarClass.isLetter(v[i - 1]) else {
                i += 1
                continue
            }
            var e = i
            while e < v.count, ScalarClass.isLetter(v[e]) { e += 1 }
            if contains(WordHash.of(text.folded, i, e)) { return true }
            i = e
        }
        return false
    }
}
