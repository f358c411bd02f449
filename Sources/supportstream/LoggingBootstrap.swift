import Foundation
import Logging

/// Sets up swift-log once for the process: plain lines on standard error.
enum LoggingBootstrap {
    /// Bootstraps logging at `level` (or `SUPPORTSTREAM_LOG_LEVEL`) and returns the root logger.
    static func start(level: String?) -> Logger {
        let name = level ?? ProcessInfo.processInfo.environment["SUPPORTSTREAM_LOG_LEVEL"] ?? "info"
        let parsed = Logger.Level(rawValue: name.lowercased()) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = parsed
            return handler
        }
        return Logger(label: "supportstream")
    }
}
