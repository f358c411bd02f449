extension StreamService {
    /// Consumer lag of every partition assigned to a worker of this process.
    public func consumerLag() async -> [PartitionLag] {
        var result: [PartitionLag] = []
        for worker in workers { result += await worker.partitionLag() }
        return result
    }

    /// Partitions assigned across all workers; readiness needs at least one.
    public func assignedPartitionCount() async -> Int {
        var total = 0
        for worker in workers { total += await worker.assignedPartitionCount() }
        return total
    }
}
