import ArgumentParser
import Foundation
import KafkaClient
import Pipeline

/// `supportstream produce`: send JSON-lines events to their input topics.
struct ProduceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "produce",
        abstract: "Send JSON-lines events to their input topic by kind, keyed by ticket_id or conversation_id, and wait for delivery.")

    @Option(name: .long, help: "Bootstrap servers, e.g. 127.0.0.1:9092.")
    var brokers: String

    @Option(name: .long, help: "JSON-lines file, or - for standard input.")
    var input: String

    @Option(name: .long, help: "Events per second (default: as fast as possible).")
    var rate: Double?

    @Option(name: .long, help: "Send every line unchanged to this topic instead of routing by kind (for DLQ tests).")
    var topic: String?

    @Option(name: .long, help: "Configuration file (JSON; environment variables override it): Kafka client properties such as TLS/SASL (kafka.properties, SUPPORTSTREAM_KAFKA_*) and topic names.")
    var config: String?

    @Option(name: .customLong("repeat"), help: "Send the file this many times, suffixing event, ticket and conversation ids with ~PASS after the first pass (for load and reliability tests).")
    var repeat_: Int = 1

    func validate() throws {
        if let rate, rate <= 0 { throw ValidationError("--rate must be positive") }
        if repeat_ < 1 { throw ValidationError("--repeat must be at least 1") }
    }

    mutating func run() async throws {
        let logger = LoggingBootstrap.start(level: "warning")
        let configuration = try loadConfiguration(config)
        let data: Data
        if input == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let contents = FileManager.default.contents(atPath: input) else { throw fail("produce: cannot read \(input)") }
            data = contents
        }
        let producer: KafkaProducer
        do {
            producer = try KafkaProducer(configuration: KafkaProducerConfiguration(connection: KafkaConfiguration(bootstrapServers: brokers,
                                                                                                         properties: configuration.kafkaProperties)),
                                         logger: logger)
        } catch {
            throw fail("produce: \(error)")
        }
        let topics = configuration.topics
        let failures = DeliveryCounter()
        if repeat_ > 1 {
            let feeder = SampleFeeder(samples: SampleFeeder.parse(String(decoding: data, as: UTF8.self)), topics: topics,
                                      rate: rate ?? 0)
            let sent = await feeder.feed(producer: producer, passes: repeat_, logger: logger, failed: { failures.add() })
            let flushed = await producer.flush(timeoutMs: 60_000)
            producer.close()
            print("sent \(sent - failures.value) events, \(failures.value) failed")
            if !flushed || failures.value > 0 { throw fail("produce: \(failures.value) events were not delivered", code: 1) }
            return
        }
        var sent = 0
        var skipped = 0
        let start = ContinuousClock.now
        for (index, line) in data.split(separator: UInt8(ascii: "\n")).enumerated() where !line.isEmpty {
            let bytes = Array(line)
            var destination = topic
            var key: [UInt8]?
            if let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] {
                key = ((object["ticket_id"] ?? object["conversation_id"]) as? String).map { Array($0.utf8) }
                if destination == nil, let kind = object["kind"] as? String { destination = topics.inputTopic(forKind: kind) }
            }
            guard let destination else {
                printError("line \(index + 1): no input topic for this line (invalid JSON or unknown kind); use --topic to send it anyway")
                skipped += 1
                continue
            }
            do {
                try await producer.send(KafkaProducerMessage(topic: destination, key: key, value: bytes)) { result in
                    if case .failure = result { failures.add() }
                }
            } catch {
                throw fail("produce: \(error)")
            }
            sent += 1
            if let rate {
                let due = start + .microseconds(Int64(Double(sent) / rate * 1_000_000))
                if due > ContinuousClock.now { try await Task.sleep(until: due) }
            }
        }
        let flushed = await producer.flush(timeoutMs: 30_000)
        producer.close()
        print("sent \(sent - failures.value) events, \(failures.value) failed, \(skipped) lines skipped")
        if !flushed || failures.value > 0 { throw fail("produce: \(failures.value) events were not delivered", code: 1) }
    }
}

/// Counts delivery failures from the producer's thread.
final class DeliveryCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
