/// Kafka protocol request types, for injecting faults into the embedded broker.
public enum KafkaAPIKey: Int16, Sendable, CaseIterable {
    case produce = 0
    case fetch = 1
    case listOffsets = 2
    case metadata = 3
    case offsetCommit = 8
    case offsetFetch = 9
    case findCoordinator = 10
    case joinGroup = 11
    case heartbeat = 12
    case leaveGroup = 13
    case syncGroup = 14
    case initProducerID = 22
}

/// Broker error codes useful for fault injection (Kafka protocol error codes).
public enum KafkaBrokerError: Int32, Sendable {
    case notLeaderForPartition = 6
    case requestTimedOut = 7
    case notEnoughReplicas = 19
    case coordinatorNotAvailable = 15
    case notCoordinator = 16
    case rebalanceInProgress = 27
    case unknownMemberID = 25
    case brokerNotAvailable = 8
    case leaderNotAvailable = 5
    case networkException = 13
}
