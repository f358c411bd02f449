import CRdKafka

/// Connection settings shared by producers, consumers and admin clients.
public struct KafkaConfiguration: Sendable {
    /// Comma-separated `host:port` list of bootstrap brokers.
    public var bootstrapServers: String
    /// `client.id` reported to brokers. Default: `supportstream`.
    public var clientID: String = "supportstream"
    /// Extra librdkafka properties passed through unchanged, e.g. `security.protocol`,
    /// `sasl.mechanisms`, `ssl.ca.location`. They override the typed settings.
    public var properties: [String: String] = [:]

    /// Creates connection settings.
    public init(bootstrapServers: String, clientID: String = "supportstream", properties: [String: String] = [:]) {
        self.bootstrapServers = bootstrapServers
        self.clientID = clientID
        self.properties = properties
    }

    /// The base librdkafka properties.
    var baseProperties: [String: String] {
        ["bootstrap.servers": bootstrapServers, "client.id": clientID]
    }

    /// Builds a librdkafka configuration object from a property map; the caller owns it.
    static func makeNative(_ properties: [String: String]) throws(KafkaError) -> OpaquePointer {
        let conf = rd_kafka_conf_new()!
        var errorBuffer = [CChar](repeating: 0, count: 512)
        for (key, value) in properties.sorted(by: { $0.key < $1.key }) {
            let result = rd_kafka_conf_set(conf, key, value, &errorBuffer, errorBuffer.count)
            if result != RD_KAFKA_CONF_OK {
                rd_kafka_conf_destroy(conf)
                let reason = errorBuffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
                throw .invalidConfiguration(key: key, reason: reason)
            }
        }
        return conf
    }
}

/// Producer settings with documented defaults.
public struct KafkaProducerConfiguration: Sendable {
    /// Connection settings.
    public var connection: KafkaConfiguration
    /// Idempotent delivery (no duplicates or reordering from retries). Default: `true`.
    public var idempotent: Bool = true
    /// How long to wait to fill a batch, in ms. Default: 5.
    public var lingerMs: Int = 5
    /// How long librdkafka keeps retrying a record before reporting failure, in ms (0: no deadline). Default: 30 000.
    public var messageTimeoutMs: Int = 30_000
    /// Most records waiting in librdkafka's queue before `QUEUE_FULL`. Default: 100 000.
    public var queueBufferingMaxMessages: Int = 100_000
    /// How long to wait before retrying a record that hit `QUEUE_FULL`. Default: 2 ms.
    public var queueFullBackoff: Duration = .milliseconds(2)
    /// How long shutdown waits for outstanding deliveries, in ms. Default: 10 000.
    public var flushTimeoutMs: Int = 10_000

    /// Creates producer settings.
    public init(connection: KafkaConfiguration) {
        self.connection = connection
    }

    /// The full librdkafka property map.
    public var properties: [String: String] {
        var map = connection.baseProperties
        map["enable.idempotence"] = idempotent ? "true" : "false"
        map["linger.ms"] = String(lingerMs)
        map["message.timeout.ms"] = String(messageTimeoutMs)
        map["queue.buffering.max.messages"] = String(queueBufferingMaxMessages)
        if idempotent { map["acks"] = "all" }
        return map.merging(connection.properties) { _, override in override }
    }
}

/// How a consumer group spreads partitions over its members.
public enum AssignmentStrategy: String, Sendable, CaseIterable {
    /// Eager: every rebalance revokes all partitions, then assigns anew (`range,roundrobin`).
    case eager
    /// Incremental: only moved partitions are revoked (`cooperative-sticky`).
    case cooperativeSticky = "cooperative-sticky"

    var librdkafkaValue: String {
        switch self {
        case .eager: return "range,roundrobin"
        case .cooperativeSticky: return "cooperative-sticky"
        }
    }
}

/// Consumer settings with documented defaults.
public struct KafkaConsumerConfiguration: Sendable {
    /// Connection settings.
    public var connection: KafkaConfiguration
    /// Consumer group id.
    public var groupID: String
    /// Static membership id (`group.instance.id`): a restarted member gets its partitions back
    /// without a rebalance. Default: `nil` (dynamic membership).
    public var groupInstanceID: String?
    /// Partition assignment strategy. Default: cooperative-sticky.
    public var assignmentStrategy: AssignmentStrategy = .cooperativeSticky
    /// Session timeout in ms; a crashed member's partitions move after this long. Default: 10 000
    /// (librdkafka's default of 45 000 stalls partitions for too long after a crash).
    public var sessionTimeoutMs: Int = 10_000
    /// Heartbeat interval in ms. Default: 1 000.
    public var heartbeatIntervalMs: Int = 1_000
    /// How often stored (processed) offsets are committed, in ms. Default: 1 000.
    public var autoCommitIntervalMs: Int = 1_000
    /// Where to start without a committed offset: `earliest` or `latest`. Default: `earliest`.
    public var autoOffsetReset: String = "earliest"
    /// Records buffered between the poll thread and the processing task. Default: 1 024.
    public var bufferCapacity: Int = 1_024
    /// Most kilobytes librdkafka pre-fetches into the local consumer queue (`queued.max.messages.kbytes`).
    /// Default: 32 768 (librdkafka's 65 536 let a 24-partition backlog of 1 KB tickets lift `run`'s peak resident
    /// set to 263–308 MB; 32 MB kept it at 222 MB with no measurable change in rate, while 16 MB, at 183 MB, ran
    /// slower in both of two runs).
    public var queuedMaxKilobytes: Int = 32_768
    /// Longest time a revoke waits for in-flight records to finish before committing. Default: 10 s.
    public var revokeDrainTimeout: Duration = .seconds(10)

    /// Creates consumer settings.
    public init(connection: KafkaConfiguration, groupID: String) {
        self.connection = connection
        self.groupID = groupID
    }

    /// The full librdkafka property map. Offsets are stored only by the application, after
    /// processing, and committed by librdkafka's auto-commit timer and on revoke and close.
    public var properties: [String: String] {
        var map = connection.baseProperties
        map["group.id"] = groupID
        if let groupInstanceID { map["group.instance.id"] = groupInstanceID }
        map["partition.assignment.strategy"] = assignmentStrategy.librdkafkaValue
        map["session.timeout.ms"] = String(sessionTimeoutMs)
        map["heartbeat.interval.ms"] = String(heartbeatIntervalMs)
        map["enable.auto.commit"] = "true"
        map["enable.auto.offset.store"] = "false"
        map["auto.commit.interval.ms"] = String(autoCommitIntervalMs)
        map["auto.offset.reset"] = autoOffsetReset
        map["enable.partition.eof"] = "false"
        map["queued.max.messages.kbytes"] = String(queuedMaxKilobytes)
        return map.merging(connection.properties) { _, override in override }
    }
}
