@testable import Pipeline
import Testing

/// The hand-written encoder must write exactly JSONEncoder's bytes (sorted keys, unescaped slashes).
struct EventJSONWriterTests {
    static func event(text: String, summary: String?, probability: Double) -> EnrichedEvent {
        EnrichedEvent(
            eventID: "evt/1 \"x\"", kind: "ticket", ticketID: "T-1", conversationID: nil, occurredAt: "2024-06-03T07:00:00Z",
            sender: nil,
            language: .init(code: "es", confidence: probability, top: [.init(code: "es", intent: nil, probability: probability),
                                                                     .init(code: "pt", intent: nil, probability: 0.0001)]),
            redacted: .init(subject: "a/b", body: text, text: nil),
            entities: [.init(type: "EMAIL", field: "body", start: 3, end: 20)],
            triage: .init(intent: "card_not_working", confidence: 1, queue: "cards", priority: "high",
                          top: [.init(code: nil, intent: "card_not_working", probability: 5e-05)]),
            summary: summary.map { .init(text: $0) }, messageCount: nil,
            models: ["langid": "langid-1.0.0", "triage": "triage-1.0.0", "redaction": "r", "summary": "s"],
            latencyUs: ["langid": 41, "redaction": 30, "triage": 55, "summary": 80, "total": 220],
            source: .init(topic: "support.tickets", partition: 3, offset: 1187))
    }

    static var controlCharacters: String {
        var text = ""
        for value in 0..<0x20 { text.unicodeScalars.append(Unicode.Scalar(UInt8(value))) }
        return text
    }

    @Test("Same bytes as JSONEncoder", arguments: [
        "plain", "quotes \" and \\ backslashes / slashes", controlCharacters, "\u{7F} é 😀 \u{2028} مرحبا", "",
    ])
    func sameBytes(text: String) {
        for probability in [0.0, 1.0, 0.97, 0.1234, 0.0001, 0.3333] {
            let event = Self.event(text: text, summary: text.isEmpty ? nil : "sum: " + text, probability: probability)
            let fast = EventEncoding.encode(event)
            #expect(fast == EventEncoding.foundationEncode(event))
            #expect(!fast.isEmpty)
        }
    }

    @Test("Chat messages and summaries (other optional fields) encode identically")
    func otherKinds() {
        var chat = Self.event(text: "x", summary: nil, probability: 0.5)
        chat.kind = "chat_message"
        chat.ticketID = nil
        chat.conversationID = "C-1"
        chat.sender = "customer"
        chat.redacted = .init(subject: nil, body: nil, text: "hi [EMAIL]")
        chat.source = nil
        #expect(EventEncoding.encode(chat) == EventEncoding.foundationEncode(chat))
        var summary = chat
        summary.kind = "conversation_summary"
        summary.messageCount = 7
        summary.language.top = nil
        summary.triage.top = nil
        summary.entities = []
        #expect(EventEncoding.encode(summary) == EventEncoding.foundationEncode(summary))
    }

    @Test("Non-finite numbers fall back to JSONEncoder's result")
    func nonFinite() {
        let event = Self.event(text: "x", summary: nil, probability: .nan)
        #expect(EventEncoding.encode(event) == EventEncoding.foundationEncode(event))
    }
}
