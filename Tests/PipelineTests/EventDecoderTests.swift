import Pipeline
import Testing

@Suite("Input decoding and validation")
struct EventDecoderTests {
    let decoder = EventDecoder(maxEventBytes: 4_096, maxFieldScalars: 1_000)

    func decode(_ text: String) -> Result<InputEvent, DecodeFailure> {
        decoder.decode(Array(text.utf8))
    }

    @Test("valid ticket, chat message and chat_closed decode")
    func validEvents() throws {
        let ticket = try decode(#"{"kind":"ticket","event_id":"e1","ticket_id":"T-1","occurred_at":"2026-11-27T10:00:00Z","body":"hello","locale":"es-ES"}"#).get()
        #expect(ticket.key == "T-1")
        #expect(ticket.kind == "ticket")
        let chat = try decode(#"{"kind":"chat_message","event_id":"e2","conversation_id":"C-1","occurred_at":"2026-11-27T10:00:00.125+01:00","sender":"agent","text":"hi"}"#).get()
        #expect(chat.key == "C-1")
        let closed = try decode(#"{"kind":"chat_closed","event_id":"e3","conversation_id":"C-1","occurred_at":"2026-11-27T10:00:00Z"}"#).get()
        #expect(closed.kind == "chat_closed")
    }

    @Test("each kind of bad input gets its reason code", arguments: [
        (#"{"kind":"ticket""#, DecodeFailure.Reason.invalidJSON),
        (#"[1,2]"#, .schemaViolation),
        (#"{"kind":"ticket","event_id":"e1","ticket_id":"T-1","occurred_at":"2026-11-27T10:00:00Z"}"#, .schemaViolation),
        (#"{"kind":"ticket","event_id":"e1","ticket_id":"T-1","occurred_at":"yesterday","body":"x"}"#, .schemaViolation),
        (#"{"kind":"ticket","event_id":"","ticket_id":"T-1","occurred_at":"2026-11-27T10:00:00Z","body":"x"}"#, .schemaViolation),
        (#"{"kind":"ticket","event_id":"e1","ticket_id":7,"occurred_at":"2026-11-27T10:00:00Z","body":"x"}"#, .schemaViolation),
        (#"{"kind":"invoice","event_id":"e1"}"#, .unknownKind),
        (#"{"kind":"chat_message","event_id":"e1","conversation_id":"C","occurred_at":"2026-11-27T10:00:00Z","sender":"robot","text":"x"}"#, .schemaViolation),
    ])
    func badInput(text: String, reason: DecodeFailure.Reason) {
        guard case let .failure(failure) = decode(text) else {
            Issue.record("expected a failure")
            return
        }
        #expect(failure.reason == reason)
    }

    @Test("oversized records and fields are rejected; messages never quote the input")
    func limits() {
        let secret = "4111 1111 1111 1111"
        let big = #"{"kind":"ticket","event_id":"e1","ticket_id":"T-1","occurred_at":"2026-11-27T10:00:00Z","body":""# + String(repeating: secret + " ", count: 300) + #""}"#
        guard case let .failure(failure) = decode(big) else {
            Issue.record("expected oversized")
            return
        }
        #expect(failure.reason == .oversized)
        #expect(!failure.message.contains("4111"))
        let longField = #"{"kind":"ticket","event_id":"e1","ticket_id":"T-1","occurred_at":"2026-11-27T10:00:00Z","body":""# + String(repeating: "é", count: 1_500) + #""}"#
        guard case let .failure(fieldFailure) = decode(longField) else {
            Issue.record("expected oversized field")
            return
        }
        // Free text too long to redact fails closed, as a redaction failure (no bytes kept in the DLQ).
        #expect(fieldFailure.reason == .redactionFailed)
        #expect(fieldFailure.message.contains("'body'") && fieldFailure.message.contains("max_field_chars"))
        #expect(!fieldFailure.message.contains("é"))
        let longLocale = #"{"kind":"ticket","event_id":"e1","ticket_id":"T-1","occurred_at":"2026-11-27T10:00:00Z","body":"hi","locale":""# + String(repeating: "x", count: 40) + #""}"#
        guard case let .failure(localeFailure) = decode(longLocale) else {
            Issue.record("expected oversized locale")
            return
        }
        #expect(localeFailure.reason == .oversized)
    }

    @Test("invalid UTF-8 is rejected")
    func invalidUTF8() {
        var bytes = Array(#"{"kind":"ticket","body":""#.utf8)
        bytes += [0xC3, 0x28, 0xFF]
        bytes += Array(#""}"#.utf8)
        guard case let .failure(failure) = decoder.decode(bytes) else {
            Issue.record("expected a failure")
            return
        }
        #expect(failure.reason == .invalidUTF8)
    }

    @Test("RFC 3339 parsing handles offsets, fractions and invalid dates")
    func rfc3339() {
        #expect(RFC3339.epochMilliseconds("1970-01-01T00:00:00Z") == 0)
        #expect(RFC3339.epochMilliseconds("1970-01-01T01:00:00+01:00") == 0)
        #expect(RFC3339.epochMilliseconds("2000-03-01T00:00:00.5Z") == 951_868_800_500)
        #expect(RFC3339.epochMilliseconds("2026-02-29T00:00:00Z") == nil)
        #expect(RFC3339.epochMilliseconds("2024-02-29T00:00:00Z") != nil)
        #expect(RFC3339.epochMilliseconds("2026-11-27 10:00:00") == nil)
        #expect(RFC3339.epochMilliseconds("2026-11-27T10:00:00.123456789Z") == 1_795_773_600_123)
    }
}

@Suite("Strict JSON")
struct StrictJSONParserTests {
    func parse(_ text: String) -> JSONValue? {
        try? StrictJSONParser.parse(Array(text.utf8))
    }

    @Test("valid documents parse", arguments: [
        #"{"a":[1,-2.5e3,true,false,null],"b":{"c":"\u00e9\ud83d\ude00\n"}}"#, #"  "x"  "#, "0", "[]", "{}",
    ])
    func valid(text: String) {
        #expect(parse(text) != nil)
    }

    @Test("invalid documents are rejected", arguments: [
        #"{"a":1,}"#, "[1,]", "01", "1.", ".5", "-", #"{"a" 1}"#, #""\ud800""#, #""\x""#, "tru", "{} {}",
        "\"a\u{01}b\"", "[" + String(repeating: "[", count: 100) + String(repeating: "]", count: 101),
    ])
    func invalid(text: String) {
        #expect(parse(text) == nil)
    }

    @Test("escapes and unicode decode")
    func decodes() throws {
        let value = try StrictJSONParser.parse(Array(#"{"k":"a\"b\\c\/d\u00e9\ud83d\ude00"}"#.utf8))
        #expect(value.objectValue?["k"]?.stringValue == "a\"b\\c/dé😀")
    }

    @Test("runs between escapes are copied whole; a control byte after an escape fails at its offset")
    func runsAfterEscapes() throws {
        let value = try StrictJSONParser.parse(Array(#"["Dear team,\n\nmy card ☕ is blocked.\tThanks\\ \"Ann\"","\nx"]"#.utf8))
        #expect(value == .array([.string("Dear team,\n\nmy card ☕ is blocked.\tThanks\\ \"Ann\""), .string("\nx")]))
        do {
            _ = try StrictJSONParser.parse(Array("\"a\\nbc\u{01}d\"".utf8))
            Issue.record("a raw control byte was accepted")
        } catch {
            #expect(error.offset == 6)
            #expect(error.reason == "unescaped control character in string")
        }
    }
}
