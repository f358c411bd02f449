import KafkaClient
import Pipeline
import Testing

/// Replays expire idle conversations by each partition's event time, as the service does.
@Suite("Replay: idle conversations expire in event time")
struct ReplayExpiryTests {
    /// A chat message record on `support.chat` at `partition` and `offset`.
    static func message(_ conversation: String, at time: String, partition: Int32, offset: Int64, text: String = "my card still hasn't arrived") -> KafkaMessage {
        let line = "{\"kind\": \"chat_message\", \"event_id\": \"e-\(conversation)-\(offset)\", \"conversation_id\": \"\(conversation)\", "
            + "\"occurred_at\": \"\(time)\", \"sender\": \"customer\", \"text\": \"\(text)\"}"
        return KafkaMessage(topic: "support.chat", partition: partition, offset: offset, key: Array(conversation.utf8), value: Array(line.utf8),
                            timestampMs: 0)
    }

    static func events(_ outcome: ReplayEngine.Outcome) -> [EnrichedEvent] {
        if case let .events(events) = outcome { return events }
        return []
    }

    @Test("a conversation idle past the timeout is summarized after the record that moves its partition's clock")
    func expiresByEventTime() {
        let engine = ReplayEngine(enricher: Enricher(core: Fixtures.core), decoder: EventDecoder(), inactivityTimeoutMs: 1_800_000)
        #expect(Self.events(engine.process(Self.message("C-1", at: "2024-06-03T07:00:00Z", partition: 0, offset: 0))).count == 1)
        // 20 minutes later: C-1 is not idle long enough.
        #expect(Self.events(engine.process(Self.message("C-2", at: "2024-06-03T07:20:00Z", partition: 0, offset: 1))).count == 1)
        // Another partition's clock never expires partition 0's conversations.
        #expect(Self.events(engine.process(Self.message("C-3", at: "2024-06-03T09:00:00Z", partition: 1, offset: 0))).count == 1)
        // 31 minutes after C-1's last turn on partition 0: C-1 expires, C-2 (11 minutes idle) stays open.
        let events = Self.events(engine.process(Self.message("C-2", at: "2024-06-03T07:31:00Z", partition: 0, offset: 2)))
        #expect(events.map(\.kind) == ["chat_message", "conversation_summary"])
        #expect(events.last?.conversationID == "C-1")
        #expect(events.last?.messageCount == 1)
        #expect(events.last?.source?.offset == 0)
        #expect(events.last?.occurredAt == "2024-06-03T07:00:00Z")
    }

    @Test("without a timeout, conversations stay open until closed")
    func noTimeout() {
        let engine = ReplayEngine(enricher: Enricher(core: Fixtures.core), decoder: EventDecoder(), inactivityTimeoutMs: nil)
        _ = engine.process(Self.message("C-1", at: "2024-06-03T07:00:00Z", partition: 0, offset: 0))
        let events = Self.events(engine.process(Self.message("C-2", at: "2024-06-04T07:00:00Z", partition: 0, offset: 1)))
        #expect(events.map(\.kind) == ["chat_message"])
    }
}
