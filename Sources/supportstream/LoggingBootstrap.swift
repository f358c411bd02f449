import ArgumentParser
import Foundation
import Logging

/// Sets up swift-log once for the process: plain lines on standard error.
enum LoggingBootstrap {
    /// Bootstraps logging at `level` (or `SUPPORTSTREAM_LOG_LEVEL`) and returns the root logger.
    static func start(level: String?) -> Logger {
        let parsed = (try? parse(level)) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = parsed
            return handler
        }
        return Logger(label: "supportstream")
    }

    /// The level named by `level` or, when it is `nil`, by `SUPPORTSTREAM_LOG_LEVEL` (default `info`);
    /// an unknown name is a validation error that names the option and the accepted values.
    static func parse(_ level: String?) throws -> Logger.Level {
        let fromEnvironment = level == nil ? ProcessInfo.processInfo.environment["SUPPORTSTREAM_LOG_LEVEL"] : nil
        let name = level ?? fromEnvironment ?? "info"
        guard let parsed = Logger.Level(rawValue: name.lowercased()) else {
            let source = fromEnvironment == nil ? "--log-level" : "SUPPORTSTREAM_LOG_LEVEL"
            throw ValidationError("\(source) must be one of trace, debug, info, notice, warning, error, critical")
        }
        return parsed
    }
}
