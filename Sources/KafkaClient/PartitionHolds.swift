/// Partitions whose records a consumer holds back until they are released (e.g. while the state
/// that their records need is rebuilt): plain bookkeeping, driven by the consumer's poll thread.
///
/// Why not simply pause such a partition when it is assigned and resume it when released:
/// librdkafka 2.0.2 gives every pause or resume a new op version of the partition, and drops any
/// queued op of an older version as outdated. An assignment starts a partition with a FETCH_START
/// op whose version the main thread takes before it queues the op; a pause issued by another thread
/// in between is queued first, so the FETCH_START is dropped and the partition is never fetched
/// (its records never arrive, and nothing reports it). A resume that arrives while the partition
/// is still looking up its start offset starts a second lookup, which later rewinds the running
/// partition to its start, so every record is delivered twice. Both were seen in the backpressure
/// test under load. So a held partition is paused only once its first record has arrived (it has
/// started and knows its position), and only the poll thread pauses and resumes it.
struct PartitionHolds {
    /// What the poll thread does with a record it just polled.
    enum Admission: Equatable {
        /// Not held: hand it to the application.
        case deliver
        /// Held: keep it back until the partition is released.
        case park
        /// Held, and the first record of the partition: keep it back and pause the partition.
        case parkAndPause
    }

    /// A released partition with the records kept back for it, oldest first.
    struct Released {
        var partition: TopicPartition
        var parked: [KafkaMessage]
        /// Whether the partition was paused (and so must be resumed).
        var paused: Bool
    }

    private struct Entry {
        var parked: [KafkaMessage] = []
        var paused = false
        var released = false
    }

    private var entries: [TopicPartition: Entry] = [:]

    /// Starts holding back these partitions' records (a partition held already stays as it is).
    mutating func hold(_ partitions: [TopicPartition]) {
        for partition in partitions where entries[partition.withoutOffset] == nil {
            entries[partition.withoutOffset] = Entry()
        }
    }

    /// Marks these partitions released; ``takeReleased()`` then hands over their records.
    mutating func release(_ partitions: [TopicPartition]) {
        for partition in partitions {
            entries[partition.withoutOffset]?.released = true
        }
    }

    /// Decides what happens to a record just polled.
    mutating func admit(_ message: KafkaMessage) -> Admission {
        if entries.isEmpty { return .deliver }  // the usual case, once per record
        let key = message.topicPartition
        guard var entry = entries[key] else { return .deliver }
        entry.parked.append(message)
        // A released partition is handed over on the next poll; pausing it now would only
        // cost a resume right after.
        let pause = !entry.paused && !entry.released
        if pause { entry.paused = true }
        entries[key] = entry
        return pause ? .parkAndPause : .park
    }

    /// Removes the released partitions and returns them with their kept-back records.
    mutating func takeReleased() -> [Released] {
        guard entries.values.contains(where: \.released) else { return [] }  // once per poll
        let released = entries.filter { $0.value.released }
        for key in released.keys { entries[key] = nil }
        return released.sorted { $0.key.description < $1.key.description }.map {
            Released(partition: $0.key, parked: $0.value.parked, paused: $0.value.paused)
        }
    }

    /// Forgets revoked or lost partitions and drops their kept-back records (their offsets were
    /// never stored, so the next owner reads them again); returns the partitions that were paused,
    /// which must be resumed so that a later assignment does not start them paused.
    mutating func drop(_ partitions: Set<TopicPartition>) -> (paused: [TopicPartition], dropped: Int) {
        var paused: [TopicPartition] = []
        var dropped = 0
        for partition in partitions {
            guard let entry = entries.removeValue(forKey: partition.withoutOffset) else { continue }
            if entry.paused { paused.append(partition.withoutOffset) }
            dropped += entry.parked.count
        }
        return (paused.sorted { $0.description < $1.description }, dropped)
    }

    /// Partitions held now (released ones included until they are taken).
    var heldPartitions: [TopicPartition] { entries.keys.sorted { $0.description < $1.description } }

    /// Records kept back now.
    var parkedCount: Int { entries.values.reduce(0) { $0 + $1.parked.count } }
}
