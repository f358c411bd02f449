import CRdKafka

/// Broker metadata queries shared by the clients.
enum Metadata {
    /// The number of partitions of a topic; throws when the topic does not exist.
    static func partitionCount(handle: OpaquePointer, topic: String, timeoutMs: Int) throws(KafkaError) -> Int {
        var metadata: UnsafePointer<rd_kafka_metadata>?
        let topicHandle = rd_kafka_topic_new(handle, topic, nil)
        defer { if let topicHandle { rd_kafka_topic_destroy(topicHandle) } }
        let err = rd_kafka_metadata(handle, 0, topicHandle, &metadata, Int32(timeoutMs))
        guard err == RD_KAFKA_RESP_ERR_NO_ERROR, let metadata else { throw KafkaError.consumer("metadata", err) }
        defer { rd_kafka_metadata_destroy(metadata) }
        guard metadata.pointee.topic_cnt > 0 else { throw KafkaError.consumer("metadata", RD_KAFKA_RESP_ERR__UNKNOWN_TOPIC) }
        let entry = metadata.pointee.topics[0]
        if entry.err != RD_KAFKA_RESP_ERR_NO_ERROR { throw KafkaError.consumer("metadata", entry.err) }
        return Int(entry.partition_cnt)
    }
}
