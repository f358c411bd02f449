/// What the redactor writes in place of a detected span; chosen per entity type.
public enum RedactionOperator: String, Sendable, Equatable, CaseIterable {
    /// A typed, numbered placeholder, consistent within a ``RedactionSession``: `<EMAIL_1>` for
    /// every repeat of the same value, `<EMAIL_2>` for the next different one (the default).
    case placeholder
    /// The same number of scalars, letters and digits replaced by `*`; separators stay, and cards,
    /// phones and IBANs keep their last four digits (`**** **** **** 1111`).
    case mask
    /// A keyed HMAC-SHA256 pseudonym, `<PERSON_3f9a2c1b>` (first 8 hex digits of
    /// HMAC(key, type + ":" + normalised value)), stable across events for the same key.
    /// Without a key it falls back to ``placeholder``.
    case pseudonym
    /// The span is removed.
    case drop
}
