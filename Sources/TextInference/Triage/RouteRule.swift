/// The configured queue and base priority of one intent.
public struct RouteRule: Sendable, Codable, Equatable {
    /// Destination queue.
    public var queue: String
    /// Base priority: `"urgent"`, `"high"`, `"normal"` or `"low"`.
    public var priority: String

    /// Creates a rule.
    public init(queue: String, priority: String) {
        self.queue = queue
        self.priority = priority
    }
}
