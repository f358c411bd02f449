import Foundation
import Telemetry
import Testing

@Suite("Prometheus exposition and endpoint")
struct ExpositionFormatTests {
    static func populated() -> MetricsRegistry {
        let registry = MetricsRegistry()
        registry.describe("supportstream_stage_latency_seconds", kind: .histogram, help: "Time per stage.")
        registry.describe("supportstream_events_total", kind: .counter, help: "Records finished.")
        registry.describe("supportstream_consumer_lag", kind: .gauge, help: "Lag.")
        for micros in [5, 40, 40, 300, 2_000, 90_000_000] {
            registry.observe("supportstream_stage_latency_seconds", labels: ["stage": "triage"], Double(micros) / 1e6)
        }
        registry.observe("supportstream_stage_latency_seconds", labels: ["stage": "decode"], 0.00002)
        registry.increment("supportstream_events_total", labels: ["topic": "support.tickets", "outcome": "enriched"], by: 3)
        registry.increment("supportstream_events_total", labels: ["topic": "support.tickets", "outcome": "dlq"])
        registry.set("supportstream_consumer_lag", labels: ["topic": "support.chat", "partition": "2"], to: 17)
        registry.set("supportstream_build_info", labels: ["triage": "triage-1.0.0", "odd": "a\"b\\c\nd"], to: 1)
        return registry
    }

    @Test("the rendered text parses and histograms are cumulative and complete")
    func parses() throws {
        let text = Self.populated().render()
        let parsed = try ExpositionParser.parse(text)
        #expect(parsed.types["supportstream_stage_latency_seconds"] == "histogram")
        #expect(parsed.types["supportstream_events_total"] == "counter")
        let triage = parsed.samples.filter { $0.labels["stage"] == "triage" }
        let buckets = triage.filter { $0.name == "supportstream_stage_latency_seconds_bucket" }
        #expect(buckets.count == HistogramBuckets.latencySeconds.count + 1)
        #expect(zip(buckets, buckets.dropFirst()).allSatisfy { $0.value <= $1.value })
        #expect(buckets.last?.labels["le"] == "+Inf")
        #expect(buckets.last?.value == 6)
        #expect(triage.first { $0.name.hasSuffix("_count") }?.value == 6)
        // 90 s is above the largest bound: only +Inf holds it.
        #expect(buckets.first { $0.labels["le"] == "60" }?.value == 5)
        #expect(buckets.first { $0.labels["le"] == "5e-05" }?.value == 3)
        let sum = try #require(triage.first { $0.name.hasSuffix("_sum") }?.value)
        #expect(abs(sum - 90.002385) < 1e-9)
        #expect(parsed.samples.contains(.init(name: "supportstream_events_total",
                                              labels: ["topic": "support.tickets", "outcome": "enriched"], value: 3)))
        #expect(parsed.samples.first { $0.name == "supportstream_build_info" }?.labels["odd"] == "a\"b\\c\nd")
        #expect(parsed.samples.contains { $0.name == "supportstream_consumer_lag" && $0.value == 17 })
    }

    @Test("the parser rejects malformed lines")
    func parserRejects() {
        #expect(throws: ExpositionParser.Failure.self) { try ExpositionParser.parse("# TYPE x gauge\nx{a=\"1} 2\n") }
        #expect(throws: ExpositionParser.Failure.self) { try ExpositionParser.parse("y 2\n") }
        #expect(throws: ExpositionParser.Failure.self) { try ExpositionParser.parse("# TYPE x gauge\nx two\n") }
    }

    @Test("the HTTP endpoint serves /metrics and 404s elsewhere")
    func endpoint() throws {
        let registry = Self.populated()
        let server = try MetricsHTTPServer(address: "127.0.0.1", port: 0) { path in
            path == "/metrics"
                ? MetricsHTTPResponse(status: 200, contentType: MetricsHTTPResponse.prometheusContentType, body: registry.render())
                : MetricsHTTPResponse(status: 404, body: "no\n")
        }
        defer { server.stop() }
        let metrics = try HTTPGet.fetch(port: server.port, path: "/metrics")
        #expect(metrics.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(metrics.contains("Content-Type: text/plain; version=0.0.4"))
        let body = try #require(metrics.components(separatedBy: "\r\n\r\n").last)
        #expect(try ExpositionParser.parse(body).samples.count > 20)
        #expect(try HTTPGet.fetch(port: server.port, path: "/nope").hasPrefix("HTTP/1.1 404"))
    }

    @Test("a bad bind address is an actionable error")
    func badAddress() {
        #expect(throws: MetricsServerError.invalidAddress("localhost:1")) {
            _ = try MetricsHTTPServer(address: "localhost:1", port: 0) { _ in MetricsHTTPResponse(status: 200, body: "") }
        }
    }
}
