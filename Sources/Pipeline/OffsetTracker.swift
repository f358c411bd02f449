import Foundation
import KafkaClient
import Synchronization

/// Tracks in-flight records per partition and yields the offset that is safe to commit.
///
/// A record is done when every output it produced is confirmed delivered. The committable offset of
/// a partition is one past the end of the contiguous run of done records from the oldest one, so
/// a late acknowledgement never lets a later offset be committed over an unfinished earlier one.
public final class OffsetTracker: Sendable {
    private struct PartitionState {
        var pending: [Int64] = []      // offsets in arrival order
        var head = 0
        var done: Set<Int64> = []
        var committable: Int64?

        var inFlight: Int { pending.count - head }
    }

    private let state = Mutex<[TopicPartition: PartitionState]>([:])
    private let drained = NSCondition()

    /// Creates an empty tracker.
    public init() {}

    /// Registers a record as in flight; call in the order records arrive.
    public func begin(_ partition: TopicPartition, offset: Int64) {
        state.withLock { $0[partition.withoutOffset, default: PartitionState()].pending.append(offset) }
    }

    /// Marks a record done; returns the new committable offset of its partition if it advanced.
    public func complete(_ partition: TopicPartition, offset: Int64) -> Int64? {
        let key = partition.withoutOffset
        let advanced: Int64? = state.withLock { states in
            guard var entry = states[key] else { return nil }
            entry.done.insert(offset)
            var next: Int64?
            while entry.head < entry.pending.count, entry.done.contains(entry.pending[entry.head]) {
                let finished = entry.pending[entry.head]
                entry.done.remove(finished)
                entry.head += 1
                next = finished + 1
            }
            if entry.head > 1024 && entry.head * 2 > entry.pending.count {
                entry.pending.removeFirst(entry.head)
                entry.head = 0
            }
            if let next { entry.committable = next }
            states[key] = entry
            return next
        }
        if advanced != nil {
            drained.lock()
            drained.broadcast()
            drained.unlock()
        }
        return advanced
    }

    /// Records in flight for a partition.
    public func inFlight(_ partition: TopicPartition) -> Int {
        state.withLock { $0[partition.withoutOffset]?.inFlight ?? 0 }
    }

    /// Records in flight over all partitions.
    public var totalInFlight: Int {
        state.withLock { $0.values.reduce(0) { $0 + $1.inFlight } }
    }

    /// Blocks the calling (non-async) thread until these partitions have nothing in flight or the
    /// timeout passes; returns whether they drained.
    public func waitUntilDrained(_ partitions: [TopicPartition], timeout: Duration) -> Bool {
        let deadline = Date().addingTimeInterval(Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18)
        drained.lock()
        defer { drained.unlock() }
        while partitions.contains(where: { inFlight($0) > 0 }) {
            if !drained.wait(until: deadline) { return !partitions.contains { inFlight($0) > 0 } }
        }
        return true
    }

    /// Forgets partitions (after they were revoked or lost).
    public func forget(_ partitions: [TopicPartition]) {
        state.withLock { states in
            for partition in partitions { states[partition.withoutOffset] = nil }
        }
    }
}
