/// A validated input event (contract v1).
public enum InputEvent: Sendable, Equatable {
    case ticket(Ticket)
    case chatMessage(ChatMessage)
    case chatClosed(ChatClosed)

    /// An input ticket from `support.tickets`.
    public struct Ticket: Sendable, Equatable {
        public var eventID: String
        public var ticketID: String
        public var occurredAt: String
        public var subject: String?
        public var body: String
        public var channel: String?
        public var locale: String?
        public var customerID: String?
    }

    /// One chat message from `support.chat`.
    public struct ChatMessage: Sendable, Equatable {
        public var eventID: String
        public var conversationID: String
        public var occurredAt: String
        public var sender: String
        public var text: String
    }

    /// The end of a conversation from `support.chat`.
    public struct ChatClosed: Sendable, Equatable {
        public var eventID: String
        public var conversationID: String
        public var occurredAt: String
    }

    /// The event id, the consumers' dedupe key.
    public var eventID: String {
        switch self {
        case let .ticket(ticket): return ticket.eventID
        case let .chatMessage(message): return message.eventID
        case let .chatClosed(closed): return closed.eventID
        }
    }

    /// The partitioning key: the ticket id or the conversation id.
    public var key: String {
        switch self {
        case let .ticket(ticket): return ticket.ticketID
        case let .chatMessage(message): return message.conversationID
        case let .chatClosed(closed): return closed.conversationID
        }
    }

    /// The contract's `kind` value.
    public var kind: String {
        switch self {
        case .ticket: return "ticket"
        case .chatMessage: return "chat_message"
        case .chatClosed: return "chat_closed"
        }
    }
}
