/// Stable 32-bit hashing of scalar sequences for hashed features (FNV-1a + murmur3 finaliser).
///
/// The values are part of the model format: changing them invalidates trained artifacts.
enum FeatureHash {
    /// FNV-1a offset basis.
    static let basis: UInt32 = 0x811C_9DC5
    /// FNV-1a prime.
    static let prime: UInt32 = 0x0100_0193

    /// Mixes one scalar into a running FNV-1a state.
    @inline(__always)
    static func step(_ state: UInt32, _ value: UInt32) -> UInt32 {
        (state ^ value) &* prime
    }

    /// Finalises a running state with a namespace tag so feature families do not collide systematically.
    @inline(__always)
    static func finish(_ state: UInt32, tag: UInt32) -> UInt32 {
        var h = state ^ (tag &* 0x9E37_79B9)
        h ^= h >> 16
        h = h &* 0x85EB_CA6B
        h ^= h >> 13
        h = h &* 0xC2B2_AE35
        h ^= h >> 16
        return h
    }
}
