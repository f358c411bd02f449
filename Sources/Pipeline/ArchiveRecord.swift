import Foundation
import KafkaClient

/// One line of a topic archive (`supportstream archive`): a record's coordinates, timestamp, key and value.
///
/// Archives are JSON lines with base64 key and value, so any record survives byte for byte and
/// `replay --input` can process it long after the topic's retention dropped it.
public struct ArchiveRecord: Sendable, Codable, Equatable {
    /// Source topic.
    public var topic: String
    /// Source partition.
    public var partition: Int32
    /// Source offset.
    public var offset: Int64
    /// Record timestamp (ms since the epoch), if any.
    public var timestampMs: Int64?
    /// Base64 key, if any.
    public var keyBase64: String?
    /// Base64 value.
    public var valueBase64: String

    enum CodingKeys: String, CodingKey {
        case topic, partition, offset
        case timestampMs = "timestamp_ms"
        case keyBase64 = "key_base64"
        case valueBase64 = "value_base64"
    }

    /// The archive line of a record.
    public init(_ message: KafkaMessage) {
        topic = message.topic
        partition = message.partition
        offset = message.offset
        timestampMs = message.timestampMs
        keyBase64 = message.key.map { Data($0).base64EncodedString() }
        valueBase64 = Data(message.value).base64EncodedString()
    }

    /// One JSON line (without the newline), keys sorted.
    public func line() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array((try? encoder.encode(self)) ?? Data("{}".utf8))
    }

    /// The record this line describes, or `nil` when the base64 is invalid.
    public var message: KafkaMessage? {
        guard let value = Data(base64Encoded: valueBase64) else { return nil }
        let key = keyBase64.flatMap { Data(base64Encoded: $0) }.map { Array($0) }
        return KafkaMessage(topic: topic, partition: partition, offset: offset, key: key, value: Array(value),
                            timestampMs: timestampMs)
    }

    /// Reads replay input: archive lines, or plain event lines (taken as topic `file`, partition 0,
    /// offset = line number − 1). Records come back ordered by topic, partition and offset.
    public static func load(_ data: Data) -> [KafkaMessage] {
        let decoder = JSONDecoder()
        var messages: [KafkaMessage] = []
        for (index, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            guard !line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) else { continue }
            if let record = try? decoder.decode(ArchiveRecord.self, from: Data(line)), let message = record.message {
                messages.append(message)
            } else {
                messages.append(KafkaMessage(topic: "file", partition: 0, offset: Int64(index), key: nil, value: Array(line)))
            }
        }
        return messages.sorted { ($0.topic, $0.partition, $0.offset) < ($1.topic, $1.partition, $1.offset) }
    }
}
