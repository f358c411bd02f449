extension KafkaConsumer {
    /// The partitions currently assigned, read off the cooperative pool.
    ///
    /// `rd_kafka_assignment` waits for the consumer-group thread, so async callers (metrics
    /// refreshers) use this instead of ``assignment()``.
    public func assignmentAsync() async throws(KafkaError) -> [TopicPartition] {
        try await Blocking.run { () throws(KafkaError) -> [TopicPartition] in try self.assignment() }
    }
}
