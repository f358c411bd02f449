/// One detected span of personal data.
///
/// `start` and `end` count Unicode scalars in the original text, end-exclusive.
public struct Entity: Sendable, Hashable, Codable {
    /// What kind of personal data the span holds.
    public let type: EntityType
    /// Offset of the first scalar of the span in the original text.
    public let start: Int
    /// Offset one past the last scalar of the span in the original text.
    public let end: Int

    /// Creates an entity span.
    public init(type: EntityType, start: Int, end: Int) {
        self.type = type
        self.start = start
        self.end = end
    }
}
