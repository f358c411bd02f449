import Foundation
import KafkaClient
import Storage

/// Encodes and decodes `support.chat-state` changelog records (support.chat-state/v1).
///
/// The key is the conversation id and the record goes to the same partition number as the
/// `support.chat` record it came from. The value holds the conversation's whole kept state
/// (redacted text only); a null value (tombstone) ends the conversation.
public enum ChatStateRecord {
    /// The schema id in every value.
    public static let schema = "support.chat-state/v1"

    /// The changelog record carrying `snapshot`.
    public static func message(for snapshot: ConversationSnapshot, topic: String, partition: Int32) -> KafkaProducerMessage {
        KafkaProducerMessage(topic: topic, partition: partition, key: Array(snapshot.conversationID.utf8),
                             value: encode(snapshot), headers: [KafkaHeader(key: "schema", string: schema)])
    }

    /// The tombstone (null value) that removes a conversation from the changelog.
    public static func tombstone(conversationID: String, topic: String, partition: Int32) -> KafkaProducerMessage {
        KafkaProducerMessage(topic: topic, partition: partition, key: Array(conversationID.utf8), value: [])
    }

    /// The JSON value for `snapshot`.
    public static func encode(_ snapshot: ConversationSnapshot) -> [UInt8] {
        var languages: [String: Int] = [:]
        for turn in snapshot.turns { languages[turn.language, default: 0] += 1 }
        let value = Value(
            schema: schema, conversation_id: snapshot.conversationID, message_count: snapshot.turns.count,
            first_at: RFC3339.string(epochMilliseconds: snapshot.turns.first?.occurredAt ?? 0),
            last_at: RFC3339.string(epochMilliseconds: snapshot.turns.last?.occurredAt ?? 0), closed: false,
            last_offset: snapshot.lastPosition.map { Value.Position(partition: Int($0.partition), offset: $0.offset) },
            languages: languages,
            messages: snapshot.turns.map {
                Value.Message(event_id: $0.eventID, sender: $0.sender, occurred_at: RFC3339.string(epochMilliseconds: $0.occurredAt),
                              text: $0.redactedText, language: $0.language)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array((try? encoder.encode(value)) ?? Data())
    }

    /// The snapshot in a changelog value, or `nil` for a tombstone or an unreadable value.
    public static func decode(key: [UInt8]?, value: [UInt8]) -> ConversationSnapshot? {
        guard !value.isEmpty, let decoded = try? JSONDecoder().decode(Value.self, from: Data(value)),
              decoded.schema == schema else { return nil }
        let turns = (decoded.messages ?? []).map {
            StoredTurn(sender: $0.sender, redactedText: $0.text, language: $0.language ?? "und", eventID: $0.event_id,
                       occurredAt: RFC3339.epochMilliseconds($0.occurred_at) ?? 0)
        }
        let position = decoded.last_offset.map { SourcePosition(partition: Int32($0.partition), offset: $0.offset) }
        return ConversationSnapshot(conversationID: decoded.conversation_id, turns: turns, lastPosition: position)
    }

    /// The JSON shape of Topics/schemas/chat_state.schema.json.
    private struct Value: Codable {
        struct Position: Codable {
            let partition: Int
            let offset: Int64
        }

        struct Message: Codable {
            let event_id: String
            let sender: String
            let occurred_at: String
            let text: String
            let language: String?
        }

        let schema: String
        let conversation_id: String
        let message_count: Int
        let first_at: String
        let last_at: String
        let closed: Bool
        let last_offset: Position?
        let languages: [String: Int]?
        let messages: [Message]?
    }
}
