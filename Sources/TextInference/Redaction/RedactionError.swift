/// Why a redaction could not complete; the caller must then publish no text of the event.
///
/// Messages name limits and sizes only, never the text.
public enum RedactionError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A field has more Unicode scalars than ``RedactorConfiguration/maxFieldScalars``.
    case fieldTooLarge(scalars: Int, limit: Int)

    /// A one-line explanation that names the limit.
    public var description: String {
        switch self {
        case let .fieldTooLarge(scalars, limit):
            return "a text field has \(scalars) characters, over the redaction limit of \(limit) (redaction.max_field_chars)"
        }
    }
}
