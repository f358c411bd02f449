/// How a span is written when its operator is ``RedactionOperator/placeholder``.
public enum PlaceholderStyle: Sendable, Equatable {
    /// Typed and numbered within the event, e.g. `<EMAIL_1>`, `<EMAIL_2>` (the default).
    case numbered
    /// The entity type in square brackets, e.g. `[EMAIL]`.
    case bracketedType
    /// The entity type in angle brackets, e.g. `<EMAIL>`.
    case angleType
    /// The same fixed string for every span, e.g. `[REDACTED]`.
    case fixed(String)

    /// The placeholder text for the `number`-th distinct value of `type`.
    func placeholder(for type: EntityType, number: Int) -> String {
        switch self {
        case .numbered: return "<" + type.rawValue + "_" + String(number) + ">"
        case .bracketedType: return "[" + type.rawValue + "]"
        case .angleType: return "<" + type.rawValue + ">"
        case .fixed(let text): return text
        }
    }
}
