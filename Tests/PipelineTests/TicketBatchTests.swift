import Foundation
import Pipeline
import Storage
import Testing

@Suite("Tickets enriched in batches, stage by stage")
struct TicketBatchTests {
    /// `event` without its timings, which differ from run to run.
    static func untimed(_ event: EnrichedEvent) -> EnrichedEvent {
        var event = event
        event.latencyUs = [:]
        return event
    }

    @Test("a batch gives the events of one-by-one enrichment, OOV rate included, in order")
    func batchEqualsSingle() throws {
        let enricher = Enricher(core: Fixtures.core)
        let decoder = EventDecoder()
        var tickets: [InputEvent.Ticket] = []
        for line in try Fixtures.lines("tickets.jsonl") {
            if case let .success(.ticket(ticket)) = decoder.decode(line) { tickets.append(ticket) }
        }
        #expect(tickets.count > 20)
        let batch = enricher.enrichTickets(tickets.map { ($0, nil) })
        #expect(batch.count == tickets.count)
        for (ticket, result) in zip(tickets, batch) {
            let single = try #require(try enricher.enrich(.ticket(ticket), conversations: MemoryConversationStore()).first)
            let batched = try result.get()
            #expect(Self.untimed(batched) == Self.untimed(single))
            #expect(batched.triageOOVRate == single.triageOOVRate)
            #expect(batched.triageOOVRate != nil)
            #expect(Set(batched.latencyUs.keys) == ["langid", "redaction", "triage", "summary", "total"])
            let stages = batched.latencyUs.filter { $0.key != "total" }.values.reduce(0, +)
            #expect(batched.latencyUs["total"]! >= stages - 4)
            // A sanity bound only, loose on purpose: a preempted thread on a loaded 2-core CI machine
            // must not fail it (timed assertions are flaky there).
            #expect(batched.latencyUs["total"]! <= stages + 50_000)
        }
    }

    @Test("JSON lines split like the file: blank lines kept, a final newline dropped")
    func splitLines() {
        func split(_ text: String) -> [String] {
            Array(text.utf8).withUnsafeBytes { JSONLines.split($0) }.map { String(decoding: $0, as: UTF8.self) }
        }
        #expect(split("") == [])
        #expect(split("a") == ["a"])
        #expect(split("a\n") == ["a"])
        #expect(split("a\n\nb") == ["a", "", "b"])
        #expect(split("a\n\n") == ["a", ""])
        #expect(split("\n") == [""])
    }
}
