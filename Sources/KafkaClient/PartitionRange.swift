/// A half-open offset range `[start, end)` of one partition, to be read by a replay.
public struct PartitionRange: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Topic name.
    public var topic: String
    /// Partition number.
    public var partition: Int32
    /// First offset to read.
    public var start: Int64
    /// One past the last offset to read (exclusive).
    public var end: Int64

    /// Creates a range.
    public init(topic: String, partition: Int32, start: Int64, end: Int64) {
        self.topic = topic
        self.partition = partition
        self.start = start
        self.end = end
    }

    /// Offsets in the range (0 when empty).
    public var count: Int64 { max(0, end - start) }

    /// The partition without offsets.
    public var topicPartition: TopicPartition { TopicPartition(topic: topic, partition: partition) }

    /// `topic[partition]@start..<end`, for logs.
    public var description: String { "\(topic)[\(partition)]@\(start)..<\(end)" }
}
