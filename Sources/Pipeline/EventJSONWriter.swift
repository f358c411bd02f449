/// A hand-written JSON writer for ``EnrichedEvent`` that produces exactly the bytes of
/// `JSONEncoder` with `[.sortedKeys, .withoutEscapingSlashes]`, without its boxing overhead.
///
/// Keys are written in sorted order, absent optionals are omitted, doubles use Swift's shortest
/// round-trip form without a trailing `.0`, and strings escape `"`, `\` and control characters
/// (`\b \t \n \f \r`, else `\u00xx`) only. Non-finite doubles are not representable; callers check
/// ``isRepresentable(_:)`` first.
struct EventJSONWriter {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Whether every double in `event` is finite (else JSONEncoder would refuse it).
    static func isRepresentable(_ event: EnrichedEvent) -> Bool {
        guard event.language.confidence.isFinite, event.triage.confidence.isFinite else { return false }
        if let top = event.language.top, !top.allSatisfy({ $0.probability.isFinite }) { return false }
        if let top = event.triage.top, !top.allSatisfy({ $0.probability.isFinite }) { return false }
        return true
    }

    /// Writes the whole event.
    mutating func write(_ event: EnrichedEvent) {
        byte(0x7B)
        var first = true
        if let value = event.conversationID { key("conversation_id", &first); string(value) }
        key("entities", &first)
        byte(0x5B)
        for (index, entity) in event.entities.enumerated() {
            if index > 0 { byte(0x2C) }
            var inner = true
            byte(0x7B)
            key("end", &inner); integer(Int64(entity.end))
            key("field", &inner); string(entity.field)
            key("start", &inner); integer(Int64(entity.start))
            key("type", &inner); string(entity.type)
            byte(0x7D)
        }
        byte(0x5D)
        key("event_id", &first); string(event.eventID)
        key("kind", &first); string(event.kind)
        key("language", &first)
        do {
            var inner = true
            byte(0x7B)
            key("code", &inner); string(event.language.code)
            key("confidence", &inner); double(event.language.confidence)
            if let top = event.language.top { key("top", &inner); scores(top) }
            byte(0x7D)
        }
        key("latency_us", &first); integerMap(event.latencyUs)
        if let value = event.messageCount { key("message_count", &first); integer(Int64(value)) }
        key("models", &first); stringMap(event.models)
        key("occurred_at", &first); string(event.occurredAt)
        key("redacted", &first)
        do {
            var inner = true
            byte(0x7B)
            if let value = event.redacted.body { key("body", &inner); string(value) }
            if let value = event.redacted.subject { key("subject", &inner); string(value) }
            if let value = event.redacted.text { key("text", &inner); string(value) }
            byte(0x7D)
        }
        key("schema", &first); string(event.schema)
        if let value = event.sender { key("sender", &first); string(value) }
        if let source = event.source {
            key("source", &first)
            var inner = true
            byte(0x7B)
            key("offset", &inner); integer(source.offset)
            key("partition", &inner); integer(Int64(source.partition))
            key("topic", &inner); string(source.topic)
            byte(0x7D)
        }
        if let summary = event.summary {
            key("summary", &first)
            var inner = true
            byte(0x7B)
            key("text", &inner); string(summary.text)
            byte(0x7D)
        }
        if let value = event.ticketID { key("ticket_id", &first); string(value) }
        key("triage", &first)
        do {
            var inner = true
            byte(0x7B)
            key("confidence", &inner); double(event.triage.confidence)
            key("intent", &inner); string(event.triage.intent)
            key("priority", &inner); string(event.triage.priority)
            key("queue", &inner); string(event.triage.queue)
            if let top = event.triage.top { key("top", &inner); scores(top) }
            byte(0x7D)
        }
        byte(0x7D)
    }

    private mutating func scores(_ scores: [EnrichedEvent.Score]) {
        byte(0x5B)
        for (index, score) in scores.enumerated() {
            if index > 0 { byte(0x2C) }
            var inner = true
            byte(0x7B)
            if let code = score.code { key("code", &inner); string(code) }
            if let intent = score.intent { key("intent", &inner); string(intent) }
            key("probability", &inner); double(score.probability)
            byte(0x7D)
        }
        byte(0x5D)
    }

    private mutating func integerMap(_ map: [String: Int64]) {
        byte(0x7B)
        var first = true
        // Sorted pairs, so no key is hashed again to find its value.
        for (name, value) in map.sorted(by: { $0.key < $1.key }) {
            key(name, &first)
            integer(value)
        }
        byte(0x7D)
    }

    private mutating func stringMap(_ map: [String: String]) {
        byte(0x7B)
        var first = true
        for (name, value) in map.sorted(by: { $0.key < $1.key }) {
            key(name, &first)
            string(value)
        }
        byte(0x7D)
    }

    @inline(__always)
    private mutating func byte(_ value: UInt8) { bytes.append(value) }

    private mutating func key(_ name: String, _ first: inout Bool) {
        if !first { byte(0x2C) }
        first = false
        string(name)
        byte(0x3A)
    }

    private mutating func integer(_ value: Int64) {
        bytes.append(contentsOf: String(value).utf8)
    }

    private mutating func double(_ value: Double) {
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func string(_ value: String) {
        byte(0x22)
        var value = value
        value.withUTF8 { utf8 in
            var runStart = 0
            for index in 0..<utf8.count {
                let unit = utf8[index]
                guard unit < 0x20 || unit == 0x22 || unit == 0x5C else { continue }
                if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
                runStart = index + 1
                switch unit {
                case 0x22: bytes.append(0x5C); bytes.append(0x22)
                case 0x5C: bytes.append(0x5C); bytes.append(0x5C)
                case 0x08: bytes.append(0x5C); bytes.append(0x62)
                case 0x09: bytes.append(0x5C); bytes.append(0x74)
                case 0x0A: bytes.append(0x5C); bytes.append(0x6E)
                case 0x0C: bytes.append(0x5C); bytes.append(0x66)
                case 0x0D: bytes.append(0x5C); bytes.append(0x72)
                default:
                    bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, Self.hex[Int(unit >> 4)], Self.hex[Int(unit & 0xF)]])
                }
            }
            if runStart < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...])) }
        }
        byte(0x22)
    }
}
