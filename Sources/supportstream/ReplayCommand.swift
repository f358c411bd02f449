import ArgumentParser
import Foundation
import KafkaClient
import Pipeline
import Storage
import TextInference

/// `supportstream replay`: run a bounded range of input topics (or an archive) through a model set.
struct ReplayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Replay a bounded range of input topics through a model set into a backtest store or a topic.",
        discussion: """
            Reads with assign/seek under a throw-away group id and never commits, so production groups are untouched. \
            Each partition is processed in offset order with its own conversation state, so the same input and models \
            give byte-identical enriched fields (latency aside). --from/--to take beginning, end, an offset (per partition) \
            or an RFC 3339 time; 'end' is the high watermark when the replay starts.
            """)

    @Option(name: .long, help: "Bootstrap servers, e.g. 127.0.0.1:9092.")
    var brokers: String?

    @Option(name: .long, help: "Comma-separated input topics (default: support.tickets,support.chat).")
    var topic: String?

    @Option(name: .long, help: "Replay input from a file instead: an archive (supportstream archive) or plain event JSON lines.")
    var input: String?

    @Option(name: .long, help: "Start: beginning, an offset, or an RFC 3339 time.")
    var from: String = "beginning"

    @Option(name: .long, help: "End (exclusive): end, an offset, or an RFC 3339 time.")
    var to: String = "end"

    @Option(name: .long, help: "Model directory (layout of Sources/TextInference/Resources), or 'bundled' / a bundled version.")
    var models: String?

    @Option(name: .long, help: "Backtest store to create (SQLite); must not exist yet.")
    var out: String?

    @Option(name: .customLong("to-topic"), help: "Publish enriched events to this topic instead (e.g. support.enriched.shadow).")
    var toTopic: String?

    @Option(name: .long, help: "Records per second (default: as fast as possible).")
    var rate: Double?

    @Option(name: .long, help: "Configuration file (JSON); environment variables override it.")
    var config: String?

    func validate() throws {
        if (out == nil) == (toTopic == nil) { throw ValidationError("give exactly one of --out FILE.sqlite or --to-topic NAME") }
        if brokers == nil && input == nil { throw ValidationError("give --brokers ADDR (with --topic) or --input FILE") }
        if toTopic != nil && brokers == nil { throw ValidationError("--to-topic needs --brokers") }
        if let rate, rate <= 0 { throw ValidationError("--rate must be positive") }
        if ReplayBounds.parse(from) == nil { throw ValidationError("--from must be beginning, an offset or an RFC 3339 time") }
        if ReplayBounds.parse(to) == nil { throw ValidationError("--to must be end, an offset or an RFC 3339 time") }
    }

    mutating func run() async throws {
        let logger = LoggingBootstrap.start(level: "warning")
        let configuration = try loadConfiguration(config)
        let fromBound = ReplayBounds.parse(from)!, toBound = ReplayBounds.parse(to)!
        let core: InferenceCore
        do {
            core = try CoreLoader.load(configuration: configuration, modelsDirectory: try ModelSelection.directory(for: models))
        } catch {
            throw fail("replay: cannot load models: \(error)")
        }
        var limits = ConversationLimits()
        limits.maxTurns = configuration.stateMaxTurns
        limits.maxBytes = configuration.stateMaxBytes
        let engine = ReplayEngine(enricher: Enricher(core: core), decoder: EventDecoder(maxEventBytes: configuration.maxEventBytes, maxFieldScalars: configuration.redaction.maxFieldChars),
                                  limits: limits, inactivityTimeoutMs: Int64(configuration.stateInactivityTimeoutMs))
        var modelVersions = core.modelVersions
        modelVersions["routing"] = core.routing.version
        let connection = brokers.map { KafkaConfiguration(bootstrapServers: $0, properties: configuration.kafkaProperties) }
        let topics = (topic ?? "\(configuration.topics.tickets),\(configuration.topics.chat)")
            .split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }

        // Plan the input.
        var ranges: [PartitionRange] = []
        var fileRecords: [KafkaMessage] = []
        let rangeDescription: String
        if let input {
            guard let data = FileManager.default.contents(atPath: input) else { throw fail("replay: cannot read \(input)") }
            fileRecords = ReplayBounds.filter(ArchiveRecord.load(data), from: fromBound, to: toBound)
            rangeDescription = "\(fromBound)..<\(toBound) of \(input)"
        } else {
            do {
                ranges = try await BoundedRangeReader(connection: connection!, logger: logger)
                    .plan(topics: topics, from: fromBound, to: toBound)
            } catch {
                throw fail("replay: cannot plan the range: \(error)")
            }
            rangeDescription = ranges.map(\.description).joined(separator: ",")
        }
        let total = input != nil ? fileRecords.count : Int(ranges.reduce(0) { $0 + $1.count })

        // Open the destination.
        let sink: ReplaySink
        do {
            if let out {
                guard !FileManager.default.fileExists(atPath: out) else {
                    throw fail("replay: \(out) exists; give a new file name (a store holds one run)")
                }
                sink = try ReplaySink.store(path: out, run: BacktestRun(
                    runID: UUID().uuidString.lowercased(), models: modelVersions,
                    source: input.map { "file:\($0)" } ?? "kafka:\(brokers ?? "")", range: rangeDescription,
                    startedAt: Self.now()))
            } else {
                var producerConfig = KafkaProducerConfiguration(connection: connection!)
                producerConfig.lingerMs = 20
                sink = try ReplaySink.topic(toTopic!, producer: KafkaProducer(configuration: producerConfig, logger: logger))
            }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw fail("replay: cannot open the destination: \(error)")
        }

        let progress = ReplayProgress(total: total, label: "replay")
        let pace = rate
        let started = ContinuousClock.now
        var rejected = 0
        let handle: (KafkaMessage) async throws -> Void = { message in
            let outcome = engine.process(message)
            if case .failure = outcome { rejected += 1 }
            try await sink.write(message: message, outcome: outcome)
            progress.advance()
            if let pace {
                let due = started + .microseconds(Int64(Double(progress.done) / pace * 1_000_000))
                if due > ContinuousClock.now { try await Task.sleep(until: due) }
            }
        }
        var incomplete: [PartitionRange] = []
        do {
            if input != nil {
                for message in fileRecords { try await handle(message) }
            } else {
                incomplete = try await BoundedRangeReader(connection: connection!, logger: logger).read(ranges, body: handle)
            }
            try await sink.finish(finishedAt: Self.now(), events: progress.done)
        } catch {
            progress.finish()
            throw fail("replay: \(error)", code: 1)
        }
        progress.finish()
        print(String(format: "replayed %d records (%d rejected) in %.1f s into %@; models %@", progress.done, rejected,
                     progress.elapsed, out ?? toTopic ?? "", modelVersions.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")))
        if !incomplete.isEmpty {
            throw fail("replay: stopped before the end of \(incomplete.map(\.description).joined(separator: ", ")) (no records for 15 s)", code: 1)
        }
    }

    static func now() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: Date())
    }
}
