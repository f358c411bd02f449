import Foundation
import Pipeline
import Testing

@Suite("Telemetry configuration")
struct TelemetryConfigurationTests {
    @Test("telemetry settings come from the file and the environment; bad values name the key")
    func configuration() throws {
        let path = NSTemporaryDirectory() + "ss-telemetry-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(#"{"metrics":{"port":9464,"bind_address":"0.0.0.0","sqlite_path":null},"drift":{"window_events":500,"consecutive_windows":2}}"#.utf8)
            .write(to: URL(fileURLWithPath: path))
        let config = try TelemetryConfiguration.load(path: path, environment: ["SUPPORTSTREAM_DRIFT_WINDOW": "250"])
        #expect(config.metricsPort == 9464)
        #expect(config.bindAddress == "0.0.0.0")
        #expect(config.sqlitePath == nil)
        #expect(config.drift.windowEvents == 250)
        #expect(config.drift.thresholds.consecutive == 2)
        #expect(config.drift.thresholds.psi == 0.25)
        #expect(TelemetryConfiguration().bindAddress == "127.0.0.1")
        #expect(throws: ConfigurationError.invalidValue(key: "metrics.port", reason: "must be an integer", origin: "SUPPORTSTREAM_METRICS_PORT")) {
            _ = try TelemetryConfiguration.load(path: nil, environment: ["SUPPORTSTREAM_METRICS_PORT": "x"])
        }
    }
}
