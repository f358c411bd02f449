/// A record to be written to Kafka.
public struct KafkaProducerMessage: Sendable {
    /// Destination topic.
    public var topic: String
    /// Destination partition; `nil` lets the partitioner choose from the key.
    public var partition: Int32?
    /// Record key; records with the same key land in the same partition, in order.
    public var key: [UInt8]?
    /// Record value bytes; empty is sent as a null value (a tombstone on compacted topics).
    public var value: [UInt8]
    /// Record headers.
    public var headers: [KafkaHeader]
    /// Create time in milliseconds since the epoch; `nil` lets librdkafka stamp it.
    public var timestampMs: Int64?

    /// Creates a record.
    public init(topic: String, partition: Int32? = nil, key: [UInt8]?, value: [UInt8],
                headers: [KafkaHeader] = [], timestampMs: Int64? = nil) {
        self.topic = topic
        self.partition = partition
        self.key = key
        self.value = value
        self.headers = headers
        self.timestampMs = timestampMs
    }
}

/// The broker's confirmation that a record was written.
public struct DeliveryReport: Sendable, Equatable {
    /// Topic written to.
    public let topic: String
    /// Partition written to.
    public let partition: Int32
    /// Offset assigned by the broker.
    public let offset: Int64
}
