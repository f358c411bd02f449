/// Where a ticket goes: a queue name and a priority.
public struct Route: Sendable, Equatable {
    /// The destination queue, e.g. `"card-security"`.
    public let queue: String
    /// `"urgent"`, `"high"`, `"normal"` or `"low"`.
    public let priority: String

    /// Creates a route.
    public init(queue: String, priority: String) {
        self.queue = queue
        self.priority = priority
    }
}
