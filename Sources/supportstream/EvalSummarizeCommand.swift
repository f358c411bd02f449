import ArgumentParser
import Foundation
import Pipeline
import TextInference

/// `supportstream eval summarize`: ROUGE of conversation summaries produced the way `enrich` does.
struct EvalSummarizeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summarize",
        abstract: "Score conversation summaries with ROUGE-1/2/L F1 against reference summaries.",
        discussion: """
            Each dialogue is sent as chat_message events followed by chat_closed through the same offline \
            path as `enrich`; the conversation_summary text is scored against every reference (F1 averaged \
            over the references, then the mean over dialogues). A Lead-3 baseline is printed for reference.
            """)

    @Option(name: .long, help: "JSON-lines dialogues with 'turns' (speaker + sentences) or 'text', and 'references' or 'summary'.")
    var data: String

    @Flag(inversion: .prefixedNo, help: "Porter-stem tokens longer than three letters, like the rouge-score package.")
    var stem = true

    @Option(name: .long, help: "Which dialogues to score: all, first-half or second-half (in file order).")
    var subset: Subset = .all

    @Option(name: .long, help: "Parallel shards (default: one per core).")
    var workers: Int?

    @Option(name: .long, help: "Configuration file (JSON); environment variables override it.")
    var config: String?

    @Option(name: .long, help: "Write one summary per line (JSON string) to this file.")
    var summaries: String?

    @Option(name: .long, help: ArgumentHelp("Benchmark: time this many passes over the data on one shard.", visibility: .hidden))
    var bench: Int = 0

    enum Subset: String, ExpressibleByArgument, CaseIterable {
        case all
        case firstHalf = "first-half"
        case secondHalf = "second-half"
    }

    mutating func run() async throws {
        _ = LoggingBootstrap.start(level: "warning")
        let configuration = try loadConfiguration(config)
        guard let contents = FileManager.default.contents(atPath: data) else {
            throw fail("eval summarize: cannot read data file \(data)")
        }
        var dialogues: [EvaluationDialogue] = []
        for (index, line) in contents.split(separator: UInt8(ascii: "\n")).enumerated() {
            let bytes = Array(line)
            if bytes.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
            do {
                dialogues.append(try EvaluationDialogue.parse(bytes, line: index + 1))
            } catch {
                throw fail("eval summarize: \(data): \(error)")
            }
        }
        let half = dialogues.count / 2
        switch subset {
        case .all: break
        case .firstHalf: dialogues = Array(dialogues.prefix(half))
        case .secondHalf: dialogues = Array(dialogues.dropFirst(half))
        }
        guard !dialogues.isEmpty else { throw fail("eval summarize: \(data) holds no dialogues") }
        let core: InferenceCore
        do {
            core = try CoreLoader.load(configuration: configuration)
        } catch {
            throw fail("eval summarize: cannot load models: \(error)")
        }
        if bench > 0 {
            await benchmark(dialogues, core: core, configuration: configuration)
            return
        }
        let runner = OfflineEnrichment(enricher: Enricher(core: core),
                                       decoder: EventDecoder(maxEventBytes: configuration.maxEventBytes, maxFieldScalars: configuration.redaction.maxFieldChars),
                                       shards: workers ?? ProcessInfo.processInfo.activeProcessorCount)
        let report = await SummaryEvaluation(runner: runner, stem: stem).evaluate(dialogues)
        print("dialogues: \(report.dialogues) (\(subset.rawValue)), stemming: \(stem ? "on" : "off")")
        print("summary (\(core.summarizer.version)): \(report.system.formatted)")
        print("Lead-3 baseline:           \(report.lead3.formatted)")
        if report.missing > 0 { print("no summary for \(report.missing) dialogues (scored 0)") }
        if let summaries {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.withoutEscapingSlashes]
            var out = Data()
            for text in report.summaries {
                out += (try? encoder.encode(text)) ?? Data("\"\"".utf8)
                out += Data("\n".utf8)
            }
            guard OutputFile.write(out, to: summaries) else {
                throw fail("eval summarize: cannot write \(summaries)")
            }
        }
    }

    /// CPU time used by the calling thread, in seconds (not inflated by other processes on the machine).
    private static func threadCPUSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
    }

    /// Times `bench` passes of the summarizer alone, then one pass of the whole `enrich` path, on one core.
    private func benchmark(_ dialogues: [EvaluationDialogue], core: InferenceCore, configuration: ServiceConfiguration) async {
        let clock = ContinuousClock()
        var checksum = 0
        let cpuStart = Self.threadCPUSeconds()
        let summarizerTime = clock.measure {
            for _ in 0..<bench {
                for dialogue in dialogues { checksum &+= core.summarizer.summarizeConversation(dialogue.turns, language: "en").utf8.count }
            }
        }
        let cpuSeconds = Self.threadCPUSeconds() - cpuStart
        let runner = OfflineEnrichment(enricher: Enricher(core: core),
                                       decoder: EventDecoder(maxEventBytes: configuration.maxEventBytes, maxFieldScalars: configuration.redaction.maxFieldChars), shards: 1)
        let evaluation = SummaryEvaluation(runner: runner, stem: stem)
        let start = clock.now
        checksum &+= await evaluation.summarize(dialogues).count
        let enrichTime = clock.now - start
        func rate(_ d: Duration, passes: Int) -> String {
            let seconds = Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
            return String(Int((Double(dialogues.count * passes) / max(seconds, 1e-9)).rounded()))
        }
        print("dialogues: \(dialogues.count), one core (checksum \(checksum))")
        print("summarizer only (\(bench) passes):  \(rate(summarizerTime, passes: bench)) dialogues/s wall, "
              + "\(Int((Double(dialogues.count * bench) / max(cpuSeconds, 1e-9)).rounded())) dialogues/s of thread CPU time")
        print("enrich path, all stages (1 pass): \(rate(enrichTime, passes: 1)) dialogues/s")
    }
}
