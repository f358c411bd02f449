import CRdKafka
import Logging

/// Topic administration on a real cluster (create topics, count partitions).
public final class KafkaAdmin: Sendable {
    private let handle: RdKafkaHandle
    private let context: ClientContext

    /// A topic to create.
    public struct NewTopic: Sendable, Equatable {
        public var name: String
        public var partitions: Int
        public var replicationFactor: Int
        public var config: [String: String]

        /// Creates a topic specification.
        public init(name: String, partitions: Int, replicationFactor: Int, config: [String: String] = [:]) {
            self.name = name
            self.partitions = partitions
            self.replicationFactor = replicationFactor
            self.config = config
        }
    }

    /// Connects an admin client.
    public init(connection: KafkaConfiguration, logger: Logger) throws(KafkaError) {
        let context = ClientContext(logger: logger)
        self.context = context
        handle = try ClientContext.makeHandle(type: RD_KAFKA_PRODUCER,
                                              properties: connection.baseProperties.merging(connection.properties) { _, new in new },
                                              context: context)
    }

    deinit {
        rd_kafka_destroy(handle.pointer)
    }

    /// Creates topics; returns the outcome per topic (`nil` on success, or the broker's reason).
    /// A topic that already exists counts as success.
    public func createTopics(_ topics: [NewTopic], timeoutMs: Int = 30_000) async throws(KafkaError) -> [String: String?] {
        let handle = self.handle
        return try await Blocking.run { () throws(KafkaError) -> [String: String?] in
            var errorBuffer = [CChar](repeating: 0, count: 512)
            var specs: [OpaquePointer?] = []
            defer { for spec in specs { rd_kafka_NewTopic_destroy(spec) } }
            for topic in topics {
                guard let spec = rd_kafka_NewTopic_new(topic.name, Int32(topic.partitions), Int32(topic.replicationFactor),
                                                       &errorBuffer, errorBuffer.count) else {
                    let reason = errorBuffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
                    throw .invalidConfiguration(key: "topic \(topic.name)", reason: reason)
                }
                for (key, value) in topic.config { _ = rd_kafka_NewTopic_set_config(spec, key, value) }
                specs.append(spec)
            }
            let queue = rd_kafka_queue_new(handle.pointer)
            defer { rd_kafka_queue_destroy(queue) }
            let options = rd_kafka_AdminOptions_new(handle.pointer, RD_KAFKA_ADMIN_OP_CREATETOPICS)
            defer { rd_kafka_AdminOptions_destroy(options) }
            _ = rd_kafka_AdminOptions_set_request_timeout(options, Int32(timeoutMs), &errorBuffer, errorBuffer.count)
            specs.withUnsafeMutableBufferPointer { buffer in
                rd_kafka_CreateTopics(handle.pointer, buffer.baseAddress, buffer.count, options, queue)
            }
            guard let event = rd_kafka_queue_poll(queue, Int32(timeoutMs + 5_000)) else {
                throw .consumerFailed(operation: "create topics", code: RD_KAFKA_RESP_ERR__TIMED_OUT.rawValue, reason: "no answer from the cluster")
            }
            defer { rd_kafka_event_destroy(event) }
            let eventError = rd_kafka_event_error(event)
            if eventError != RD_KAFKA_RESP_ERR_NO_ERROR { throw KafkaError.consumer("create topics", eventError) }
            var count = 0
            guard let result = rd_kafka_event_CreateTopics_result(event),
                  let entries = rd_kafka_CreateTopics_result_topics(result, &count) else { return [:] }
            var outcome: [String: String?] = [:]
            for index in 0..<count {
                let entry = entries[index]
                let name = String(cString: rd_kafka_topic_result_name(entry))
                let err = rd_kafka_topic_result_error(entry)
                if err == RD_KAFKA_RESP_ERR_NO_ERROR || err == RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS {
                    outcome[name] = .some(nil)
                } else {
                    outcome[name] = .some(rd_kafka_topic_result_error_string(entry).map { String(cString: $0) } ?? KafkaError.reason(of: err))
                }
            }
            return outcome
        }
    }

    /// The number of partitions of a topic.
    public func partitionCount(topic: String, timeoutMs: Int = 5_000) async throws(KafkaError) -> Int {
        let handle = self.handle
        return try await Blocking.run { () throws(KafkaError) -> Int in
            try Metadata.partitionCount(handle: handle.pointer, topic: topic, timeoutMs: timeoutMs)
        }
    }
}
