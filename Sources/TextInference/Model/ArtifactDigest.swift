import Crypto

/// The SHA-256 of a model artifact through swift-crypto, for the checksum check at load.
///
/// Verifying the 15 MB of bundled artifacts with the pure-Swift ``SHA256`` took about 50 ms of CPU
/// per process start; swift-crypto (BoringSSL's SHA extensions / AVX2 code on Linux, CryptoKit on
/// Apple platforms) gives the same digest several times faster. ``SHA256`` stays for HMAC and for
/// writing manifests, and the tests check that the two agree.
enum ArtifactDigest {
    /// Returns the SHA-256 of `bytes` as 64 lowercase hexadecimal characters.
    static func hex(_ bytes: [UInt8]) -> String {
        LowercaseHex.string(Crypto.SHA256.hash(data: bytes))
    }
}
