/// The tests' reproducible pseudo-random numbers: a 64-bit linear congruential generator (Knuth's MMIX
/// constants) whose top 31 bits are returned, so a seed always gives the same sequence.
struct TestRandom {
    /// The generator state; the seed is its first value.
    var state: UInt64

    /// The next value, in `0..<2^31`.
    mutating func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state >> 33
    }

    /// A value in `low..<high`.
    mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * Double(next() % 1_000_000) / 1_000_000
    }
}
