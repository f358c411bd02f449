import Foundation
import Telemetry
import Testing

/// The `triage_oov_rate` drift feature.
@Suite("Drift of the triage out-of-vocabulary rate")
struct DriftOOVTests {
    static let window = 500

    static func observation(oov: Double?) -> DriftObservation {
        DriftObservation(language: "en", languageConfidence: 0.95, intent: "card_arrival", triageConfidence: 0.8,
                         textLength: 60, entityTypes: [], triageOOVRate: oov)
    }

    static func feed(_ monitor: DriftMonitor, windows: Int, rates: [Double?]) -> [DriftReport] {
        var reports: [DriftReport] = []
        for k in 0..<(windows * window) {
            if let report = monitor.observe(observation(oov: rates[k % rates.count]), topic: "support.chat") {
                reports.append(report)
            }
        }
        return reports
    }

    @Test("rates fall into fixed bins")
    func bins() {
        var distributions = DriftDistributions()
        for rate in [0, 0.05, 0.1, 0.15, 0.25, 0.4, 0.75, 1] { distributions.add(Self.observation(oov: rate)) }
        distributions.add(Self.observation(oov: nil))
        #expect(distributions.counts(.triageOOVRate) == ["0": 1, "0-0.1": 2, "0.1-0.2": 1, "0.2-0.3": 1, "0.3-0.5": 1, "0.5-1": 2])
    }

    @Test("a stable OOV rate stays quiet; a shift to unseen words fires")
    func firesOnShift() throws {
        let monitor = DriftMonitor(configuration: DriftMonitorConfiguration(windowEvents: Self.window))
        let familiar: [Double?] = [0, 0, 0, 0.05, 0.1, 0, 0.15, 0]
        let stable = Self.feed(monitor, windows: 4, rates: familiar)
        #expect(stable.count == 4)
        #expect(!stable.contains { $0.features["triage_oov_rate"]?.drifted ?? true })
        let shifted = Self.feed(monitor, windows: 3, rates: [0.4, 0.6, 1, 0.25, 0.8, 0])
        let first = try #require(shifted.first?.features["triage_oov_rate"])
        #expect(first.drifted)
        #expect(shifted.last?.features["triage_oov_rate"]?.alert == true)
        #expect(shifted.last?.features["intent"]?.alert == false)
    }

    @Test("events without a rate leave the feature unscored")
    func missingRate() {
        let monitor = DriftMonitor(configuration: DriftMonitorConfiguration(windowEvents: Self.window))
        let reports = Self.feed(monitor, windows: 2, rates: [nil]) + Self.feed(monitor, windows: 2, rates: [0.9])
        #expect(reports.count == 4)
        #expect(reports.allSatisfy { $0.features["triage_oov_rate"]?.drifted == false })
    }
}
