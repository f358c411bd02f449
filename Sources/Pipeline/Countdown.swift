import Synchronization

/// Counts down the outputs of one record from the producer's delivery thread.
final class Countdown: Sendable {
    private let remaining: Atomic<Int>
    private let rejectedFlag = Atomic<Bool>(false)

    init(_ count: Int) {
        remaining = Atomic(count)
    }

    /// Decrements and returns the new value.
    func decrement() -> Int {
        remaining.wrappingSubtract(1, ordering: .acquiringAndReleasing).newValue
    }

    /// Records that an output was refused by Kafka and replaced by a dead letter.
    func markRejected() {
        rejectedFlag.store(true, ordering: .releasing)
    }

    /// Whether an output was refused and replaced by a dead letter.
    var rejected: Bool {
        rejectedFlag.load(ordering: .acquiring)
    }
}
