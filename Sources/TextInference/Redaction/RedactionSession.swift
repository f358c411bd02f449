/// Placeholder numbering shared by every field of one event.
///
/// Create one per event and pass it `inout` to ``Redactor/redact(_:language:session:)`` for each
/// field, so the same e-mail address in the subject and the body becomes `<EMAIL_1>` in both.
/// It holds normalised values in memory only for the life of the event; never log or keep it.
public struct RedactionSession: Sendable {
    /// A value of one type. (The former key, `type.rawValue + ":" + normalized`, told the same
    /// pairs apart, since no raw value holds a `:`; this one is built without a new string.)
    private struct Key: Hashable, Sendable {
        let type: EntityType
        let normalized: String
    }

    private var numbers: [Key: Int] = [:]
    private var counts: [EntityType: Int] = [:]

    /// An empty session.
    public init() {}

    /// The number of `normalized` among values of `type` (1 for the first distinct value).
    mutating func number(for type: EntityType, normalized: String) -> Int {
        let key = Key(type: type, normalized: normalized)
        if let known = numbers[key] { return known }
        let next = counts[type, default: 0] + 1
        counts[type] = next
        numbers[key] = next
        return next
    }
}
