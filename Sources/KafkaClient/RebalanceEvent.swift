/// A change of a consumer's partition assignment, reported on the poll thread.
public enum RebalanceEvent: Sendable, Equatable {
    /// These partitions were added to the assignment.
    case assigned([TopicPartition])
    /// These partitions are about to be revoked. The handler may block (bounded by
    /// ``KafkaConsumerConfiguration/revokeDrainTimeout``) until their in-flight records are
    /// finished and stored; the consumer commits right after it returns.
    case revoking([TopicPartition])
    /// These partitions were lost (e.g. the session timed out): nothing can be committed for them.
    case lost([TopicPartition])
}
