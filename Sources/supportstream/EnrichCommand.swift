import ArgumentParser
import Foundation
import Pipeline
import Storage
import TextInference

/// `supportstream enrich`: the streaming core, offline, over a JSON-lines file.
struct EnrichCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enrich",
        abstract: "Enrich JSON-lines input events exactly as `run` publishes them.",
        discussion: "Bad lines are reported on standard error as 'line N: reason' and skipped; the rest are enriched.")

    @Option(name: .long, help: "Input file of JSON-lines events, or - for standard input.")
    var input: String = "-"

    @Option(name: .long, help: "Output file for enriched events, or - for standard output.")
    var output: String = "-"

    @Option(name: .long, help: "Parallel shards (default: one per core).")
    var workers: Int?

    @Option(name: .long, help: "Configuration file (JSON); environment variables override it.")
    var config: String?

    @Flag(name: .long, help: "Also summarize conversations never closed, at the end of the output in conversation-id order.")
    var flushOpen = false

    mutating func run() async throws {
        // A one-shot batch job: keep freed heap for reuse (the long-running `run` keeps glibc's defaults).
        MallocTuning.apply()
        let logger = LoggingBootstrap.start(level: "warning")
        let configuration = try loadConfiguration(config)
        let data: Data
        if input == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: input) else {
                throw fail("enrich: cannot read input file \(input)")
            }
            data = contents
        }
        let core: InferenceCore
        do {
            core = try CoreLoader.load(configuration: configuration)
        } catch {
            throw fail("enrich: cannot load models: \(error)")
        }
        _ = logger
        let trimmed = data.withUnsafeBytes { JSONLines.split($0) }
        var limits = ConversationLimits()
        limits.maxTurns = configuration.stateMaxTurns
        limits.maxBytes = configuration.stateMaxBytes
        let runner = OfflineEnrichment(enricher: Enricher(core: core),
                                       decoder: EventDecoder(maxEventBytes: configuration.maxEventBytes, maxFieldScalars: configuration.redaction.maxFieldChars),
                                       shards: workers ?? ProcessInfo.processInfo.activeProcessorCount, limits: limits)
        let total = trimmed.count
        let showProgress = stderrIsTerminal && total > 1_000
        let (outcomes, open) = await runner.run(lines: trimmed, flushOpen: flushOpen) { done in
            if showProgress && done % 500 == 0 {
                FileHandle.standardError.write(Data("\renriched \(done)/\(total) lines".utf8))
            }
        }
        if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }

        // Encoded slices are written one after another, never joined into one buffer.
        var encoded = ParallelEncoding.encode(outcomes, workers: workers ?? ProcessInfo.processInfo.activeProcessorCount)
        var bad = 0
        for (index, outcome) in outcomes.enumerated() {
            if case let .failure(failure) = outcome {
                bad += 1
                printError("line \(index + 1): \(failure)")
            }
        }
        var tail: [UInt8] = []
        for event in open {
            tail += EventEncoding.encode(event)
            tail.append(UInt8(ascii: "\n"))
        }
        encoded.append(tail)
        if output == "-" {
            for chunk in encoded where !chunk.isEmpty { FileHandle.standardOutput.write(Data(chunk)) }
        } else if !OutputFile.write(chunks: encoded, to: output) {
            throw fail("enrich: cannot write output file \(output)")
        }
        if bad > 0 { printError("enrich: \(bad) of \(total) lines rejected") }
    }
}
