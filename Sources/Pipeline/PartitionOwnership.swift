import KafkaClient
import Synchronization

/// The partitions a worker owns right now, and how many revocations it has seen.
///
/// A worker takes up to a batch of records from the consumer at once. When a rebalance takes a
/// partition away while part of that batch still waits, those records belong to the partition's new
/// owner (who reads them again from the committed offset); processing them here would publish the
/// same keys from two members at once. The worker compares ``revocations`` with the value it read
/// before taking the batch and, when it changed, keeps only the records of partitions it still owns.
final class PartitionOwnership: Sendable {
    private struct State {
        var owned: Set<TopicPartition> = []
        var revocations: UInt64 = 0
    }

    private let state = Mutex(State())

    /// Records newly assigned partitions (eager and incremental assignments alike).
    func assigned(_ partitions: [TopicPartition]) {
        state.withLock { $0.owned.formUnion(partitions) }
    }

    /// Records revoked or lost partitions and counts the revocation.
    func revoked(_ partitions: [TopicPartition]) {
        state.withLock {
            $0.owned.subtract(partitions)
            $0.revocations &+= 1
        }
    }

    /// How many revocations happened so far; read it before taking a batch.
    var revocations: UInt64 { state.withLock { $0.revocations } }

    /// The records among `messages` whose partition this worker still owns, in their order.
    func keepOwned(_ messages: ArraySlice<KafkaMessage>) -> [KafkaMessage] {
        state.withLock { state in messages.filter { state.owned.contains($0.topicPartition) } }
    }
}
