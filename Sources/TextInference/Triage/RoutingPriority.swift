/// The ordered priority levels of a route.
enum RoutingPriority: Int, Sendable, CaseIterable, Comparable {
    case low, normal, high, urgent

    /// Parses a priority name (`"urgent"`, `"high"`, `"normal"`, `"low"`).
    init?(name: String) {
        switch name {
        case "low": self = .low
        case "normal": self = .normal
        case "high": self = .high
        case "urgent": self = .urgent
        default: return nil
        }
    }

    /// The priority's name.
    var name: String {
        switch self {
        case .low: return "low"
        case .normal: return "normal"
        case .high: return "high"
        case .urgent: return "urgent"
        }
    }

    /// Moves up by `steps` levels, saturating at `urgent` (negative steps move down, saturating at `low`).
    func raised(by steps: Int) -> RoutingPriority {
        RoutingPriority(rawValue: max(0, min(RoutingPriority.urgent.rawValue, rawValue + steps))) ?? self
    }

    /// Orders priorities from low to urgent.
    static func < (lhs: RoutingPriority, rhs: RoutingPriority) -> Bool { lhs.rawValue < rhs.rawValue }
}
