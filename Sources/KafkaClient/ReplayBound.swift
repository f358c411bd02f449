/// One end of a replay range: a logical position, an offset, or a time.
public enum ReplayBound: Sendable, Equatable, CustomStringConvertible {
    /// The oldest record still kept (the low watermark).
    case beginning
    /// The high watermark when the replay starts; records written later are not read.
    case end
    /// An absolute offset, applied to every partition (clamped to the watermarks).
    case offset(Int64)
    /// The first record whose timestamp is at or after this time (ms since the epoch).
    case timestamp(Int64)

    /// `beginning`, `end`, the offset, or `@<ms>`.
    public var description: String {
        switch self {
        case .beginning: return "beginning"
        case .end: return "end"
        case let .offset(offset): return String(offset)
        case let .timestamp(ms): return "@\(ms)"
        }
    }
}
