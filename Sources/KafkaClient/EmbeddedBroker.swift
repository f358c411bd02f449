import CRdKafka
import Logging
import Synchronization

/// librdkafka's mock cluster: a real Kafka wire-protocol broker on loopback.
///
/// Other processes (kcat, other supportstream processes) can connect to ``bootstrapServers``.
/// Its measured limits: it keeps about 5 MiB per partition and silently drops older data,
/// `offsets_for_times` returns -1, and transactional offsets are acknowledged but not stored.
public final class EmbeddedBroker: Sendable {
    /// Comma-separated bootstrap address list, e.g. `127.0.0.1:40123`.
    public let bootstrapServers: String
    /// Number of brokers in the cluster (ids 1...count).
    public let brokerCount: Int
    private let owner: RdKafkaHandle
    private let cluster: MockClusterPointer
    private let isClosed = Atomic<Bool>(false)
    private let logger: Logger

    /// Starts a mock cluster with `brokers` brokers on loopback.
    public init(brokers: Int = 1, logger: Logger) throws(KafkaError) {
        self.logger = logger
        self.brokerCount = brokers
        let context = ClientContext(logger: logger)
        // The mock cluster lives inside a client instance; a producer handle that never produces.
        let owner = try ClientContext.makeHandle(type: RD_KAFKA_PRODUCER, properties: ["log_level": "3"], context: context)
        guard let cluster = rd_kafka_mock_cluster_new(owner.pointer, Int32(brokers)) else {
            rd_kafka_destroy(owner.pointer)
            throw .brokerFailed(reason: "rd_kafka_mock_cluster_new failed; is a loopback port free?")
        }
        self.owner = owner
        self.cluster = MockClusterPointer(cluster)
        self.bootstrapServers = String(cString: rd_kafka_mock_cluster_bootstraps(cluster))
        withExtendedLifetime(context) {}
        logger.info("embedded broker started", metadata: ["bootstrap": "\(bootstrapServers)", "brokers": "\(brokers)"])
    }

    deinit {
        shutdown()
    }

    /// Creates a topic; creating an existing topic is an error.
    public func createTopic(_ name: String, partitions: Int, replicationFactor: Int = 1) throws(KafkaError) {
        let err = rd_kafka_mock_topic_create(cluster.pointer, name, Int32(partitions), Int32(min(replicationFactor, brokerCount)))
        guard err == RD_KAFKA_RESP_ERR_NO_ERROR else {
            throw .brokerFailed(reason: "cannot create topic \(name): \(KafkaError.reason(of: err))")
        }
    }

    /// Makes the next `errors.count` requests of this type fail with these error codes, in order.
    public func pushRequestErrors(_ api: KafkaAPIKey, _ errors: [KafkaBrokerError]) {
        let codes = errors.map { rd_kafka_resp_err_t(rawValue: $0.rawValue) }
        codes.withUnsafeBufferPointer { buffer in
            rd_kafka_mock_push_request_errors_array(cluster.pointer, api.rawValue, buffer.count, buffer.baseAddress)
        }
    }

    /// Takes a broker down: its connections close and it refuses new ones.
    public func setBrokerDown(_ brokerID: Int32) throws(KafkaError) {
        let err = rd_kafka_mock_broker_set_down(cluster.pointer, brokerID)
        guard err == RD_KAFKA_RESP_ERR_NO_ERROR else { throw .brokerFailed(reason: "broker \(brokerID) down: \(KafkaError.reason(of: err))") }
    }

    /// Brings a broker back up.
    public func setBrokerUp(_ brokerID: Int32) throws(KafkaError) {
        let err = rd_kafka_mock_broker_set_up(cluster.pointer, brokerID)
        guard err == RD_KAFKA_RESP_ERR_NO_ERROR else { throw .brokerFailed(reason: "broker \(brokerID) up: \(KafkaError.reason(of: err))") }
    }

    /// Moves the leadership of a partition to another broker.
    public func setPartitionLeader(topic: String, partition: Int32, brokerID: Int32) throws(KafkaError) {
        let err = rd_kafka_mock_partition_set_leader(cluster.pointer, topic, partition, brokerID)
        guard err == RD_KAFKA_RESP_ERR_NO_ERROR else { throw .brokerFailed(reason: "set leader: \(KafkaError.reason(of: err))") }
    }

    /// Stops the cluster and frees it. Safe to call more than once.
    public func shutdown() {
        guard !isClosed.exchange(true, ordering: .acquiringAndReleasing) else { return }
        rd_kafka_mock_cluster_destroy(cluster.pointer)
        rd_kafka_destroy(owner.pointer)
        logger.info("embedded broker stopped")
    }
}

/// The mock cluster pointer; the mock cluster runs its own thread and is safe to call from any thread.
final class MockClusterPointer: @unchecked Sendable {
    let pointer: OpaquePointer
    init(_ pointer: OpaquePointer) { self.pointer = pointer }
}
