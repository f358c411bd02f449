import KafkaClient

/// Parses `--from`/`--to` values and applies bounds to records read from a file.
public enum ReplayBounds {
    /// `beginning`, `end`, a non-negative offset, or an RFC 3339 time; `nil` when none of these.
    public static func parse(_ text: String) -> ReplayBound? {
        switch text.lowercased() {
        case "beginning", "earliest": return .beginning
        case "end", "latest": return .end
        default:
            if let offset = Int64(text), offset >= 0 { return .offset(offset) }
            if let ms = RFC3339.epochMilliseconds(text) { return .timestamp(ms) }
            return nil
        }
    }

    /// The records inside `[from, to)`, judged per record: by offset, or by timestamp (records
    /// without a timestamp are kept). Order is preserved.
    public static func filter(_ messages: [KafkaMessage], from: ReplayBound, to: ReplayBound) -> [KafkaMessage] {
        messages.filter { message in
            let afterStart: Bool
            switch from {
            case .beginning, .end: afterStart = from == .beginning
            case let .offset(offset): afterStart = message.offset >= offset
            case let .timestamp(ms): afterStart = (message.timestampMs ?? ms) >= ms
            }
            let beforeEnd: Bool
            switch to {
            case .beginning: beforeEnd = false
            case .end: beforeEnd = true
            case let .offset(offset): beforeEnd = message.offset < offset
            case let .timestamp(ms): beforeEnd = message.timestampMs.map { $0 < ms } ?? true
            }
            return afterStart && beforeEnd
        }
    }
}
