import Foundation
import Pipeline
import Testing

@Suite("Offline enrichment over the samples")
struct OfflineEnrichmentTests {
    func run(_ lines: [[UInt8]], shards: Int) async -> [OfflineEnrichment.Outcome] {
        let runner = OfflineEnrichment(enricher: Enricher(core: Fixtures.core), decoder: EventDecoder(), shards: shards)
        return await runner.run(lines: lines)
    }

    @Test("a chat_closed with no stored turns publishes no summary, so an earlier summary's event_id is never reused")
    func closedWithoutTurns() async throws {
        let lines = [
            #"{"kind":"chat_message","event_id":"m1","conversation_id":"C-9","occurred_at":"2026-11-27T10:00:00Z","sender":"customer","text":"my card has not arrived"}"#,
            #"{"kind":"chat_closed","event_id":"x1","conversation_id":"C-9","occurred_at":"2026-11-27T10:05:00Z"}"#,
            #"{"kind":"chat_closed","event_id":"x2","conversation_id":"C-9","occurred_at":"2026-11-27T10:06:00Z"}"#,
            #"{"kind":"chat_closed","event_id":"x3","conversation_id":"C-never-seen","occurred_at":"2026-11-27T10:06:00Z"}"#,
        ].map { Array($0.utf8) }
        let outcomes = await run(lines, shards: 1)
        var counts: [Int] = []
        for outcome in outcomes {
            guard case let .events(events) = outcome else { Issue.record("line rejected"); return }
            counts.append(events.count)
        }
        #expect(counts == [1, 1, 0, 0])
        guard case let .events(summaries) = outcomes[1] else { return }
        #expect(summaries.first?.eventID == "C-9:summary")
        #expect(summaries.first?.messageCount == 1)
    }

    @Test("one enriched event per ticket and chat message, one summary per chat_closed, no original text")
    func samples() async throws {
        let lines = try Fixtures.lines("tickets.jsonl") + Fixtures.lines("chat.jsonl")
        let outcomes = await run(lines, shards: 2)
        #expect(outcomes.count == lines.count)
        for (line, outcome) in zip(lines, outcomes) {
            let input = try #require(Fixtures.object(line))
            guard case let .events(events) = outcome else {
                Issue.record("sample line rejected")
                continue
            }
            #expect(events.count == 1)
            let event = try #require(events.first)
            switch input["kind"] as? String {
            case "chat_closed":
                #expect(event.kind == "conversation_summary")
                #expect(event.conversationID == input["conversation_id"] as? String)
                #expect(event.summary != nil)
            default:
                #expect(event.eventID == input["event_id"] as? String)
                #expect(event.kind == input["kind"] as? String)
            }
            #expect(Set(event.models.keys) == ["langid", "redaction", "names", "triage", "summary"])
            #expect(event.models["names"]?.hasPrefix("names-") == true)
            #expect(event.latencyUs["total"] != nil)
            // Every entity span points inside its original field, and the original span text is gone.
            for entity in event.entities {
                let original = try #require(input[entity.field] as? String)
                let scalars = Array(original.unicodeScalars)
                #expect(entity.start >= 0 && entity.start < entity.end && entity.end <= scalars.count)
                let spanText = String(String.UnicodeScalarView(scalars[entity.start..<entity.end]))
                let redacted = entity.field == "subject" ? event.redacted.subject : (entity.field == "body" ? event.redacted.body : event.redacted.text)
                if spanText.count >= 6 { #expect(!(redacted ?? "").contains(spanText)) }
            }
        }
    }

    @Test("output is deterministic whatever the shard count")
    func deterministic() async throws {
        let lines = try Fixtures.lines("chat.jsonl") + Fixtures.lines("tickets.jsonl")
        func encoded(_ outcomes: [OfflineEnrichment.Outcome]) -> [[UInt8]] {
            outcomes.flatMap { outcome -> [[UInt8]] in
                guard case let .events(events) = outcome else { return [] }
                return events.map { event in
                    var stable = event
                    stable.latencyUs = [:]
                    return EventEncoding.encode(stable)
                }
            }
        }
        let one = encoded(await run(lines, shards: 1))
        let three = encoded(await run(lines, shards: 3))
        #expect(one == three)
        #expect(!one.isEmpty)
    }

    @Test("bad lines are reported with their reason and the good ones still come out")
    func badLines() async throws {
        let good = try Fixtures.lines("tickets.jsonl").prefix(3)
        let bad = try Fixtures.lines("bad.jsonl")
        let outcomes = await run(Array(good) + bad, shards: 2)
        let failures = outcomes.compactMap { outcome -> DecodeFailure? in
            if case let .failure(failure) = outcome { return failure } else { return nil }
        }
        #expect(failures.count == bad.count)
        let produced = outcomes.filter { if case .events = $0 { return true } else { return false } }
        #expect(produced.count == 3)
    }
}

@Suite("Bad sample lines")
struct BadSampleTests {
    @Test("every line of bad.jsonl gets the reason code bad.expected.json names")
    func expectedReasons() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.samplesDir).appendingPathComponent("bad.expected.json"))
        let expected = (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["lines"] as? [[String: Any]] ?? []
        let lines = try Fixtures.lines("bad.jsonl")
        #expect(!expected.isEmpty)
        let decoder = EventDecoder()
        for entry in expected {
            let number = try #require(entry["line"] as? Int)
            let reason = try #require(entry["reason_code"] as? String)
            guard case let .failure(failure) = decoder.decode(lines[number - 1]) else {
                Issue.record("line \(number) was accepted")
                continue
            }
            #expect(failure.reason.rawValue == reason, "line \(number)")
        }
    }
}
