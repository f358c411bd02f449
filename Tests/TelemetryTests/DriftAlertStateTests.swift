import Telemetry
import Testing

@Suite("Drift alert hysteresis")
struct DriftAlertStateTests {
    @Test("raises after k consecutive drifted windows and clears after k calm ones")
    func hysteresis() {
        var state = DriftAlertState(consecutive: 3)
        let verdicts = [true, true, false, true, true, true, false, true, false, false, false]
        let states = verdicts.map { state.update(drifted: $0) }
        #expect(states == [false, false, false, false, false, true, true, true, true, true, false])
    }

    @Test("k = 1 follows every window")
    func immediate() {
        var state = DriftAlertState(consecutive: 1)
        #expect([true, false, true].map { state.update(drifted: $0) } == [true, false, true])
    }
}
