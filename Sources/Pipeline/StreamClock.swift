import Foundation

/// Wall-clock time for end-to-end latency (Kafka timestamps are wall-clock milliseconds).
enum StreamClock {
    /// Milliseconds since the Unix epoch.
    static func nowMilliseconds() -> Int64 {
        Int64((Date().timeIntervalSince1970 * 1000).rounded())
    }
}
