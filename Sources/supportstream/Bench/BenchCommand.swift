import ArgumentParser
import Foundation
import Pipeline
import TextInference

/// `supportstream bench`: measures the inference core and the stream path, prints a table, writes JSON.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure per-stage latency, core throughput, stream rate and memory.",
        discussion: """
            Sections: 'langid' (language identification only: texts/s and µs per text on one core for \
            15-char, 90-char and 1 KB inputs, model load time and RSS), 'core' (per-stage µs per event for chat messages and ~1 KB tickets, single-stage \
            rates, throughput on one core and on all cores, latency at a fixed offered load measured from \
            each event's intended start), 'stream' (consume→produce ceiling and the real workers through \
            an in-process embedded broker), or 'all'. --quick runs small sizes to check that it works.
            """)

    /// Which parts to measure.
    enum Section: String, ExpressibleByArgument, CaseIterable {
        case langid, core, stream, all
    }

    @Flag(name: .long, help: "Small sizes (seconds, not minutes): checks that the bench works; numbers are rough.")
    var quick = false

    @Option(name: .long, help: "Write the results as JSON to this file.")
    var json: String?

    @Option(name: .long, help: "What to measure: langid, core, stream or all.")
    var section: Section = .all

    @Option(name: .long, help: "JSON-lines ticket events to use instead of the synthetic ~1 KB tickets.")
    var input: String?

    @Option(name: .long, help: ArgumentHelp(
        "JSON lines with a \"text\" field (e.g. triage/dev.jsonl) to use as the triage short queries instead of the built-in 26.",
        discussion: "The built-in queries repeat, so the model rows they touch stay in cache; distinct real queries give the colder rate."))
    var queries: String?

    @Option(name: .long, help: "Workers (threads and consumer-group members); default one per core.")
    var workers: Int?

    @Option(name: .long, help: "Events through the embedded broker (default 20000, quick 2000).")
    var streamEvents: Int?

    @Option(name: .long, help: "Partitions of the bench topics (default 24).")
    var partitions: Int = 24

    @Option(name: .long, help: "Offered load for the latency run, as a fraction of the all-cores rate.")
    var load: Double = 0.5

    @Option(name: .long, help: "Configuration file (JSON); environment variables override it.")
    var config: String?

    func validate() throws {
        if let workers, !(1...256).contains(workers) { throw ValidationError("--workers must be between 1 and 256") }
        if !(0.01...1).contains(load) { throw ValidationError("--load must be between 0.01 and 1") }
        if !(1...1_000).contains(partitions) { throw ValidationError("--partitions must be between 1 and 1000") }
    }

    mutating func run() async throws {
        // A one-shot batch job: keep freed heap for reuse (the long-running `run` keeps glibc's defaults).
        MallocTuning.apply()
        // Quiet by default; SUPPORTSTREAM_LOG_LEVEL (e.g. with SUPPORTSTREAM_KAFKA_DEBUG=cgrp,fetch) traces a run.
        let logger = LoggingBootstrap.start(level: ProcessInfo.processInfo.environment["SUPPORTSTREAM_LOG_LEVEL"] ?? "warning")
        let configuration: ServiceConfiguration
        do {
            configuration = try ServiceConfiguration.load(path: config, environment: ProcessInfo.processInfo.environment)
        } catch {
            throw fail("\(error)")
        }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let workerCount = workers ?? cores
        var shortQueries = BenchCorpus.shortMessages + BenchCorpus.sentences
        if let queries {
            guard let data = FileManager.default.contents(atPath: queries) else { throw fail("bench: cannot read queries file \(queries)") }
            switch BenchCorpus.queries(jsonLines: data) {
            case .success(let texts): shortQueries = texts
            case .failure(let problem): throw fail("bench: queries file \(queries): \(problem.message)")
            }
        }

        let loadStart = ContinuousClock.now
        let core: InferenceCore
        do {
            core = try CoreLoader.load(configuration: configuration)
        } catch {
            throw fail("bench: cannot load models: \(error)")
        }
        let loadSeconds = BenchStats.seconds(ContinuousClock.now - loadStart)
        var report = BenchReport(
            run: .init(cores: cores, quick: quick, sections: section.rawValue, ticketSource: input ?? "synthetic",
                       querySource: queries ?? "built-in",
                       startedAt: ISO8601DateFormatter().string(from: Date())),
            modelLoadSeconds: loadSeconds, rssAfterLoadMiB: BenchStats.currentRSSMiB())
        var corpus = BenchCorpus.synthetic(ticketCount: quick ? 200 : 2_000, chatCount: quick ? 500 : 5_000)
        if let input {
            guard let data = FileManager.default.contents(atPath: input) else { throw fail("bench: cannot read input file \(input)") }
            corpus.tickets = data.split(separator: UInt8(ascii: "\n")).map { Array($0) }
            if corpus.tickets.isEmpty { throw fail("bench: input file \(input) has no lines") }
        }

        if section == .langid {
            print(LanguageIDBench.run(core.languageIdentifier, quick: quick, loadSeconds: loadSeconds))
            return
        }
        if section != .stream {
            let bench = CoreBench(core: core)
            progress("per-stage timings")
            report.stages["chat"] = bench.stageTimings(corpus.chats)
            report.stages["ticket"] = bench.stageTimings(Array(corpus.tickets.prefix(quick ? 200 : 5_000)))
            progress("single-stage rates")
            report.stageRates = bench.stageRates(quick: quick, queries: shortQueries)
            progress("core throughput")
            let ticketTotal = quick ? 400 : 20_000, chatTotal = quick ? 1_000 : 50_000
            let throughput = BenchReport.CoreThroughput(
                ticketEventsPerSecOneCore: bench.throughput(corpus.tickets, total: ticketTotal / 2, workers: 1),
                ticketEventsPerSecAllCores: bench.throughput(corpus.tickets, total: ticketTotal, workers: workerCount),
                chatEventsPerSecOneCore: bench.throughput(corpus.chats, total: chatTotal / 2, workers: 1),
                chatEventsPerSecAllCores: bench.throughput(corpus.chats, total: chatTotal, workers: workerCount),
                batchedTicketEventsPerSecOneCore: bench.batchedThroughput(corpus.tickets, total: ticketTotal / 2, workers: 1),
                batchedTicketEventsPerSecAllCores: bench.batchedThroughput(corpus.tickets, total: ticketTotal, workers: workerCount),
                workers: workerCount)
            report.core = throughput
            progress("latency at \(Int(load * 100))% load")
            let rate = throughput.ticketEventsPerSecAllCores * load
            let count = max(100, Int(rate * (quick ? 0.5 : 10)))
            let latencies = bench.latency(corpus.tickets, rate: rate, events: count, workers: workerCount)
            report.latency = .init(offeredEventsPerSec: rate, loadFraction: load, events: count,
                                   p50Us: BenchStats.quantile(latencies, 0.5), p99Us: BenchStats.quantile(latencies, 0.99),
                                   p999Us: BenchStats.quantile(latencies, 0.999), maxUs: latencies.max() ?? 0)
        }
        if section != .stream { report.peakRSSBeforeStreamMiB = BenchStats.peakRSSMiB() }
        if section != .core {
            progress("stream through the embedded broker")
            let stream = StreamBench(configuration: configuration, enricher: Enricher(core: core), logger: logger, partitions: partitions,
                                     workers: workerCount, events: streamEvents ?? (quick ? 2_000 : 20_000), tickets: corpus.tickets)
            do {
                report.stream = try await stream.run()
            } catch {
                throw fail("bench: stream section failed: \(error)", code: 1)
            }
        }
        report.peakRSSMiB = BenchStats.peakRSSMiB()
        print(BenchTable.render(report))
        if let json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            guard let data = try? encoder.encode(report), OutputFile.write(data, to: json) else {
                throw fail("bench: cannot write \(json)")
            }
        }
    }

    private func progress(_ step: String) {
        FileHandle.standardError.write(Data("bench: \(step)…\n".utf8))
    }
}
