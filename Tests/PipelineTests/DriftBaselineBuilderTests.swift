import Foundation
import Pipeline
import Storage
import Telemetry
import Testing

@Suite("Drift baseline from enriched events")
struct DriftBaselineBuilderTests {
    @Test("enriched samples give one reference per input topic; summaries and bad lines are left out")
    func buildsPerTopic() throws {
        let enricher = Enricher(core: Fixtures.core)
        let decoder = EventDecoder(maxEventBytes: 1 << 20)
        let store = MemoryConversationStore()
        var lines: [String] = []
        var tickets = 0, messages = 0
        for file in ["tickets.jsonl", "chat.jsonl"] {
            for line in try Fixtures.lines(file) {
                guard case let .success(event) = decoder.decode(line) else { continue }
                for enriched in try enricher.enrich(event, conversations: store) {
                    if enriched.kind == "ticket" { tickets += 1 }
                    if enriched.kind == "chat_message" { messages += 1 }
                    lines.append(String(decoding: EventEncoding.encode(enriched), as: UTF8.self))
                }
            }
        }
        lines.append("not json")
        var builder = DriftBaselineBuilder()
        for line in lines { builder.add(line: Substring(line)) }
        #expect(builder.skippedLines == [lines.count])
        #expect(builder.baselines["support.tickets"]?.events == tickets)
        #expect(builder.baselines["support.chat"]?.events == messages)
        let languages = builder.baselines["support.tickets"]?.counts(.language) ?? [:]
        #expect(languages.values.reduce(0, +) == tickets)
        #expect(languages.count > 3)
        // Round trip through JSON, as stored in SQLite.
        let data = try JSONEncoder().encode(builder.baselines["support.chat"]!)
        #expect(try JSONDecoder().decode(DriftDistributions.self, from: data) == builder.baselines["support.chat"])
    }
}
