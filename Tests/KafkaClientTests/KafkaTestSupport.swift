import Foundation
import KafkaClient
import Logging

/// Shared helpers for tests that run against the embedded broker.
enum KafkaTestSupport {
    static let logger: Logger = {
        var logger = Logger(label: "test")
        logger.logLevel = ProcessInfo.processInfo.environment["TEST_LOG"] == nil ? .critical : .debug
        return logger
    }()

    static func producer(_ broker: EmbeddedBroker) throws -> KafkaProducer {
        var config = KafkaProducerConfiguration(connection: KafkaConfiguration(bootstrapServers: broker.bootstrapServers))
        config.lingerMs = 1
        return try KafkaProducer(configuration: config, logger: logger)
    }

    static func consumerConfig(_ broker: EmbeddedBroker, group: String,
                               strategy: AssignmentStrategy = .cooperativeSticky) -> KafkaConsumerConfiguration {
        var config = KafkaConsumerConfiguration(connection: KafkaConfiguration(bootstrapServers: broker.bootstrapServers),
                                                groupID: group)
        config.assignmentStrategy = strategy
        config.sessionTimeoutMs = 6_000
        config.heartbeatIntervalMs = 500
        config.autoCommitIntervalMs = 200
        config.connection.properties["topic.metadata.refresh.interval.ms"] = "1000"
        return config
    }

    /// Reads records until `count` arrived or `timeout` passed.
    static func collect(_ consumer: KafkaConsumer, count: Int, timeout: Duration = .seconds(30),
                        store: Bool = true) async throws -> [KafkaMessage] {
        let deadline = ContinuousClock.now + timeout
        var received: [KafkaMessage] = []
        while received.count < count, ContinuousClock.now < deadline {
            let message = try await withDeadline(deadline) { await consumer.next() }
            guard let message else { break }
            received.append(message)
            if store {
                try consumer.storeOffsets([TopicPartition(topic: message.topic, partition: message.partition, offset: message.offset + 1)])
            }
        }
        return received
    }

    /// Runs `body`, returning nil if the deadline passes first.
    static func withDeadline<T: Sendable>(_ deadline: ContinuousClock.Instant, _ body: @escaping @Sendable () async -> T?) async throws -> T? {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { await body() }
            group.addTask {
                try await Task.sleep(until: deadline)
                return nil
            }
            let first = try await group.next() ?? nil
            group.cancelAll()
            return first
        }
    }

    static func message(_ topic: String, key: String, value: String) -> KafkaProducerMessage {
        KafkaProducerMessage(topic: topic, key: Array(key.utf8), value: Array(value.utf8),
                             headers: [KafkaHeader(key: "event_id", string: value)], timestampMs: 1_700_000_000_000)
    }
}
