/// Parses and validates input records against contract v1.
public struct EventDecoder: Sendable {
    /// Largest accepted record, in bytes. Default: 1 MiB.
    public var maxEventBytes: Int
    /// Longest accepted text field (subject, body, chat text, sender), in Unicode scalars; pass
    /// `redaction.max_field_chars`. A longer field fails with `redaction_failed`, so its dead letter
    /// keeps none of the record's bytes (fail closed). Default: 100 000.
    public var maxFieldScalars: Int

    /// Creates a decoder with limits.
    public init(maxEventBytes: Int = 1 << 20, maxFieldScalars: Int = 100_000) {
        self.maxEventBytes = maxEventBytes
        self.maxFieldScalars = maxFieldScalars
    }

    /// Decodes one record.
    public func decode(_ bytes: [UInt8]) -> Result<InputEvent, DecodeFailure> {
        guard bytes.count <= maxEventBytes else {
            return .failure(DecodeFailure(.oversized, "record is \(bytes.count) bytes; the limit is \(maxEventBytes)"))
        }
        guard String(validating: bytes, as: UTF8.self) != nil else {
            return .failure(DecodeFailure(.invalidUTF8, "record is not valid UTF-8"))
        }
        let document: JSONValue
        do {
            document = try StrictJSONParser.parse(bytes)
        } catch {
            return .failure(DecodeFailure(.invalidJSON, "record is not valid JSON (\(error))"))
        }
        guard let fields = document.objectValue else {
            return .failure(DecodeFailure(.schemaViolation, "record must be a JSON object"))
        }
        do {
            return .success(try decode(fields: fields))
        } catch {
            return .failure(error)
        }
    }

    private func decode(fields: [String: JSONValue]) throws(DecodeFailure) -> InputEvent {
        guard let kind = fields["kind"] else { throw DecodeFailure(.schemaViolation, "missing required field 'kind'") }
        guard let kindName = kind.stringValue else { throw DecodeFailure(.schemaViolation, "field 'kind' must be a string") }
        guard ["ticket", "chat_message", "chat_closed"].contains(kindName) else {
            throw DecodeFailure(.unknownKind, "unknown kind; expected ticket, chat_message or chat_closed")
        }
        let eventID = try identifier("event_id", in: fields)
        switch kindName {
        case "ticket":
            return .ticket(InputEvent.Ticket(
                eventID: eventID,
                ticketID: try identifier("ticket_id", in: fields),
                occurredAt: try timestamp(in: fields),
                subject: try optionalText("subject", in: fields),
                body: try text("body", in: fields),
                channel: try optionalText("channel", in: fields, limit: 64),
                locale: try optionalText("locale", in: fields, limit: 35),
                customerID: try optionalText("customer_id", in: fields, limit: 256)))
        case "chat_message":
            let sender = try text("sender", in: fields)
            guard ["customer", "agent", "bot"].contains(sender) else {
                throw DecodeFailure(.schemaViolation, "field 'sender' must be customer, agent or bot")
            }
            return .chatMessage(InputEvent.ChatMessage(
                eventID: eventID,
                conversationID: try identifier("conversation_id", in: fields),
                occurredAt: try timestamp(in: fields),
                sender: sender,
                text: try text("text", in: fields)))
        case "chat_closed":
            return .chatClosed(InputEvent.ChatClosed(
                eventID: eventID,
                conversationID: try identifier("conversation_id", in: fields),
                occurredAt: try timestamp(in: fields)))
        default:
            throw DecodeFailure(.unknownKind, "unknown kind; expected ticket, chat_message or chat_closed")
        }
    }

    private func text(_ name: String, in fields: [String: JSONValue], limit: Int? = nil) throws(DecodeFailure) -> String {
        guard let value = fields[name] else { throw DecodeFailure(.schemaViolation, "missing required field '\(name)'") }
        guard let string = value.stringValue else { throw DecodeFailure(.schemaViolation, "field '\(name)' must be a string") }
        let max = limit ?? maxFieldScalars
        // A string has at most as many scalars as UTF-8 bytes: count them only when the bytes exceed the limit.
        guard string.utf8.count > max else { return string }
        let scalars = string.unicodeScalars.count
        guard scalars <= max else {
            guard limit == nil else {
                throw DecodeFailure(.oversized, "field '\(name)' has \(scalars) characters; the limit is \(max)")
            }
            // Free text too long to redact: the event fails closed, as a redaction failure.
            throw DecodeFailure(.redactionFailed, "field '\(name)' has \(scalars) characters; redaction.max_field_chars is \(max)")
        }
        return string
    }

    private func optionalText(_ name: String, in fields: [String: JSONValue], limit: Int? = nil) throws(DecodeFailure) -> String? {
        guard let value = fields[name], value != .null else { return nil }
        return try text(name, in: fields, limit: limit)
    }

    private func identifier(_ name: String, in fields: [String: JSONValue]) throws(DecodeFailure) -> String {
        let value = try text(name, in: fields, limit: 256)
        guard !value.isEmpty else { throw DecodeFailure(.schemaViolation, "field '\(name)' must not be empty") }
        return value
    }

    private func timestamp(in fields: [String: JSONValue]) throws(DecodeFailure) -> String {
        let value = try text("occurred_at", in: fields, limit: 64)
        guard RFC3339.isValid(value) else {
            throw DecodeFailure(.schemaViolation, "field 'occurred_at' must be an RFC 3339 date-time")
        }
        return value
    }
}
