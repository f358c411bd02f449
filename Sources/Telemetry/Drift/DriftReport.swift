import Foundation

/// One closed drift window of one input topic: the record published on `support.drift`.
public struct DriftReport: Sendable, Equatable, Codable {
    /// Contract name and version.
    public var schema = "support.drift/v1"
    /// The input topic the window describes (also the record key).
    public var topic: String
    /// Inclusive start, RFC 3339 UTC.
    public var windowStart: String
    /// Exclusive end, RFC 3339 UTC.
    public var windowEnd: String
    /// 0 for the first window after start, counting per topic.
    public var windowIndex: Int
    /// `baseline` (pinned in SQLite) or `first_window` (the first window after start).
    public var reference: String
    /// Event counts: `events`, `language_und`, `intent_unknown`, `entities`.
    public var counts: [String: Int]
    /// Category shares per feature.
    public var distributions: [String: [String: Double]]
    /// Flat numbers: `psi.<feature>` and `js.<feature>`.
    public var metrics: [String: Double]
    /// Full scores per feature.
    public var features: [String: DriftScore]
    /// Whether any feature's alert is raised.
    public var alert: Bool

    enum CodingKeys: String, CodingKey {
        case schema, topic, reference, counts, distributions, metrics, features, alert
        case windowStart = "window_start"
        case windowEnd = "window_end"
        case windowIndex = "window_index"
    }

    /// The report as one line of JSON with sorted keys.
    public func jsonLine() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array((try? encoder.encode(self)) ?? Data())
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
