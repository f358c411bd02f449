import CRdKafka

extension KafkaConsumer {
    /// The earliest offset per partition whose timestamp is at or after the given time.
    ///
    /// Each input partition carries the timestamp (ms since the epoch) in its `offset`; each output
    /// partition carries the answer, or `-1` (``KafkaOffset/end``) when the broker knows no such
    /// record. Some brokers, including the embedded mock cluster, always answer `-1`; see
    /// ``TimestampOffsetSearch`` for the fallback.
    public func offsetsForTimes(_ partitions: [TopicPartition], timeoutMs: Int = 10_000) async throws(KafkaError) -> [TopicPartition] {
        guard !partitions.isEmpty else { return [] }
        let handle = self.handle
        return try await Blocking.run { () throws(KafkaError) -> [TopicPartition] in
            let list = TopicPartition.makeList(partitions)
            defer { rd_kafka_topic_partition_list_destroy(list) }
            let err = rd_kafka_offsets_for_times(handle.pointer, list, Int32(timeoutMs))
            guard err == RD_KAFKA_RESP_ERR_NO_ERROR else { throw KafkaError.consumer("offsets_for_times", err) }
            for index in 0..<Int(list.pointee.cnt) where list.pointee.elems[index].err != RD_KAFKA_RESP_ERR_NO_ERROR {
                throw KafkaError.consumer("offsets_for_times", list.pointee.elems[index].err)
            }
            return TopicPartition.fromList(list)
        }
    }
}
