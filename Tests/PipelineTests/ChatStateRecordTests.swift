import Foundation
import Pipeline
import Storage
import Testing

@Suite("Changelog records, timestamps and open conversations offline")
struct ChatStateRecordTests {
    @Test("a state value round-trips and follows the chat_state schema's required fields")
    func roundTrip() throws {
        let snapshot = ConversationSnapshot(conversationID: "C-7", turns: [
            StoredTurn(sender: "customer", redactedText: "Card [CREDIT_CARD] blocked", language: "en", eventID: "e1", occurredAt: 1_717_398_000_000),
            StoredTurn(sender: "agent", redactedText: "Unblocked.", language: "en", eventID: "e2", occurredAt: 1_717_398_060_500),
        ], lastPosition: SourcePosition(partition: 3, offset: 99))
        let message = ChatStateRecord.message(for: snapshot, topic: "support.chat-state", partition: 3)
        #expect(message.partition == 3 && message.key == Array("C-7".utf8))
        #expect(ChatStateRecord.decode(key: message.key, value: message.value) == snapshot)
        let object = try #require(Fixtures.object(message.value))
        let required = try Fixtures.required(schema: "chat_state.schema.json")
        for field in required.top { #expect(object[field] != nil, "missing \(field)") }
        #expect(object["first_at"] as? String == "2024-06-03T07:00:00Z")
        #expect(object["last_at"] as? String == "2024-06-03T07:01:00.500Z")
        #expect(object["message_count"] as? Int == 2)
        let tombstone = ChatStateRecord.tombstone(conversationID: "C-7", topic: "support.chat-state", partition: 3)
        #expect(tombstone.value.isEmpty)
        #expect(ChatStateRecord.decode(key: tombstone.key, value: tombstone.value) == nil)
    }

    @Test("epoch milliseconds format as RFC 3339 and parse back", arguments: [
        (Int64(0), "1970-01-01T00:00:00Z"), (951_782_400_000, "2000-02-29T00:00:00Z"),
        (1_717_398_000_123, "2024-06-03T07:00:00.123Z"), (-1_000, "1969-12-31T23:59:59Z"),
    ])
    func timestamps(ms: Int64, text: String) {
        #expect(RFC3339.string(epochMilliseconds: ms) == text)
        #expect(RFC3339.epochMilliseconds(text) == ms)
    }

    @Test("enrich summarizes never-closed conversations only with flushOpen, at the end in id order")
    func flushOpen() async {
        let lines = [
            #"{"kind":"chat_message","event_id":"b1","conversation_id":"B","occurred_at":"2024-06-03T07:00:00Z","sender":"customer","text":"My transfer is stuck."}"#,
            #"{"kind":"chat_message","event_id":"a1","conversation_id":"A","occurred_at":"2024-06-03T07:00:01Z","sender":"customer","text":"My card was declined today."}"#,
            #"{"kind":"chat_message","event_id":"c1","conversation_id":"C","occurred_at":"2024-06-03T07:00:02Z","sender":"customer","text":"Closed one."}"#,
            #"{"kind":"chat_closed","event_id":"c2","conversation_id":"C","occurred_at":"2024-06-03T07:00:03Z"}"#,
        ].map { Array($0.utf8) }
        let runner = OfflineEnrichment(enricher: Enricher(core: Fixtures.core), decoder: EventDecoder(), shards: 3)
        let plain = await runner.run(lines: lines, flushOpen: false)
        #expect(plain.open.isEmpty)
        let flushed = await runner.run(lines: lines, flushOpen: true)
        #expect(flushed.open.map(\.conversationID) == ["A", "B"])
        #expect(flushed.open.allSatisfy { $0.kind == "conversation_summary" && $0.messageCount == 1 })
        #expect(flushed.open.first?.eventID == "A:summary")
        #expect(flushed.open.first?.occurredAt == "2024-06-03T07:00:01Z")
        #expect(flushed.open.first?.summary?.text.contains("declined") == true)
    }
}
