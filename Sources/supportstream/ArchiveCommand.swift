import ArgumentParser
import Foundation
import KafkaClient
import Pipeline

/// `supportstream archive`: copy a bounded topic range to a local file that `replay --input` reads.
struct ArchiveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Copy a bounded range of topics to a JSON-lines archive (base64 key and value, coordinates, timestamp).",
        discussion: "Reads like replay (assign/seek, no commits). The archive outlives topic retention; replay it with `replay --input FILE`.")

    @Option(name: .long, help: "Bootstrap servers, e.g. 127.0.0.1:9092.")
    var brokers: String

    @Option(name: .long, help: "Comma-separated topics (default: the configured ticket and chat topics, support.tickets,support.chat).")
    var topic: String?

    @Option(name: .long, help: "Start: beginning, an offset, or an RFC 3339 time.")
    var from: String = "beginning"

    @Option(name: .long, help: "End (exclusive): end, an offset, or an RFC 3339 time.")
    var to: String = "end"

    @Option(name: .long, help: "Archive file to write.")
    var out: String

    @Option(name: .long, help: "Configuration file (JSON; environment variables override it): Kafka client properties such as TLS/SASL (kafka.properties, SUPPORTSTREAM_KAFKA_*) and topic names.")
    var config: String?

    func validate() throws {
        if ReplayBounds.parse(from) == nil { throw ValidationError("--from must be beginning, an offset or an RFC 3339 time") }
        if ReplayBounds.parse(to) == nil { throw ValidationError("--to must be end, an offset or an RFC 3339 time") }
    }

    mutating func run() async throws {
        let logger = LoggingBootstrap.start(level: "warning")
        let configuration = try loadConfiguration(config)
        let reader = BoundedRangeReader(connection: KafkaConfiguration(bootstrapServers: brokers, properties: configuration.kafkaProperties),
                                        logger: logger)
        let topic = self.topic ?? "\(configuration.topics.tickets),\(configuration.topics.chat)"
        let topics = topic.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard let file = OutputFile.openForWriting(out) else {
            throw fail("archive: cannot write \(out)")
        }
        defer { try? file.close() }
        do {
            let ranges = try await reader.plan(topics: topics, from: ReplayBounds.parse(from)!, to: ReplayBounds.parse(to)!)
            let progress = ReplayProgress(total: Int(ranges.reduce(0) { $0 + $1.count }), label: "archive")
            var buffer = [UInt8]()
            let incomplete = try await reader.read(ranges) { message in
                buffer += ArchiveRecord(message).line()
                buffer.append(UInt8(ascii: "\n"))
                if buffer.count > 1 << 20 {
                    try file.write(contentsOf: buffer)
                    buffer.removeAll(keepingCapacity: true)
                }
                progress.advance()
            }
            try file.write(contentsOf: buffer)
            progress.finish()
            print("archived \(progress.done) records to \(out)")
            if !incomplete.isEmpty {
                throw fail("archive: stopped before the end of \(incomplete.map(\.description).joined(separator: ", "))", code: 1)
            }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw fail("archive: \(error)", code: 1)
        }
    }
}
