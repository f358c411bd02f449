import Foundation
import Storage
import Testing

@Suite("Conversation state")
struct ConversationStoreTests {
    func tempPath() -> String {
        NSTemporaryDirectory() + "ss-store-\(UUID().uuidString).sqlite"
    }

    func turn(_ text: String, _ sender: String = "customer") -> StoredTurn {
        StoredTurn(sender: sender, redactedText: text, language: "en")
    }

    @Test("turns come back in order and the conversation is removed on close")
    func appendAndClose() throws {
        let store = try SQLiteConversationStore(path: tempPath())
        try store.append(conversationID: "C-1", turn: turn("first"), at: 1)
        try store.append(conversationID: "C-2", turn: turn("other"), at: 2)
        try store.append(conversationID: "C-1", turn: turn("second", "agent"), at: 3)
        let turns = try store.close(conversationID: "C-1")
        #expect(turns.map(\.redactedText) == ["first", "second"])
        #expect(turns.map(\.sender) == ["customer", "agent"])
        #expect(try store.close(conversationID: "C-1").isEmpty)
        #expect(try store.close(conversationID: "C-2").count == 1)
    }

    @Test("state survives a restart")
    func survivesReopen() throws {
        let path = tempPath()
        do {
            let store = try SQLiteConversationStore(path: path)
            try store.append(conversationID: "C-9", turn: turn("kept"), at: 10)
        }
        let reopened = try SQLiteConversationStore(path: path)
        #expect(try reopened.close(conversationID: "C-9").map(\.redactedText) == ["kept"])
    }

    @Test("turn and byte limits drop the oldest turns", arguments: ["sqlite", "memory"])
    func limits(kind: String) throws {
        var limits = ConversationLimits()
        limits.maxTurns = 3
        limits.maxBytes = 1_000
        let store: ConversationStore = kind == "sqlite"
            ? try SQLiteConversationStore(path: tempPath(), limits: limits)
            : MemoryConversationStore(limits: limits)
        for index in 0..<5 { try store.append(conversationID: "C", turn: turn("t\(index)"), at: Int64(index)) }
        #expect(try store.close(conversationID: "C").map(\.redactedText) == ["t2", "t3", "t4"])

        limits.maxTurns = 100
        limits.maxBytes = 10
        let small: ConversationStore = kind == "sqlite"
            ? try SQLiteConversationStore(path: tempPath(), limits: limits)
            : MemoryConversationStore(limits: limits)
        for index in 0..<4 { try small.append(conversationID: "C", turn: turn("abcd\(index)"), at: Int64(index)) }
        #expect(try small.close(conversationID: "C").map(\.redactedText) == ["abcd2", "abcd3"])
    }

    @Test("idle conversations are found by their last update")
    func idle() throws {
        let store = try SQLiteConversationStore(path: ":memory:")
        try store.append(conversationID: "old", turn: turn("a"), at: 100)
        try store.append(conversationID: "new", turn: turn("b"), at: 100)
        try store.append(conversationID: "new", turn: turn("c"), at: 900)
        #expect(try store.idleConversations(before: 500) == ["old"])
    }

    @Test("a database in a missing directory gives an error naming the path")
    func openFails() {
        do {
            _ = try SQLiteConversationStore(path: "/nonexistent-dir/x/state.sqlite")
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("/nonexistent-dir/x/state.sqlite"))
        }
    }
}
