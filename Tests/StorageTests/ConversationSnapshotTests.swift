import Foundation
import Storage
import Testing

@Suite("Conversation snapshots, replays and expiry")
struct ConversationSnapshotTests {
    func store(_ kind: String) throws -> ConversationStore {
        kind == "sqlite"
            ? try SQLiteConversationStore(path: NSTemporaryDirectory() + "ss-snap-\(UUID().uuidString).sqlite")
            : MemoryConversationStore()
    }

    func turn(_ text: String, at: Int64) -> StoredTurn {
        StoredTurn(sender: "customer", redactedText: text, language: "en", eventID: "e-\(text)", occurredAt: at)
    }

    @Test("a replayed offset is skipped; a newer one is appended", arguments: ["sqlite", "memory"])
    func replay(kind: String) throws {
        let store = try store(kind)
        #expect(try store.append(conversationID: "C", turn: turn("a", at: 1), at: 1, position: SourcePosition(partition: 2, offset: 10)))
        #expect(try store.append(conversationID: "C", turn: turn("b", at: 2), at: 2, position: SourcePosition(partition: 2, offset: 11)))
        #expect(try !store.append(conversationID: "C", turn: turn("a", at: 1), at: 1, position: SourcePosition(partition: 2, offset: 10)))
        #expect(try !store.append(conversationID: "C", turn: turn("b", at: 2), at: 2, position: SourcePosition(partition: 2, offset: 11)))
        let snapshot = try #require(try store.snapshot(conversationID: "C"))
        #expect(snapshot.turns.map(\.redactedText) == ["a", "b"])
        #expect(snapshot.turns.map(\.eventID) == ["e-a", "e-b"])
        #expect(snapshot.turns.map(\.occurredAt) == [1, 2])
        #expect(snapshot.lastPosition == SourcePosition(partition: 2, offset: 11))
        #expect(try store.snapshot(conversationID: "missing") == nil)
    }

    @Test("restore replaces a conversation, and later appends continue after it", arguments: ["sqlite", "memory"])
    func restore(kind: String) throws {
        let store = try store(kind)
        try store.append(conversationID: "C", turn: turn("stale", at: 5), at: 5)
        let snapshot = ConversationSnapshot(conversationID: "C", turns: [turn("x", at: 100), turn("y", at: 200)],
                                            lastPosition: SourcePosition(partition: 1, offset: 41))
        try store.restore(snapshot)
        #expect(try store.snapshot(conversationID: "C") == snapshot)
        #expect(try !store.append(conversationID: "C", turn: turn("y", at: 200), at: 200, position: SourcePosition(partition: 1, offset: 41)))
        #expect(try store.append(conversationID: "C", turn: turn("z", at: 300), at: 300, position: SourcePosition(partition: 1, offset: 42)))
        #expect(try store.close(conversationID: "C").map(\.redactedText) == ["x", "y", "z"])
    }

    @Test("idle conversations are limited to the given partitions", arguments: ["sqlite", "memory"])
    func idleByPartition(kind: String) throws {
        let store = try store(kind)
        _ = try store.append(conversationID: "p0-old", turn: turn("a", at: 100), at: 100, position: SourcePosition(partition: 0, offset: 1))
        _ = try store.append(conversationID: "p1-old", turn: turn("b", at: 100), at: 100, position: SourcePosition(partition: 1, offset: 1))
        _ = try store.append(conversationID: "p0-new", turn: turn("c", at: 900), at: 900, position: SourcePosition(partition: 0, offset: 2))
        #expect(try store.idleConversations(before: 500, partitions: [0]) == ["p0-old"])
        #expect(try store.idleConversations(before: 500, partitions: [0, 1]) == ["p0-old", "p1-old"])
        #expect(try store.idleConversations(before: 500, partitions: [2]).isEmpty)
    }

    @Test("a state file from before the position columns is migrated in place")
    func migration() throws {
        let path = NSTemporaryDirectory() + "ss-old-\(UUID().uuidString).sqlite"
        do {
            let old = try SQLiteDatabase(path: path)
            try old.execute("""
                CREATE TABLE conversation_turns (conversation_id TEXT NOT NULL, seq INTEGER NOT NULL, sender TEXT NOT NULL,
                    redacted_text TEXT NOT NULL, language TEXT NOT NULL, bytes INTEGER NOT NULL, updated_at INTEGER NOT NULL,
                    PRIMARY KEY (conversation_id, seq));
                INSERT INTO conversation_turns VALUES ('C', 0, 'agent', 'kept', 'en', 4, 7);
                """)
        }
        let store = try SQLiteConversationStore(path: path)
        let snapshot = try #require(try store.snapshot(conversationID: "C"))
        #expect(snapshot.turns == [StoredTurn(sender: "agent", redactedText: "kept", language: "en", eventID: "", occurredAt: 7)])
        #expect(snapshot.lastPosition == nil)
    }
}
