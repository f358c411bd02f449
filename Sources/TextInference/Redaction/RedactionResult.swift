/// The output of ``Redactor/redact(_:language:)``.
public struct RedactionResult: Sendable, Equatable {
    /// The text with every entity span replaced by its operator's output, e.g. `<EMAIL_1>`.
    public let text: String
    /// Detected spans in Unicode-scalar offsets of the original text, sorted and non-overlapping.
    public let entities: [Entity]

    /// Creates a result.
    public init(text: String, entities: [Entity]) {
        self.text = text
        self.entities = entities
    }
}
