extension StreamService {
    /// Consumer lag of every partition assigned to a worker of this process.
    public func consumerLag() async -> [PartitionLag] {
        var result: [PartitionLag] = []
        for worker in workers { result += await worker.partitionLag() }
        return result
    }

    /// Partitions assigned across all workers; readiness needs at least one.
    public var assignedPartitionCount: Int {
        workers.reduce(0) { $0 + $1.assignedPartitionCount }
    }
}
