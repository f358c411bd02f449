import CRdKafka

/// A topic partition, optionally with an offset.
public struct TopicPartition: Sendable, Hashable, CustomStringConvertible {
    /// Topic name.
    public var topic: String
    /// Partition number.
    public var partition: Int32
    /// An offset, or one of the logical offsets in ``KafkaOffset``; `nil` when unused.
    public var offset: Int64?

    /// Creates a topic partition.
    public init(topic: String, partition: Int32, offset: Int64? = nil) {
        self.topic = topic
        self.partition = partition
        self.offset = offset
    }

    /// `topic[partition]@offset`, for logs.
    public var description: String {
        if let offset { return "\(topic)[\(partition)]@\(offset)" }
        return "\(topic)[\(partition)]"
    }

    /// The same partition without an offset, to use as a dictionary key.
    public var withoutOffset: TopicPartition { TopicPartition(topic: topic, partition: partition) }

    /// Builds a librdkafka list; the caller destroys it.
    static func makeList(_ partitions: [TopicPartition]) -> UnsafeMutablePointer<rd_kafka_topic_partition_list_t> {
        let list = rd_kafka_topic_partition_list_new(Int32(max(partitions.count, 1)))!
        for tp in partitions {
            let element = rd_kafka_topic_partition_list_add(list, tp.topic, tp.partition)!
            if let offset = tp.offset { element.pointee.offset = offset }
        }
        return list
    }

    /// Reads a librdkafka list.
    static func fromList(_ list: UnsafePointer<rd_kafka_topic_partition_list_t>?) -> [TopicPartition] {
        guard let list, list.pointee.cnt > 0 else { return [] }
        return (0..<Int(list.pointee.cnt)).map { index in
            let element = list.pointee.elems[index]
            return TopicPartition(topic: String(cString: element.topic), partition: element.partition, offset: element.offset)
        }
    }
}

/// Logical offsets understood by librdkafka.
public enum KafkaOffset {
    /// The oldest message still kept.
    public static let beginning: Int64 = -2
    /// The next message to be written.
    public static let end: Int64 = -1
    /// The group's committed offset.
    public static let stored: Int64 = -1000
}
