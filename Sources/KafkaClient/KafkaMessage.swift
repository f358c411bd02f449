/// A record read from Kafka. Its bytes are copied out of librdkafka's buffers.
public struct KafkaMessage: Sendable, CustomStringConvertible {
    /// Source topic.
    public let topic: String
    /// Source partition.
    public let partition: Int32
    /// Offset of the record in its partition.
    public let offset: Int64
    /// Record key, if any.
    public let key: [UInt8]?
    /// Record value bytes (empty for a null value).
    public let value: [UInt8]
    /// Record headers.
    public let headers: [KafkaHeader]
    /// Record timestamp in milliseconds since the epoch, if the broker reports one.
    public let timestampMs: Int64?

    /// Creates a message (used by tests and replay tools).
    public init(topic: String, partition: Int32, offset: Int64, key: [UInt8]?, value: [UInt8],
                headers: [KafkaHeader] = [], timestampMs: Int64? = nil) {
        self.topic = topic
        self.partition = partition
        self.offset = offset
        self.key = key
        self.value = value
        self.headers = headers
        self.timestampMs = timestampMs
    }

    /// `topic[partition]@offset`, for logs; never the payload.
    public var description: String { "\(topic)[\(partition)]@\(offset)" }

    /// The source coordinates of this record.
    public var topicPartition: TopicPartition { TopicPartition(topic: topic, partition: partition) }
}
