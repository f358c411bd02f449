/// How a redacted span is written into the output text.
public enum PlaceholderStyle: Sendable, Equatable {
    /// The entity type in square brackets, e.g. `[EMAIL]` (the default).
    case bracketedType
    /// The entity type in angle brackets, e.g. `<EMAIL>`.
    case angleType
    /// The same fixed string for every span, e.g. `[REDACTED]`.
    case fixed(String)

    /// The placeholder text for an entity of `type`.
    func placeholder(for type: EntityType) -> String {
        switch self {
        case .bracketedType: return "[" + type.rawValue + "]"
        case .angleType: return "<" + type.rawValue + ">"
        case .fixed(let text): return text
        }
    }
}
