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

    @Test("telemetry settings come from the file and the environment; bad values name the key")
    func configuration() throws {
        let path = NSTemporaryDirectory() + "ss-telemetry-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(#"{"metrics":{"port":9464,"bind_address":"0.0.0.0","sqlite_path":null},"drift":{"window_events":500,"consecutive_windows":2}}"#.utf8)
            .write(to: URL(fileURLWithPath: path))
        let config = try TelemetryConfiguration.load(path: path, environment: ["SUPPORTSTREAM_DRIFT_WINDOW": "250"])
        #expect(config.metricsPort == 9464)
        #expect(config.bindAddress == "0.0.0.0")
        #expect(config.sqlitePath == nil)
        #expect(config.drift.windowEvents == 250)
        #expect(config.drift.thresholds.consecutive == 2)
        #expect(config.drift.thresholds.psi == 0.25)
        #expect(TelemetryConfiguration().bindAddress == "127.0.0.1")
        #expect(throws: ConfigurationError.invalidValue(key: "metrics.port", reason: "must be an integer", origin: "SUPPORTSTREAM_METRICS_PORT")) {
            _ = try TelemetryConfiguration.load(path: nil, environment: ["SUPPORTSTREAM_METRICS_PORT": "x"])
        }
    }
}
