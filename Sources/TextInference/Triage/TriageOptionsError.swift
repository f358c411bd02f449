/// Why a set of ``TriageTrainingOptions`` cannot be trained.
public enum TriageOptionsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A setting lies outside the range the trainer and the artifact format support.
    case outOfRange(option: String, value: String, allowed: String)

    /// One line naming the option, its value and what is allowed.
    public var description: String {
        switch self {
        case .outOfRange(let option, let value, let allowed):
            return "\(option) \(value) is out of range (allowed: \(allowed))"
        }
    }
}
