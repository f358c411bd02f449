import ArgumentParser
import Foundation
import KafkaClient
import Pipeline

/// `supportstream broker`: the embedded Kafka broker, standalone.
struct BrokerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "broker",
        abstract: "Start the embedded Kafka broker (librdkafka's mock cluster) with the topics from Topics/.",
        discussion: """
            It speaks the Kafka protocol on loopback: kcat and other supportstream processes can use it.
            Limits: about 5 MiB kept per partition (older data is dropped silently), offsets_for_times
            returns -1, and transactional offsets are acknowledged but not stored. Stops on SIGINT/SIGTERM.
            """)

    @Option(name: .long, help: "Number of brokers in the cluster.")
    var brokersCount: Int = 1

    @Option(name: .long, help: "Override the partition count of every topic.")
    var partitions: Int?

    @Option(name: .long, help: "Write the bootstrap address to this file.")
    var bootstrapFile: String?

    @Option(name: .long, help: "Directory of topic definitions.")
    var topicsDir: String = "Topics"

    @Option(name: .long, help: "Log level: trace, debug, info, notice, warning, error.")
    var logLevel: String?

    func validate() throws {
        guard (1...9).contains(brokersCount) else { throw ValidationError("--brokers-count must be between 1 and 9") }
        if let partitions, !(1...1_000).contains(partitions) { throw ValidationError("--partitions must be between 1 and 1000") }
        _ = try LoggingBootstrap.parse(logLevel)
    }

    mutating func run() async throws {
        let logger = LoggingBootstrap.start(level: logLevel)
        let signals = SignalWatcher()
        let broker: EmbeddedBroker
        do {
            broker = try EmbeddedBroker(brokers: brokersCount, logger: logger)
            try EmbeddedTopics.create(on: broker, directory: topicsDir, partitions: partitions)
        } catch {
            throw fail("broker: \(error)")
        }
        FileHandle.standardOutput.write(Data((broker.bootstrapServers + "\n").utf8))
        if let bootstrapFile {
            do {
                try (broker.bootstrapServers + "\n").write(toFile: bootstrapFile, atomically: true, encoding: .utf8)
            } catch {
                broker.shutdown()
                throw fail("broker: cannot write \(bootstrapFile)")
            }
        }
        await signals.wait()
        broker.shutdown()
    }
}

/// Creates the topics of Topics/ on an embedded broker.
enum EmbeddedTopics {
    static func create(on broker: EmbeddedBroker, directory: String, partitions: Int?) throws {
        let definitions: [TopicDefinition]
        do {
            definitions = try TopicDefinition.loadAll(from: directory)
        } catch let error as ConfigurationError {
            throw error
        } catch {
            throw ConfigurationError.invalidFile(path: directory, reason: "cannot read topic definitions (run from the repository root or pass --topics-dir)")
        }
        for topic in definitions {
            try broker.createTopic(topic.name, partitions: partitions ?? topic.partitions, replicationFactor: topic.replicationFactor)
        }
    }
}
