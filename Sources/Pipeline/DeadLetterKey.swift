import Crypto
import Foundation

/// The AES-256 key that encrypts dead-letter payloads, read from the environment only.
public struct DeadLetterKey: Sendable {
    /// The environment variable holding the key: base64 of 32 random bytes
    /// (e.g. `openssl rand -base64 32`).
    public static let environmentVariable = "SUPPORTSTREAM_DLQ_KEY"

    private let bytes: [UInt8]
    /// A short public fingerprint of the key (first 8 bytes of its SHA-256, hex), stored with each
    /// encrypted payload so a decryptor can tell a wrong key from a damaged record.
    public let id: String

    /// Parses base64 of exactly 32 bytes; the error never contains the value.
    public init(base64: String) throws(ConfigurationError) {
        guard let bytes = Data(base64Encoded: base64.trimmingCharacters(in: .whitespacesAndNewlines)), bytes.count == 32 else {
            throw .invalidValue(key: Self.environmentVariable, reason: "must be base64 of exactly 32 bytes (openssl rand -base64 32)",
                                origin: "environment")
        }
        self.bytes = Array(bytes)
        id = SHA256.hash(data: bytes).prefix(8).map { String(format: "%02x", $0) }.joined()
    }

    /// The key for CryptoKit calls (built on use: `SymmetricKey` is not `Sendable`).
    var key: SymmetricKey { SymmetricKey(data: bytes) }

    /// The key from `environment`, or `nil` when the variable is unset or empty.
    public static func fromEnvironment(_ environment: [String: String]) throws(ConfigurationError) -> DeadLetterKey? {
        guard let raw = environment[environmentVariable], !raw.isEmpty else { return nil }
        return try DeadLetterKey(base64: raw)
    }
}
