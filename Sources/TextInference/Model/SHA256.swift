/// A pure-Swift SHA-256 digest used to verify bundled model artifacts.
///
/// Implemented from NIST FIPS 180-4, "Secure Hash Standard (SHS)", August 2015:
/// section 4.1.2 (functions), 4.2.2 (constants), 5.1.1 (padding), 5.3.3 (initial
/// hash value) and 6.2.2 (hash computation). The compression works on raw pointers with the
/// state in locals and eight rounds unrolled per step, so hashing the 15 MB of model artifacts
/// at load costs no allocation per block and no bounds checks.
public enum SHA256 {
    /// The 64 round constants K0...K63 (FIPS 180-4 §4.2.2).
    private static let roundConstants: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    /// The initial hash value H(0) (FIPS 180-4 §5.3.3).
    private static let initialHash: [UInt32] = [
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
    ]

    /// Returns the 32-byte digest of `bytes`.
    public static func digest(_ bytes: [UInt8]) -> [UInt8] {
        var state = initialHash
        bytes.withUnsafeBytes { message in
            roundConstants.withUnsafeBufferPointer { constants in
                withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
                    state.withUnsafeMutableBufferPointer { hash in
                        let fullBlocks = message.count / 64
                        for block in 0..<fullBlocks {
                            compress(message.baseAddress! + block * 64, hash: hash, constants: constants, schedule: schedule)
                        }
                        // Padding (§5.1.1): a single 1 bit, zeros, then the 64-bit big-endian length in bits.
                        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { tail in
                            tail.initialize(repeating: 0)
                            let rest = message.count - fullBlocks * 64
                            for index in 0..<rest { tail[index] = message[fullBlocks * 64 + index] }
                            tail[rest] = 0x80
                            let tailCount = rest < 56 ? 64 : 128
                            let bitLength = UInt64(message.count) &* 8
                            for index in 0..<8 {
                                tail[tailCount - 1 - index] = UInt8(truncatingIfNeeded: bitLength >> UInt64(8 * index))
                            }
                            let raw = UnsafeRawPointer(tail.baseAddress!)
                            for block in 0..<(tailCount / 64) {
                                compress(raw + block * 64, hash: hash, constants: constants, schedule: schedule)
                            }
                        }
                    }
                }
            }
        }
        var output: [UInt8] = []
        output.reserveCapacity(32)
        for word in state {
            output.append(UInt8(truncatingIfNeeded: word >> 24))
            output.append(UInt8(truncatingIfNeeded: word >> 16))
            output.append(UInt8(truncatingIfNeeded: word >> 8))
            output.append(UInt8(truncatingIfNeeded: word))
        }
        return output
    }

    /// Returns the digest of `bytes` as 64 lowercase hexadecimal characters.
    public static func hexDigest(_ bytes: [UInt8]) -> String {
        LowercaseHex.string(digest(bytes))
    }

    /// Processes the 512-bit block at `block` (FIPS 180-4 §6.2.2, steps 1–4).
    @inline(__always)
    private static func compress(
        _ block: UnsafeRawPointer, hash: UnsafeMutableBufferPointer<UInt32>,
        constants: UnsafeBufferPointer<UInt32>, schedule: UnsafeMutableBufferPointer<UInt32>
    ) {
        let k = constants.baseAddress!
        let w = schedule.baseAddress!
        for index in 0..<16 {
            w[index] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self))
        }
        for index in 16..<64 {
            let w15 = w[index - 15]
            let w2 = w[index - 2]
            let sigma0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 >> 3)
            let sigma1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 >> 10)
            w[index] = w[index - 16] &+ sigma0 &+ w[index - 7] &+ sigma1
        }
        let h0 = hash.baseAddress!
        var a = h0[0], b = h0[1], c = h0[2], d = h0[3]
        var e = h0[4], f = h0[5], g = h0[6], h = h0[7]
        // Eight rounds per step; renaming the working variables replaces the per-round shuffle.
        for index in stride(from: 0, to: 64, by: 8) {
            round(a, b, c, &d, e, f, g, &h, k[index] &+ w[index])
            round(h, a, b, &c, d, e, f, &g, k[index + 1] &+ w[index + 1])
            round(g, h, a, &b, c, d, e, &f, k[index + 2] &+ w[index + 2])
            round(f, g, h, &a, b, c, d, &e, k[index + 3] &+ w[index + 3])
            round(e, f, g, &h, a, b, c, &d, k[index + 4] &+ w[index + 4])
            round(d, e, f, &g, h, a, b, &c, k[index + 5] &+ w[index + 5])
            round(c, d, e, &f, g, h, a, &b, k[index + 6] &+ w[index + 6])
            round(b, c, d, &e, f, g, h, &a, k[index + 7] &+ w[index + 7])
        }
        h0[0] &+= a; h0[1] &+= b; h0[2] &+= c; h0[3] &+= d
        h0[4] &+= e; h0[5] &+= f; h0[6] &+= g; h0[7] &+= h
    }

    /// One round: `d` gains T1 and `h` becomes T1 + T2, the caller renaming the rest (§6.2.2 step 3).
    @inline(__always)
    private static func round(
        _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
        _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ constantPlusWord: UInt32
    ) {
        let bigSigma1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
        let choose = (e & f) ^ (~e & g)
        let t1 = h &+ bigSigma1 &+ choose &+ constantPlusWord
        let bigSigma0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
        let majority = (a & b) ^ (a & c) ^ (b & c)
        d &+= t1
        h = t1 &+ bigSigma0 &+ majority
    }

    /// Rotates `value` right by `count` bits (ROTR, §3.2).
    @inline(__always)
    private static func rotr(_ value: UInt32, _ count: UInt32) -> UInt32 {
        (value >> count) | (value << (32 - count))
    }
}
