import Foundation
import Telemetry

/// Metrics and drift settings of `supportstream run`, read from the `metrics` and `drift` objects of
/// the configuration file, then the environment.
///
/// Environment overrides: `SUPPORTSTREAM_METRICS_PORT`, `SUPPORTSTREAM_METRICS_BIND_ADDRESS`,
/// `SUPPORTSTREAM_METRICS_SQLITE_PATH`, `SUPPORTSTREAM_DRIFT_WINDOW`.
public struct TelemetryConfiguration: Sendable, Equatable {
    /// Port of the /metrics, /health and /ready endpoint; `nil` disables it. Default: `nil`.
    public var metricsPort: Int?
    /// Address the endpoint binds to. Default: `127.0.0.1` (use `0.0.0.0` in a container).
    public var bindAddress = "127.0.0.1"
    /// SQLite sink for latency/count/drift windows and drift baselines; `nil` disables it.
    /// Default: `supportstream-metrics.sqlite`.
    public var sqlitePath: String? = "supportstream-metrics.sqlite"
    /// Rows kept per window kind in the SQLite sink. Default: 10 000.
    public var sqliteRetention = 10_000
    /// Seconds per latency/count window written to SQLite. Default: 60.
    public var sqliteWindowSeconds = 60.0
    /// Seconds between consumer-lag refreshes. Default: 5.
    public var lagRefreshSeconds = 5.0
    /// Whether drift windows are computed. Default: `true`.
    public var driftEnabled = true
    /// Drift window cutting and thresholds (defaults: 1000 events, PSI 0.25, JS 0.1, k = 3).
    public var drift = DriftMonitorConfiguration()

    /// The defaults.
    public init() {}

    /// Reads the `metrics` and `drift` objects of `path` (if given) and the environment.
    public static func load(path: String?, environment: [String: String]) throws(ConfigurationError) -> TelemetryConfiguration {
        var config = TelemetryConfiguration()
        if let path {
            guard let data = try? Data(contentsOf: URL(fileURLWithPath: path)),
                  let root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
                throw .invalidFile(path: path, reason: "cannot read the file as a JSON object")
            }
            let reader = ConfigReader(values: root, origin: path)
            if let metrics = try reader.object("metrics") {
                let sub = ConfigReader(values: metrics, origin: path, prefix: "metrics.")
                config.metricsPort = try sub.int("port") ?? config.metricsPort
                config.bindAddress = try sub.string("bind_address") ?? config.bindAddress
                if metrics.keys.contains("sqlite_path") { config.sqlitePath = try sub.string("sqlite_path") }
                config.sqliteRetention = try sub.int("sqlite_retention") ?? config.sqliteRetention
                config.sqliteWindowSeconds = try sub.double("sqlite_window_seconds") ?? config.sqliteWindowSeconds
                config.lagRefreshSeconds = try sub.double("lag_refresh_seconds") ?? config.lagRefreshSeconds
            }
            if let drift = try reader.object("drift") {
                let sub = ConfigReader(values: drift, origin: path, prefix: "drift.")
                config.driftEnabled = try sub.bool("enabled") ?? config.driftEnabled
                config.drift.windowEvents = try sub.int("window_events") ?? config.drift.windowEvents
                config.drift.windowSeconds = try sub.double("window_seconds") ?? config.drift.windowSeconds
                config.drift.thresholds.psi = try sub.double("psi_threshold") ?? config.drift.thresholds.psi
                config.drift.thresholds.js = try sub.double("js_threshold") ?? config.drift.thresholds.js
                config.drift.thresholds.consecutive = try sub.int("consecutive_windows") ?? config.drift.thresholds.consecutive
            }
        }
        if let raw = environment["SUPPORTSTREAM_METRICS_PORT"] {
            guard let port = Int(raw) else { throw .invalidValue(key: "metrics.port", reason: "must be an integer", origin: "SUPPORTSTREAM_METRICS_PORT") }
            config.metricsPort = port
        }
        if let value = environment["SUPPORTSTREAM_METRICS_BIND_ADDRESS"] { config.bindAddress = value }
        if let value = environment["SUPPORTSTREAM_METRICS_SQLITE_PATH"] { config.sqlitePath = value.isEmpty ? nil : value }
        if let raw = environment["SUPPORTSTREAM_DRIFT_WINDOW"] {
            guard let events = Int(raw) else {
                throw .invalidValue(key: "drift.window_events", reason: "must be an integer", origin: "SUPPORTSTREAM_DRIFT_WINDOW")
            }
            config.drift.windowEvents = events
        }
        try config.validate()
        return config
    }

    /// Checks ranges; errors name the key.
    public func validate() throws(ConfigurationError) {
        if let metricsPort, !(0...65_535).contains(metricsPort) {
            throw .invalidValue(key: "metrics.port", reason: "must be between 0 and 65535", origin: "configuration")
        }
        if sqliteRetention < 1 { throw .invalidValue(key: "metrics.sqlite_retention", reason: "must be at least 1", origin: "configuration") }
        if sqliteWindowSeconds < 1 {
            throw .invalidValue(key: "metrics.sqlite_window_seconds", reason: "must be at least 1", origin: "configuration")
        }
        if lagRefreshSeconds < 0.5 {
            throw .invalidValue(key: "metrics.lag_refresh_seconds", reason: "must be at least 0.5", origin: "configuration")
        }
        if drift.windowEvents < 10 { throw .invalidValue(key: "drift.window_events", reason: "must be at least 10", origin: "configuration") }
        if let seconds = drift.windowSeconds, seconds < 1 {
            throw .invalidValue(key: "drift.window_seconds", reason: "must be at least 1", origin: "configuration")
        }
        if drift.thresholds.psi <= 0 || drift.thresholds.js <= 0 || drift.thresholds.js > 1 {
            throw .invalidValue(key: "drift.psi_threshold/js_threshold", reason: "must be positive (JS at most 1)", origin: "configuration")
        }
        if drift.thresholds.consecutive < 1 {
            throw .invalidValue(key: "drift.consecutive_windows", reason: "must be at least 1", origin: "configuration")
        }
    }
}
