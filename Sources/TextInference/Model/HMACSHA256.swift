/// HMAC-SHA256 (RFC 2104) on top of the pure-Swift ``SHA256``.
///
/// HMAC(K, m) = H((K' ⊕ opad) ‖ H((K' ⊕ ipad) ‖ m)), where K' is the key padded with zeros to
/// the 64-byte block size, or first hashed when it is longer than a block (RFC 2104 §2).
/// Verified against the RFC 4231 test vectors.
public enum HMACSHA256 {
    /// SHA-256's block size in bytes.
    private static let blockSize = 64

    /// Returns the 32-byte authentication code of `message` under `key`.
    public static func authenticationCode(key: [UInt8], message: [UInt8]) -> [UInt8] {
        var block = key.count > blockSize ? SHA256.digest(key) : key
        block += [UInt8](repeating: 0, count: blockSize - block.count)
        var inner = block.map { $0 ^ 0x36 }
        inner.append(contentsOf: message)
        var outer = block.map { $0 ^ 0x5c }
        outer.append(contentsOf: SHA256.digest(inner))
        return SHA256.digest(outer)
    }

    /// The code as lowercase hexadecimal.
    public static func hex(key: [UInt8], message: [UInt8]) -> String {
        LowercaseHex.string(authenticationCode(key: key, message: message))
    }
}
