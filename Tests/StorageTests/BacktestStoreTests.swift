import Foundation
import Storage
import Testing

@Suite("Backtest store")
struct BacktestStoreTests {
    @Test("rows and runs round-trip, entity counts are queryable, a repeated event id replaces its row")
    func roundTrip() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("backtest-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try BacktestStore(path: path)
        try store.begin(BacktestRun(runID: "r1", models: ["triage": "triage-1.0.0"], source: "file:x", range: "all",
                                    startedAt: "2026-11-27T16:00:00Z"))
        let first = BacktestRow(eventID: "e1", kind: "ticket", sourceTopic: "support.tickets", sourcePartition: 2,
                                sourceOffset: 7, models: ["triage": "triage-1.0.0"], language: "en", languageConfidence: 0.97,
                                intent: "card_not_working", intentConfidence: 0.5, queue: "cards", priority: "high",
                                entityCounts: ["EMAIL": 2, "PHONE": 1], summary: "s", latencyUs: 120, enrichedJSON: "{\"a\":1}")
        var second = first
        second.eventID = "e0"
        second.entityCounts = [:]
        second.summary = nil
        try store.insert([first, second], runID: "r1")
        var replaced = first
        replaced.intent = "lost_or_stolen_card"
        try store.insert([replaced], runID: "r1")
        try store.finish(runID: "r1", finishedAt: "2026-11-27T16:01:00Z", events: 3)
        let rows = try store.rows()
        #expect(rows == [second, replaced])
        #expect(try store.count() == 2)
        let runs = try store.runs()
        #expect(runs.count == 1)
        #expect(runs.first?.events == 3)
        #expect(runs.first?.models == ["triage": "triage-1.0.0"])

        let database = try SQLiteDatabase(path: path)
        let emails = try database.prepare("SELECT event_id FROM results WHERE json_extract(entity_counts, '$.EMAIL') = 2").run()
        #expect(emails.map { $0.first?.text } == ["e1"])
        let totals = try database.prepare("SELECT entities_total FROM results ORDER BY event_id").run()
        #expect(totals.map { $0.first?.int } == [0, 3])
    }
}
