/// Who wrote a conversation turn.
public enum Speaker: String, Sendable, Codable {
    /// The person asking for help.
    case customer
    /// A human support agent.
    case agent
    /// An automated assistant.
    case bot
}
