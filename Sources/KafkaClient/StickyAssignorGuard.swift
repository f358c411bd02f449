import CRdKafka
import Synchronization

/// Tracks whether librdkafka's cooperative-sticky assignor state may be missing, so close can avoid its abort.
///
/// librdkafka 2.0.2 asserts in `rd_kafka_sticky_assignor_state_destroy` when a consumer handle is
/// destroyed while the group has no assignor state for this member: before its first assignment, and
/// (as seen once in CI, after an `ILLEGAL_GENERATION`) after the group took the assignment away and
/// before a new one arrived. The state is created when the member receives an assignment, so the
/// guard trusts it only between an assignment and the next lost assignment or rebalance error.
final class StickyAssignorGuard: Sendable {
    private let held = Atomic<Bool>(false)

    /// Creates a guard for a member that has not been assigned anything yet.
    init() {}

    /// Whether destroying the handle is known to be safe: an assignment arrived and was not lost since.
    var stateIsHeld: Bool { held.load(ordering: .acquiring) }

    /// Records a rebalance callback: an assignment, a revoke (`lost` when the group took it away) or an error.
    func record(assign: Bool, revoke: Bool, lost: Bool) {
        if assign {
            held.store(true, ordering: .releasing)
        } else if !revoke || lost {
            held.store(false, ordering: .releasing)
        }
    }

    /// Records a commit result: a generation or membership error means the group moved on without
    /// this member, which may have reset its assignor state until the next assignment.
    func record(commitError code: rd_kafka_resp_err_t) {
        switch code {
        case RD_KAFKA_RESP_ERR_ILLEGAL_GENERATION, RD_KAFKA_RESP_ERR_UNKNOWN_MEMBER_ID,
             RD_KAFKA_RESP_ERR_REBALANCE_IN_PROGRESS, RD_KAFKA_RESP_ERR_FENCED_INSTANCE_ID:
            held.store(false, ordering: .releasing)
        default:
            break
        }
    }
}
