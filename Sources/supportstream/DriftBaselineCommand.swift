import ArgumentParser
import Foundation
import KafkaClient
import Pipeline
import Storage

/// `supportstream drift baseline`: pins a reference distribution per input topic in SQLite.
struct DriftBaselineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Pin the drift reference from enriched events (JSON lines), per input topic.",
        discussion: """
            Reads enriched events (for example `supportstream enrich` output over a representative
            sample) and stores language, intent, confidence, text-length and PII distributions per input
            topic in the metrics SQLite file. `run` compares every drift window with this reference;
            topics without a pinned reference use the first window after start.
            Either read a file (--input) or scan the enriched topic (--brokers, optionally --from/--to
            on the Kafka record timestamps; the whole retained topic is scanned).
            """)

    @Option(name: .long, help: "Enriched events, one JSON object per line ('-' for stdin).")
    var input: String?

    @Option(name: .long, help: "Read the enriched topic from these bootstrap servers instead of --input.")
    var brokers: String?

    @Option(name: .long, help: "With --brokers: first record timestamp to include (RFC 3339).")
    var from: String?

    @Option(name: .long, help: "With --brokers: record timestamp to stop before (RFC 3339).")
    var to: String?

    @Option(name: .long, help: "Metrics SQLite file (default: metrics.sqlite_path from --config, else supportstream-metrics.sqlite).")
    var db: String?

    @Option(name: .long, help: "Configuration file (JSON) for metrics.sqlite_path and topic names.")
    var config: String?

    func validate() throws {
        if (input == nil) == (brokers == nil) { throw ValidationError("pass either --input FILE or --brokers ADDR") }
        if brokers == nil && (from != nil || to != nil) { throw ValidationError("--from/--to need --brokers") }
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, RFC3339.epochMilliseconds(value) == nil { throw ValidationError("\(name) must be an RFC 3339 time, e.g. 2024-06-03T00:00:00Z") }
        }
    }

    mutating func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let service: ServiceConfiguration
        let telemetry: TelemetryConfiguration
        do {
            service = try ServiceConfiguration.load(path: config, environment: environment)
            telemetry = try TelemetryConfiguration.load(path: config, environment: environment)
        } catch {
            throw fail("\(error)")
        }
        guard let path = db ?? telemetry.sqlitePath else { throw fail("drift baseline: pass --db PATH (metrics.sqlite_path is null)") }
        var builder = DriftBaselineBuilder(topics: service.topics)
        let source: String
        if let brokers {
            source = service.topics.enriched
            let reader = TopicRangeReader(connection: KafkaConfiguration(bootstrapServers: brokers, clientID: "supportstream-baseline",
                                                                         properties: service.kafkaProperties))
            var lines: [[UInt8]] = []
            do {
                try await reader.scan(topic: source, fromMs: from.flatMap(RFC3339.epochMilliseconds),
                                      toMs: to.flatMap(RFC3339.epochMilliseconds), logger: LoggingBootstrap.start(level: "warning")) {
                    lines.append($0.value)
                }
            } catch {
                throw fail("drift baseline: reading \(source): \(error)", code: 1)
            }
            for line in lines { builder.add(line: Substring(String(decoding: line, as: UTF8.self))) }
        } else {
            let input = self.input ?? "-"
            source = input
            let data: Data
            do {
                data = input == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: input))
            } catch {
                throw fail("drift baseline: cannot read \(input)")
            }
            for line in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
                builder.add(line: line)
            }
        }
        for number in builder.skippedLines.prefix(20) { printError("line \(number): not an enriched event") }
        guard !builder.baselines.isEmpty else { throw fail("drift baseline: no enriched tickets or chat messages in \(source)") }
        do {
            let store = try MetricsStore(path: path)
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            for (topic, distributions) in builder.baselines.sorted(by: { $0.key < $1.key }) {
                let body = String(decoding: try encoder.encode(distributions), as: UTF8.self)
                try store.saveBaseline(topic: topic, createdAtMs: Int64(Date().timeIntervalSince1970 * 1000), body: body)
                print("pinned drift baseline for \(topic): \(distributions.events) events -> \(path)")
            }
        } catch {
            throw fail("drift baseline: \(error)", code: 1)
        }
    }
}
