import Foundation
import Telemetry
import Testing

@Suite("Streaming drift detection")
struct DriftMonitorTests {
    static let window = 1_000

    /// Feeds `windows` full windows and returns their reports.
    static func run(_ monitor: DriftMonitor, _ simulator: inout StreamSimulator, windows: Int,
                    make: (inout StreamSimulator) -> DriftObservation) -> [DriftReport] {
        var reports: [DriftReport] = []
        for _ in 0..<(windows * window) {
            if let report = monitor.observe(make(&simulator), topic: "support.tickets") { reports.append(report) }
        }
        return reports
    }

    @Test("a stable stream raises no alert over 200 windows")
    func stableStreamStaysQuiet() {
        let monitor = DriftMonitor(configuration: DriftMonitorConfiguration(windowEvents: Self.window))
        var simulator = StreamSimulator(seed: 7)
        let reports = Self.run(monitor, &simulator, windows: 200) { $0.observation() }
        #expect(reports.count == 200)
        #expect(reports.first?.reference == "first_window")
        let alerts = reports.filter(\.alert).count
        let driftedWindows = reports.reduce(0) { $0 + $1.features.values.filter(\.drifted).count }
        #expect(alerts == 0, "false alarms: \(alerts) windows in alert, \(driftedWindows) drifted feature-windows")
        // Single drifted feature-windows are rare too (k = 3 absorbs them anyway).
        #expect(driftedWindows <= 200 * DriftFeature.allCases.count / 100, "drifted feature-windows: \(driftedWindows)")
        // Raw JS on 77 intents is large from sampling alone; the noise floor is what keeps it quiet.
        let intentJS = reports.dropFirst().map { $0.features["intent"]!.js }
        #expect(intentJS.reduce(0, +) / Double(intentJS.count) > 0.1)
    }

    @Test("a language mix moving from English to German raises the language alert after k windows")
    func languageShiftFires() {
        let monitor = DriftMonitor(configuration: DriftMonitorConfiguration(windowEvents: Self.window))
        var simulator = StreamSimulator(seed: 11)
        let before = Self.run(monitor, &simulator, windows: 5) { $0.observation() }
        #expect(!before.contains { $0.alert })
        let after = Self.run(monitor, &simulator, windows: 5) { $0.observation(languages: StreamSimulator.mostlyGerman) }
        #expect(after.allSatisfy { $0.features["language"]!.drifted })
        #expect(after.map { $0.features["language"]!.alert } == [false, false, true, true, true])
        #expect(after[2].alert)
        #expect(after[2].features["language"]!.psi > 0.25)
        // Intents did not move.
        #expect(!after.contains { $0.features["intent"]!.alert })
    }

    @Test("intents collapsing to one raise the intent alert, and it clears after k calm windows")
    func intentCollapseFiresAndClears() {
        let monitor = DriftMonitor(configuration: DriftMonitorConfiguration(windowEvents: Self.window))
        var simulator = StreamSimulator(seed: 13)
        _ = Self.run(monitor, &simulator, windows: 3) { $0.observation() }
        let collapsed = Self.run(monitor, &simulator, windows: 4) { $0.observation(intents: [("card_arrival", 1)]) }
        #expect(collapsed.map { $0.features["intent"]!.alert } == [false, false, true, true])
        #expect(collapsed[3].features["intent"]!.js > 0.5)
        let recovered = Self.run(monitor, &simulator, windows: 4) { $0.observation() }
        #expect(recovered.map { $0.features["intent"]!.alert } == [true, true, false, false])
    }

    @Test("a moderate shift (one mid-ranked intent gains about 15 points of share) is detected")
    func moderateIntentShift() {
        let monitor = DriftMonitor(configuration: DriftMonitorConfiguration(windowEvents: Self.window))
        var simulator = StreamSimulator(seed: 29)
        _ = Self.run(monitor, &simulator, windows: 3) { $0.observation() }
        // Total weight is ~5.5; adding 1.0 to intent_20 moves its share from ~1% to ~16%.
        let shifted = StreamSimulator.intents.map { $0.0 == "intent_20" ? ($0.0, $0.1 + 1.0) : $0 }
        let reports = Self.run(monitor, &simulator, windows: 3) { $0.observation(intents: shifted) }
        #expect(reports.allSatisfy { $0.features["intent"]!.drifted })
        #expect(reports.last!.features["intent"]!.alert)
    }

    @Test("a pinned baseline is the reference from the first window")
    func baselineReference() {
        var baseline = DriftDistributions()
        var simulator = StreamSimulator(seed: 17)
        for _ in 0..<5_000 { baseline.add(simulator.observation()) }
        let monitor = DriftMonitor(configuration: DriftMonitorConfiguration(windowEvents: Self.window),
                                   baselines: ["support.tickets": baseline])
        let reports = Self.run(monitor, &simulator, windows: 3) { $0.observation(languages: StreamSimulator.mostlyGerman) }
        #expect(reports.allSatisfy { $0.reference == "baseline" })
        // Compared with the baseline, the very first window already counts as drifted.
        #expect(reports.map { $0.features["language"]!.alert } == [false, false, true])
    }

    @Test("time windows close on tick without new events")
    func timeWindows() {
        let monitor = DriftMonitor(configuration: DriftMonitorConfiguration(windowEvents: 1_000_000, windowSeconds: 60))
        var simulator = StreamSimulator(seed: 19)
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        for index in 0..<10 { #expect(monitor.observe(simulator.observation(), topic: "t", now: start + Double(index)) == nil) }
        #expect(monitor.closeDueWindows(now: start + 30).isEmpty)
        let closed = monitor.closeDueWindows(now: start + 61)
        #expect(closed.count == 1)
        #expect(closed.first?.counts["events"] == 10)
        #expect(closed.first?.windowStart == "2023-11-14T22:13:20.000Z")
    }

    @Test("the report encodes the fields the drift schema requires")
    func reportMatchesSchema() throws {
        let monitor = DriftMonitor(configuration: DriftMonitorConfiguration(windowEvents: 10))
        var simulator = StreamSimulator(seed: 23)
        var report: DriftReport?
        for _ in 0..<10 { report = monitor.observe(simulator.observation(), topic: "support.chat") ?? report }
        let line = try #require(report).jsonLine()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
        let schemaURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Topics/schemas/drift.schema.json")
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL)) as? [String: Any])
        for field in schema["required"] as? [String] ?? [] { #expect(object[field] != nil, "missing \(field)") }
        #expect(object["schema"] as? String == "support.drift/v1")
        let shares = try #require((object["distributions"] as? [String: [String: Double]])?["language"])
        #expect(abs(shares.values.reduce(0, +) - 1) < 1e-9)
        let features = try #require(object["features"] as? [String: [String: Any]])
        #expect(Set(features.keys) == Set(DriftFeature.allCases.map(\.rawValue)))
    }
}
