import Foundation
import KafkaClient
import Pipeline
import Storage
import Testing

/// Conversation state across restarts, rebalances and inactivity, through the embedded broker.
@Suite("Conversation state end to end", .serialized)
struct ConversationStateEndToEndTests {
    static let t0: Int64 = 1_717_398_000_000

    static func chat(_ conversation: String, _ index: Int, _ sender: String, _ text: String, at ms: Int64) -> KafkaProducerMessage {
        let line = #"{"kind":"chat_message","event_id":"\#(conversation)-\#(index)","conversation_id":"\#(conversation)","#
            + #""occurred_at":"\#(RFC3339.string(epochMilliseconds: ms))","sender":"\#(sender)","text":"\#(text)"}"#
        return KafkaProducerMessage(topic: "support.chat", key: Array(conversation.utf8), value: Array(line.utf8))
    }

    static func close(_ conversation: String, at ms: Int64) -> KafkaProducerMessage {
        let line = #"{"kind":"chat_closed","event_id":"\#(conversation)-closed","conversation_id":"\#(conversation)","#
            + #""occurred_at":"\#(RFC3339.string(epochMilliseconds: ms))"}"#
        return KafkaProducerMessage(topic: "support.chat", key: Array(conversation.utf8), value: Array(line.utf8))
    }

    /// Reads `topic` from the beginning until `done` holds for what arrived, or the timeout passes.
    static func collect(_ topic: String, broker: EmbeddedBroker, timeout: Duration = .seconds(60),
                        until done: ([KafkaMessage]) -> Bool) async throws -> [KafkaMessage] {
        var config = KafkaConsumerConfiguration(connection: KafkaConfiguration(bootstrapServers: broker.bootstrapServers),
                                                groupID: "reader-\(UUID().uuidString)")
        config.sessionTimeoutMs = 6_000
        let consumer = try KafkaConsumer(configuration: config, logger: Fixtures.logger)
        try consumer.subscribe(topics: [topic])
        var received: [KafkaMessage] = []
        let deadline = ContinuousClock.now + timeout
        while !done(received), ContinuousClock.now < deadline {
            let next = await withTaskGroup(of: KafkaMessage?.self) { group in
                group.addTask { await consumer.next() }
                group.addTask { try? await Task.sleep(for: .seconds(1)); return nil }
                let first = await group.next() ?? nil
                group.cancelAll()
                // A record can arrive just as the timer fires; keep it rather than dropping it with the group.
                var all = first.map { [$0] } ?? []
                for await rest in group { if let rest { all.append(rest) } }
                return all
            }
            received += next
        }
        await consumer.shutdown()
        return received
    }

    /// Runs a service until `done` holds for the enriched topic; returns the parsed enriched events.
    static func runService(_ config: ServiceConfiguration, broker: EmbeddedBroker,
                           until done: @escaping ([[String: Any]]) -> Bool) async throws -> [[String: Any]] {
        let service = try StreamService(configuration: config, bootstrapServers: broker.bootstrapServers,
                                        enricher: Enricher(core: Fixtures.core), logger: Fixtures.logger)
        let stop = StopSignal()
        let running = Task { try await service.run(until: { await stop.wait() }) }
        let records = try await collect(config.topics.enriched, broker: broker) { done($0.compactMap { Fixtures.object($0.value) }) }
        stop.fire()
        try await running.value
        return records.compactMap { Fixtures.object($0.value) }
    }

    static func summary(_ events: [[String: Any]], _ conversation: String) -> [String: Any]? {
        events.last { $0["event_id"] as? String == conversation + ":summary" }
    }

    @Test("state survives a restart on the same SQLite file, and a fresh worker with an empty file rebuilds it from the changelog")
    func restartAndRebuild() async throws {
        let broker = try EndToEndTests.startBroker()
        defer { broker.shutdown() }
        try broker.createTopic("support.chat-state-unused", partitions: 6)
        var records: [KafkaProducerMessage] = []
        for (conversation, topic) in [("C1", "parcel"), ("C2", "invoice")] {
            records.append(Self.chat(conversation, 1, "customer", "My \(topic) has a problem since Monday.", at: Self.t0))
            records.append(Self.chat(conversation, 2, "agent", "Please send the \(topic) number.", at: Self.t0 + 1_000))
            records.append(Self.chat(conversation, 3, "agent", "I fixed the \(topic) problem for you today.", at: Self.t0 + 2_000))
        }
        try await EndToEndTests.send(records, broker: broker)

        // 1. A worker stores both conversations (SQLite file A and the changelog) and stops.
        let first = EndToEndTests.configuration(workers: 1, group: "state-\(UUID().uuidString)")
        let messages = try await Self.runService(first, broker: broker) { events in
            events.filter { $0["kind"] as? String == "chat_message" }.count >= 6
        }
        #expect(messages.filter { $0["kind"] as? String == "chat_message" }.count == 6)
        let changelog = try await Self.collect("support.chat-state", broker: broker) { $0.count >= 6 }
        #expect(changelog.count == 6)
        let onDisk = try SQLiteConversationStore(path: first.statePath)
        #expect(try onDisk.snapshot(conversationID: "C1")?.turns.count == 3)

        // 2. Restart on the same SQLite file as if killed before any commit: a new group re-reads every
        //    record, and no changelog is available. The replayed turns must not double.
        var restarted = EndToEndTests.configuration(workers: 1, group: "state-\(UUID().uuidString)")
        restarted.statePath = first.statePath
        restarted.topics.chatState = "support.chat-state-unused"
        try await EndToEndTests.send([Self.close("C1", at: Self.t0 + 3_000)], broker: broker)
        let afterRestart = try await Self.runService(restarted, broker: broker) { Self.summary($0, "C1") != nil }
        let c1 = try #require(Self.summary(afterRestart, "C1"))
        #expect(c1["message_count"] as? Int == 3)
        #expect(((c1["summary"] as? [String: Any])?["text"] as? String)?.contains("parcel") == true)

        // 3. The first group's partitions move to a fresh worker with an EMPTY SQLite file: it rebuilds
        //    C2 from the changelog before reading the close, which is the only C2 record after the commit.
        var fresh = EndToEndTests.configuration(workers: 1, group: first.groupID)
        fresh.statePath = NSTemporaryDirectory() + "ss-fresh-\(UUID().uuidString).sqlite"
        try await EndToEndTests.send([Self.close("C2", at: Self.t0 + 3_000)], broker: broker)
        let afterMove = try await Self.runService(fresh, broker: broker) { Self.summary($0, "C2") != nil }
        let c2 = try #require(Self.summary(afterMove, "C2"))
        #expect(c2["message_count"] as? Int == 3)
        let text = try #require((c2["summary"] as? [String: Any])?["text"] as? String)
        #expect(text.contains("invoice"))
        #expect(text.hasPrefix("Customer:") && text.contains("Agent:"))
        // The summary is followed by a tombstone for C2 on the changelog.
        let tombstones = try await Self.collect("support.chat-state", broker: broker, timeout: .seconds(20)) { records in
            records.contains { $0.key == Array("C2".utf8) && $0.value.isEmpty }
        }
        #expect(tombstones.contains { $0.key == Array("C2".utf8) && $0.value.isEmpty })
        #expect(try SQLiteConversationStore(path: fresh.statePath).snapshot(conversationID: "C2") == nil)
    }

    @Test("a conversation idle longer than the timeout (in event time) is summarized and tombstoned without chat_closed")
    func inactivityTimeout() async throws {
        let broker = try EndToEndTests.startBroker()
        defer { broker.shutdown() }
        // Stream time is per partition: E1 and E2 share partition 0; F1 (partition 1) is old, and a much
        // newer G1 on partition 2 must not expire it.
        func on(_ partition: Int32, _ record: KafkaProducerMessage) -> KafkaProducerMessage {
            var record = record
            record.partition = partition
            return record
        }
        try await EndToEndTests.send([
            on(0, Self.chat("E1", 1, "customer", "My card was declined at the shop.", at: Self.t0)),
            on(1, Self.chat("F1", 1, "customer", "I was charged twice for one order.", at: Self.t0)),
            on(0, Self.chat("E2", 1, "customer", "Where is my new card?", at: Self.t0 + 10_000)),
            on(2, Self.chat("G1", 1, "customer", "How do I change my address?", at: Self.t0 + 600_000)),
            on(0, Self.chat("E2", 2, "customer", "Still waiting for the card.", at: Self.t0 + 120_000)),
            on(1, Self.chat("F1", 2, "customer", "Any news on the refund?", at: Self.t0 + 5_000)),
        ], broker: broker)
        var config = EndToEndTests.configuration(workers: 1, group: "idle-\(UUID().uuidString)")
        config.stateInactivityTimeoutMs = 60_000
        let events = try await Self.runService(config, broker: broker) { events in
            let ids = Set(events.compactMap { $0["event_id"] as? String })
            return Self.summary(events, "E1") != nil && ids.isSuperset(of: ["F1-1", "F1-2", "G1-1", "E2-2"])
        }
        #expect(Self.summary(events, "F1") == nil, "a newer event on another partition expired F1")
        let e1 = try #require(Self.summary(events, "E1"))
        #expect(e1["kind"] as? String == "conversation_summary")
        #expect(e1["message_count"] as? Int == 1)
        #expect(e1["occurred_at"] as? String == RFC3339.string(epochMilliseconds: Self.t0))
        // Its source is E1's last (only) message: the first record of its partition.
        #expect((e1["source"] as? [String: Any])?["topic"] as? String == "support.chat")
        #expect((e1["source"] as? [String: Any])?["offset"] as? Int == 0)
        // E2's last message is recent in event time, so it stays open.
        #expect(Self.summary(events, "E2") == nil)
        let changelog = try await Self.collect("support.chat-state", broker: broker, timeout: .seconds(20)) { records in
            records.contains { $0.key == Array("E1".utf8) && $0.value.isEmpty }
        }
        #expect(changelog.contains { $0.key == Array("E1".utf8) && $0.value.isEmpty })
        #expect(!changelog.contains { $0.key == Array("E2".utf8) && $0.value.isEmpty })
    }
}
