import ArgumentParser
import Foundation
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
            """)

    @Option(name: .long, help: "Enriched events, one JSON object per line ('-' for stdin).")
    var input: String

    @Option(name: .long, help: "Metrics SQLite file (default: metrics.sqlite_path from --config, else supportstream-metrics.sqlite).")
    var db: String?

    @Option(name: .long, help: "Configuration file (JSON) for metrics.sqlite_path and topic names.")
    var config: String?

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
        let data: Data
        do {
            data = input == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: input))
        } catch {
            throw fail("drift baseline: cannot read \(input)")
        }
        var builder = DriftBaselineBuilder(topics: service.topics)
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
            builder.add(line: line)
        }
        for number in builder.skippedLines.prefix(20) { printError("line \(number): not an enriched event") }
        guard !builder.baselines.isEmpty else { throw fail("drift baseline: no enriched tickets or chat messages in \(input)") }
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
