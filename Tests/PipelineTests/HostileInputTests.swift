import Foundation
import Pipeline
import Testing

@Suite("Hostile input")
struct HostileInputTests {
    static func ticket(body: String, id: String = "evt-h") -> [UInt8] {
        let object: [String: Any] = ["kind": "ticket", "event_id": id, "ticket_id": "T-h", "occurred_at": "2026-11-27T10:00:00Z", "body": body]
        return Array(try! JSONSerialization.data(withJSONObject: object))
    }

    func run(_ lines: [[UInt8]]) async -> [OfflineEnrichment.Outcome] {
        await OfflineEnrichment(enricher: Enricher(core: Fixtures.core), decoder: EventDecoder(), shards: 2).run(lines: lines)
    }

    func reason(_ outcome: OfflineEnrichment.Outcome) -> DecodeFailure.Reason? {
        if case let .failure(failure) = outcome { return failure.reason }
        return nil
    }

    @Test("oversized, deeply nested and binary input get precise reasons")
    func rejected() async {
        var garbage = [UInt8]()
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<4_096 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            garbage.append(UInt8(truncatingIfNeeded: state >> 33))
        }
        let deep = Array((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8)
        let deepObject = Array(("{\"kind\":" + String(repeating: "{\"a\":", count: 5_000) + "1" + String(repeating: "}", count: 5_001)).utf8)
        let outcomes = await run([
            Self.ticket(body: String(repeating: "a", count: 10 * 1024 * 1024)),
            deep,
            deepObject,
            garbage,
            Array("\u{FEFF}{\"kind\":\"ticket\"}".utf8),
            [],
        ])
        #expect(reason(outcomes[0]) == .oversized)
        #expect(reason(outcomes[1]) == .invalidJSON)
        #expect(reason(outcomes[2]) == .invalidJSON)
        #expect(reason(outcomes[3]) == .invalidUTF8 || reason(outcomes[3]) == .invalidJSON)
        #expect(reason(outcomes[4]) == .invalidJSON)
        if case .blank = outcomes[5] {} else { Issue.record("an empty line is skipped") }
    }

    @Test("odd but valid text is enriched with sane fields", arguments: [
        "",
        "   \n\t ",
        "\u{202E}gnp.exe\u{202C} please refund me",
        "family 👨\u{200D}👩\u{200D}👧 card blocked \u{200B}\u{200B}",
        String(repeating: "😀", count: 50_000),
        "ctrl \u{01}\u{02}\u{7F} chars and my card 4111 1111 1111 1111",
        String(repeating: "a@b.co ", count: 5_000),
    ])
    func enriched(body: String) async throws {
        let outcomes = await run([Self.ticket(body: body)])
        guard case let .events(events) = try #require(outcomes.first) else {
            Issue.record("valid event rejected")
            return
        }
        let event = try #require(events.first)
        let scalars = body.unicodeScalars.count
        #expect(event.language.code.count == 2 || event.language.code == "und")
        #expect((0...1).contains(event.language.confidence))
        for entity in event.entities {
            #expect(entity.start >= 0 && entity.start < entity.end && entity.end <= scalars)
        }
        #expect(!(event.redacted.body ?? "").contains("4111 1111 1111 1111"))
        #expect((event.summary?.text.count ?? 0) <= 400)
    }

    @Test("duplicate event ids are each enriched; the id stays the consumers' dedupe key")
    func duplicates() async {
        let line = Self.ticket(body: "my card was declined", id: "evt-dup")
        let outcomes = await run([line, line])
        let ids = outcomes.flatMap { outcome -> [String] in
            if case let .events(events) = outcome { return events.map(\.eventID) }
            return []
        }
        #expect(ids == ["evt-dup", "evt-dup"])
    }
}
