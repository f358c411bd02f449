import CRdKafka
@testable import KafkaClient
import Testing

/// The guard that keeps close from destroying a cooperative-sticky member without assignor state.
struct StickyAssignorGuardTests {
    @Test func onlyAnAssignmentNotLostSinceCountsAsHeld() {
        let guardState = StickyAssignorGuard()
        #expect(!guardState.stateIsHeld)
        guardState.record(assign: true, revoke: false, lost: false)
        #expect(guardState.stateIsHeld)
        guardState.record(assign: false, revoke: true, lost: false)
        #expect(guardState.stateIsHeld, "an ordinary incremental revoke keeps the member's state")
        guardState.record(assign: false, revoke: true, lost: true)
        #expect(!guardState.stateIsHeld, "a lost assignment may have reset it")
        guardState.record(assign: true, revoke: false, lost: false)
        guardState.record(assign: false, revoke: false, lost: false)
        #expect(!guardState.stateIsHeld, "a rebalance error clears the assignment")
    }

    @Test func generationErrorsOnCommitClearItUntilTheNextAssignment() {
        let guardState = StickyAssignorGuard()
        guardState.record(assign: true, revoke: false, lost: false)
        guardState.record(commitError: RD_KAFKA_RESP_ERR_NO_ERROR)
        guardState.record(commitError: RD_KAFKA_RESP_ERR__NO_OFFSET)
        #expect(guardState.stateIsHeld)
        guardState.record(commitError: RD_KAFKA_RESP_ERR_ILLEGAL_GENERATION)
        #expect(!guardState.stateIsHeld)
        guardState.record(assign: true, revoke: false, lost: false)
        #expect(guardState.stateIsHeld)
        guardState.record(commitError: RD_KAFKA_RESP_ERR_UNKNOWN_MEMBER_ID)
        #expect(!guardState.stateIsHeld)
    }
}
