import Foundation
import Storage
import Testing

@Suite("SQLite metrics sink")
struct MetricsStoreTests {
    static func temporaryPath() -> String {
        NSTemporaryDirectory() + "ss-metrics-\(UUID().uuidString).sqlite"
    }

    @Test("keeps at most `retention` windows per kind, newest first")
    func retention() throws {
        let store = try MetricsStore(path: ":memory:", retention: 5)
        for index in 0..<12 {
            try store.appendWindow(kind: "latency", topic: "all", closedAtMs: Int64(index), body: "{\"n\":\(index)}")
        }
        try store.appendWindow(kind: "drift", topic: "support.chat", closedAtMs: 1, body: "{\"d\":1}")
        let kept = try store.windows(kind: "latency", limit: 100)
        #expect(kept == (7...11).reversed().map { "{\"n\":\($0)}" })
        #expect(try store.windows(kind: "drift") == ["{\"d\":1}"])
    }

    @Test("baselines are pinned per topic, replaced, and survive reopening")
    func baselines() throws {
        let path = Self.temporaryPath()
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        do {
            let store = try MetricsStore(path: path)
            try store.saveBaseline(topic: "support.tickets", createdAtMs: 1, body: "old")
            try store.saveBaseline(topic: "support.tickets", createdAtMs: 2, body: "new")
            try store.saveBaseline(topic: "support.chat", createdAtMs: 2, body: "chat")
        }
        let reopened = try MetricsStore(path: path)
        #expect(try reopened.baselines() == ["support.tickets": "new", "support.chat": "chat"])
    }
}
