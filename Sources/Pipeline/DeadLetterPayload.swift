import Crypto
import Foundation
import Logging

/// Protects the original bytes of a dead letter: encrypts, keeps or drops them (see ``DeadLetterPayloadMode``).
public struct DeadLetterPayload: Sendable {
    /// The configured mode.
    public let mode: DeadLetterPayloadMode
    /// The key for ``DeadLetterPayloadMode/encrypted``; without it the payload is dropped.
    public let key: DeadLetterKey?

    /// Creates a payload policy.
    public init(mode: DeadLetterPayloadMode, key: DeadLetterKey? = nil) {
        self.mode = mode
        self.key = key
    }

    /// Whether encryption was asked for but no key is available, so payloads are dropped.
    public var missingKey: Bool { mode == .encrypted && key == nil }

    /// An AES-256-GCM sealed payload, each field in standard base64 (`original_encrypted`).
    public struct Encrypted: Codable, Sendable, Equatable {
        public var alg = "A256GCM"
        public var keyID: String
        public var nonce: String
        public var ciphertext: String
        public var tag: String

        enum CodingKeys: String, CodingKey {
            case alg, nonce, ciphertext, tag
            case keyID = "key_id"
        }
    }

    /// The payload fields of a dead letter for `kept` (the bytes forwarded, possibly a prefix of `original`).
    func fields(original: [UInt8], kept: [UInt8]) -> (base64: String?, encrypted: Encrypted?, sha256: String?) {
        switch mode {
        case .plain:
            return (Data(kept).base64EncodedString(), nil, nil)
        case .drop:
            return (nil, nil, Self.sha256Hex(original))
        case .encrypted:
            guard let key, let sealed = try? Self.seal(kept, key: key) else { return (nil, nil, Self.sha256Hex(original)) }
            return (nil, sealed, nil)
        }
    }

    /// Encrypts bytes with a fresh random 96-bit nonce.
    public static func seal(_ bytes: [UInt8], key: DeadLetterKey) throws -> Encrypted {
        let box = try AES.GCM.seal(bytes, using: key.key)
        return Encrypted(keyID: key.id, nonce: Data(box.nonce).base64EncodedString(),
                         ciphertext: box.ciphertext.base64EncodedString(), tag: box.tag.base64EncodedString())
    }

    /// Decrypts a sealed payload; throws ``DeadLetterDecryptError`` on a wrong key or damaged record.
    public static func open(_ sealed: Encrypted, key: DeadLetterKey) throws(DeadLetterDecryptError) -> [UInt8] {
        guard sealed.alg == "A256GCM" else { throw .unsupportedAlgorithm(sealed.alg) }
        guard sealed.keyID == key.id else { throw .wrongKey(recordKeyID: sealed.keyID, keyID: key.id) }
        guard let nonceBytes = Data(base64Encoded: sealed.nonce), let ciphertext = Data(base64Encoded: sealed.ciphertext),
              let tag = Data(base64Encoded: sealed.tag), let nonce = try? AES.GCM.Nonce(data: nonceBytes),
              let box = try? AES.GCM.SealedBox(nonce: nonce, ciphertext: ciphertext, tag: tag) else {
            throw .malformed("original_encrypted fields are not valid base64 of the right sizes")
        }
        guard let plain = try? AES.GCM.open(box, using: key.key) else { throw .authenticationFailed }
        return Array(plain)
    }

    /// Lower-case hex SHA-256.
    public static func sha256Hex(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }
}

/// Why a dead letter could not be decrypted; messages never contain payload bytes.
public enum DeadLetterDecryptError: Error, Sendable, Equatable, CustomStringConvertible {
    case wrongKey(recordKeyID: String, keyID: String)
    case authenticationFailed
    case unsupportedAlgorithm(String)
    case malformed(String)
    case noPayload
    /// Only a prefix of the original was kept (a redaction failure keeps none, an original over
    /// 512 KiB keeps its start): raw output would be an empty or cut record. Re-read the source offset.
    case truncated(source: String)

    public var description: String {
        switch self {
        case let .wrongKey(recordKeyID, keyID):
            return "wrong key: the record was encrypted with key_id \(recordKeyID), \(DeadLetterKey.environmentVariable) has key_id \(keyID)"
        case .authenticationFailed:
            return "wrong key or altered record: AES-GCM authentication failed"
        case let .unsupportedAlgorithm(alg):
            return "unsupported alg '\(alg.prefix(16))' (only A256GCM)"
        case let .malformed(detail):
            return "malformed dead letter: \(detail)"
        case .noPayload:
            return "no payload: the record kept only its size and SHA-256 (dlq.payload drop, or no key when written)"
        case let .truncated(source):
            return "truncated payload: only a prefix of the original was kept; re-read it from \(source)"
        }
    }
}

extension DeadLetterPayload {
    /// The policy for `mode` with the key from `environment`. A missing key under `encrypted` is not
    /// an error: payloads are dropped (size and SHA-256 kept) and one warning names the variable.
    public static func load(mode: DeadLetterPayloadMode, environment: [String: String],
                            logger: Logger) throws(ConfigurationError) -> DeadLetterPayload {
        let key = mode == .encrypted ? try DeadLetterKey.fromEnvironment(environment) : nil
        let payload = DeadLetterPayload(mode: mode, key: key)
        if payload.missingKey {
            logger.warning("dlq.payload is encrypted but \(DeadLetterKey.environmentVariable) is not set: dead letters keep only the size and SHA-256 of the original")
        }
        return payload
    }
}
