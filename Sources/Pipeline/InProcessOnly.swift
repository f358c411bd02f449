/// A value that travels with an event inside the process only: not part of its coding keys and ignored by `==`,
/// so the published contract and event equality stay as they were.
public struct InProcessOnly<Value: Sendable>: Sendable, Equatable {
    /// The carried value.
    public var value: Value?

    /// Creates an empty carrier.
    public init(_ value: Value? = nil) { self.value = value }

    /// Always true: the value is side information, not part of the event's identity.
    public static func == (lhs: InProcessOnly, rhs: InProcessOnly) -> Bool { true }
}
