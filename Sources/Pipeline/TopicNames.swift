/// Names of the topics the service reads and writes. Defaults follow Topics/.
public struct TopicNames: Sendable, Codable, Equatable {
    /// Input tickets. Default: `support.tickets`.
    public var tickets = "support.tickets"
    /// Input chat messages and closes. Default: `support.chat`.
    public var chat = "support.chat"
    /// Enriched output. Default: `support.enriched`.
    public var enriched = "support.enriched"
    /// Dead letters. Default: `support.dlq`.
    public var dlq = "support.dlq"
    /// Drift windows. Default: `support.drift`.
    public var drift = "support.drift"
    /// Compacted changelog of the conversation state, co-partitioned with ``chat``. Default: `support.chat-state`.
    public var chatState = "support.chat-state"

    /// Creates the default names.
    public init() {}

    /// The input topic for an event kind.
    public func inputTopic(forKind kind: String) -> String? {
        switch kind {
        case "ticket": return tickets
        case "chat_message", "chat_closed": return chat
        default: return nil
        }
    }
}
