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

    /// Values numbered so far, in order, each with its number: an event holds a handful, so a
    /// linear search (with `String ==`, the equality the dictionary used) replaces hashing every
    /// value and allocating two dictionaries per event.
    private var entries: [(key: Key, number: Int)] = []
    /// The same numbers by key, built only once ``entries`` outgrows ``linearLimit`` (long texts).
    private var numbers: [Key: Int] = [:]
    /// Distinct values per type, kept with ``numbers``.
    private var counts: [EntityType: Int] = [:]
    /// Above this many distinct values, look-ups go through ``numbers``.
    private static let linearLimit = 16

    /// An empty session.
    public init() {}

    /// The number of `normalized` among values of `type` (1 for the first distinct value).
    mutating func number(for type: EntityType, normalized: String) -> Int {
        let key = Key(type: type, normalized: normalized)
        if entries.count > Self.linearLimit {
            if let known = numbers[key] { return known }
            let next = counts[type, default: 0] + 1
            counts[type] = next
            numbers[key] = next
            return next
        }
        for entry in entries where entry.key == key { return entry.number }
        var next = 1
        for entry in entries where entry.key.type == type { next += 1 }
        entries.append((key, next))
        if entries.count > Self.linearLimit {
            for entry in entries {
                numbers[entry.key] = entry.number
                counts[entry.key.type] = max(counts[entry.key.type, default: 0], entry.number)
            }
        }
        return next
    }
}
