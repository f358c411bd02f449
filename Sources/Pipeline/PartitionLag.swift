/// Consumer lag of one assigned partition: high watermark minus the committed offset.
public struct PartitionLag: Sendable, Equatable {
    /// Topic.
    public var topic: String
    /// Partition.
    public var partition: Int32
    /// Records not yet committed (the whole partition when nothing is committed yet).
    public var lag: Int64
}
