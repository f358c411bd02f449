import Foundation
import KafkaClient

/// Builds `support.dlq` records: the original bytes, where they came from, and why they failed.
public enum DeadLetter {
    /// The JSON payload of a dead letter (contract `support.dlq/v1`).
    public struct Record: Codable, Sendable, Equatable {
        public var schema = "support.dlq/v1"
        public var reasonCode: String
        public var reason: String
        public var source: Source
        /// The original bytes in base64 (`dlq.payload: plain`).
        public var originalBase64: String?
        /// The original bytes encrypted (`dlq.payload: encrypted` with a key).
        public var originalEncrypted: DeadLetterPayload.Encrypted?
        /// SHA-256 (hex) of the whole original, when its bytes are not kept.
        public var originalSha256: String?
        /// Present and `true` when only a prefix of the original is kept (it was too large to forward).
        public var originalTruncated: Bool?
        /// Size of the whole original record in bytes.
        public var originalSizeBytes: Int?
        public var failedAt: String

        /// Source coordinates of the failed record.
        public struct Source: Codable, Sendable, Equatable {
            public var topic: String
            public var partition: Int32
            public var offset: Int64
            public var key: String?
        }

        enum CodingKeys: String, CodingKey {
            case schema, reason, source
            case reasonCode = "reason_code"
            case originalBase64 = "original_base64"
            case originalEncrypted = "original_encrypted"
            case originalSha256 = "original_sha256"
            case originalTruncated = "original_truncated"
            case originalSizeBytes = "original_size_bytes"
            case failedAt = "failed_at"
        }
    }

    /// Largest original kept whole in a dead letter: base64 grows it by a third, and the DLQ topic
    /// and producers refuse records over `message.max.bytes` (1 MB by default). Larger originals keep this many leading bytes. Default: 512 KiB.
    public static let defaultMaxOriginalBytes = 512 * 1024

    /// The same dead letter without the original's bytes (`original_truncated`), for one the DLQ
    /// topic refused as too large; `nil` when it keeps none already or is not a dead letter.
    public static func withoutOriginal(_ letter: KafkaProducerMessage) -> KafkaProducerMessage? {
        guard var record = try? JSONDecoder().decode(Record.self, from: Data(letter.value)),
              record.originalBase64 != nil || record.originalEncrypted != nil else { return nil }
        record.originalBase64 = nil
        record.originalEncrypted = nil
        record.originalTruncated = true
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let value = try? encoder.encode(record) else { return nil }
        return KafkaProducerMessage(topic: letter.topic, key: letter.key, value: Array(value), headers: letter.headers)
    }

    /// A producer record for the DLQ topic, keyed like the source record.
    public static func message(for input: KafkaMessage, failure: DecodeFailure, topic: String, payload: DeadLetterPayload,
                               maxOriginalBytes: Int = defaultMaxOriginalBytes) -> KafkaProducerMessage {
        let keyString = input.key.flatMap { String(validating: $0, as: UTF8.self) }
        let truncated = input.value.count > maxOriginalBytes
        let kept = truncated ? Array(input.value.prefix(maxOriginalBytes)) : input.value
        let fields = payload.fields(original: input.value, kept: kept)
        let record = Record(reasonCode: failure.reason.rawValue, reason: failure.message,
                            source: .init(topic: input.topic, partition: input.partition, offset: input.offset, key: keyString),
                            originalBase64: fields.base64, originalEncrypted: fields.encrypted, originalSha256: fields.sha256,
                            originalTruncated: truncated && fields.sha256 == nil ? true : nil,
                            originalSizeBytes: input.value.count,
                            failedAt: ISO8601DateFormatter().string(from: Date()))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let value = Array((try? encoder.encode(record)) ?? Data())
        return KafkaProducerMessage(topic: topic, key: input.key, value: value, headers: [
            KafkaHeader(key: "reason_code", string: failure.reason.rawValue),
            KafkaHeader(key: "source_topic", string: input.topic),
            KafkaHeader(key: "source_partition", string: String(input.partition)),
            KafkaHeader(key: "source_offset", string: String(input.offset)),
        ])
    }
}
