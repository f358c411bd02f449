import KafkaClient

extension StreamWorker {
    /// Lag of every partition assigned to this worker; librdkafka calls run off the cooperative pool.
    /// Returns nothing once the worker is stopping, so no query races the consumer's close.
    public func partitionLag() async -> [PartitionLag] {
        guard !stopFlag.load(ordering: .acquiring) else { return [] }
        guard let assigned = try? await consumer.assignmentAsync(), !assigned.isEmpty else { return [] }
        let committed = (try? await consumer.committed(assigned.map(\.withoutOffset))) ?? []
        var result: [PartitionLag] = []
        for partition in assigned {
            guard let marks = try? await consumer.watermarks(topic: partition.topic, partition: partition.partition) else { continue }
            let offset = committed.first { $0.topic == partition.topic && $0.partition == partition.partition }?.offset ?? -1
            let base = offset >= 0 ? offset : marks.low
            result.append(PartitionLag(topic: partition.topic, partition: partition.partition, lag: max(0, marks.high - base)))
        }
        return result
    }

    /// Partitions currently assigned to this worker (0 on error).
    public func assignedPartitionCount() async -> Int {
        guard !stopFlag.load(ordering: .acquiring) else { return 0 }
        return (try? await consumer.assignmentAsync().count) ?? 0
    }
}
