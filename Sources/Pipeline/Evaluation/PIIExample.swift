import Foundation
import TextInference

/// One labelled text for the PII evaluation: gold spans, hard negatives and ignored regions.
///
/// Offsets count Unicode scalars of `text`.
public struct PIIExample: Sendable {
    /// A labelled span: an entity type (gold) or a hard-negative kind.
    public struct Span: Sendable, Equatable {
        /// `EMAIL`, `PERSON`, … for gold spans; `ORDER`, `UUID`, … for negatives.
        public let label: String
        public let start: Int
        public let end: Int

        /// Creates a span.
        public init(label: String, start: Int, end: Int) {
            self.label = label
            self.start = start
            self.end = end
        }
    }

    /// Identifier (event id and field, or line number).
    public let id: String
    /// ISO 639-1 language code ("" when unknown).
    public let language: String
    /// `dev`, `holdout` or "" (for sets without a split).
    public let split: String
    /// The text.
    public let text: String
    /// Gold PII spans with our entity type names.
    public let entities: [Span]
    /// Hard negatives: look-alikes that must not be redacted.
    public let negatives: [Span]
    /// Regions labelled with types we do not cover; predictions inside them are not scored.
    public let ignored: [Span]

    /// Creates an example.
    public init(id: String, language: String, split: String, text: String, entities: [Span], negatives: [Span], ignored: [Span]) {
        self.id = id
        self.language = language
        self.split = split
        self.text = text
        self.entities = entities
        self.negatives = negatives
        self.ignored = ignored
    }
}

/// Why a PII evaluation file could not be read.
public enum PIIDataError: Error, CustomStringConvertible {
    /// A line or record is malformed.
    case malformed(line: Int, reason: String)
    /// A label refers to an event that no events file holds.
    case missingEvent(line: Int, eventID: String)

    public var description: String {
        switch self {
        case let .malformed(line, reason): return "record \(line): \(reason)"
        case let .missingEvent(line, id): return "line \(line): event \(id) is in no --events file"
        }
    }
}

extension PIIExample {
    /// Presidio-research label names mapped to ours; other labels become ignored regions.
    public static let presidioTypes: [String: String] = [
        "PERSON": "PERSON", "EMAIL_ADDRESS": "EMAIL", "PHONE_NUMBER": "PHONE", "CREDIT_CARD": "CREDIT_CARD",
        "IBAN_CODE": "IBAN", "IP_ADDRESS": "IP_ADDRESS", "US_SSN": "US_SSN", "STREET_ADDRESS": "ADDRESS",
    ]

    /// Parses our labels JSON lines: each line has `entities` ({type, start, end, field?}) and optional
    /// `negatives` ({kind, start, end, field?}), and either `text` or an `event_id` found in `events`
    /// (input events by id, e.g. `Topics/samples/tickets.jsonl`); one example per labelled field.
    public static func parseLabels(_ contents: Data, events: [String: [String: Any]] = [:]) throws(PIIDataError) -> [PIIExample] {
        var examples: [PIIExample] = []
        for (index, line) in contents.split(separator: UInt8(ascii: "\n")).enumerated() {
            let number = index + 1
            if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
            guard let object = (try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any] else {
                throw .malformed(line: number, reason: "not a JSON object")
            }
            let language = object["language"] as? String ?? ""
            let split = object["split"] as? String ?? ""
            let entities = try spans(object["entities"], key: "type", line: number)
            let negatives = try spans(object["negatives"], key: "kind", line: number)
            if let text = object["text"] as? String {
                let id = object["id"] as? String ?? String(number)
                examples.append(PIIExample(id: id, language: language, split: split, text: text,
                                           entities: entities.map(\.1), negatives: negatives.map(\.1), ignored: []))
                continue
            }
            guard let eventID = object["event_id"] as? String else { throw .malformed(line: number, reason: "needs text or event_id") }
            guard let event = events[eventID] else { throw .missingEvent(line: number, eventID: eventID) }
            for field in ["subject", "body", "text"] {
                guard let text = event[field] as? String else { continue }
                examples.append(PIIExample(
                    id: eventID + "/" + field, language: language, split: split, text: text,
                    entities: entities.filter { ($0.0 ?? "body") == field }.map(\.1),
                    negatives: negatives.filter { ($0.0 ?? "body") == field }.map(\.1), ignored: []))
            }
        }
        return examples
    }

    /// Indexes input events (JSON lines with `event_id`) by id.
    public static func indexEvents(_ contents: Data) -> [String: [String: Any]] {
        var index: [String: [String: Any]] = [:]
        for line in contents.split(separator: UInt8(ascii: "\n")) {
            guard let object = (try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any],
                  let id = object["event_id"] as? String else { continue }
            index[id] = object
        }
        return index
    }

    /// Parses the presidio-research synthetic dataset (a JSON array of `full_text` + `spans`).
    public static func parsePresidio(_ contents: Data) throws(PIIDataError) -> [PIIExample] {
        guard let array = (try? JSONSerialization.jsonObject(with: contents)) as? [[String: Any]] else {
            throw .malformed(line: 0, reason: "not a JSON array of objects")
        }
        var examples: [PIIExample] = []
        for (index, record) in array.enumerated() {
            guard let text = record["full_text"] as? String else { throw .malformed(line: index + 1, reason: "no full_text") }
            var gold: [Span] = [], ignored: [Span] = []
            for span in record["spans"] as? [[String: Any]] ?? [] {
                guard let label = span["entity_type"] as? String, let start = span["start_position"] as? Int,
                      let end = span["end_position"] as? Int else { throw .malformed(line: index + 1, reason: "bad span") }
                if let ours = presidioTypes[label] {
                    gold.append(Span(label: ours, start: start, end: end))
                } else {
                    ignored.append(Span(label: label, start: start, end: end))
                }
            }
            examples.append(PIIExample(id: String(index + 1), language: "en", split: "", text: text,
                                       entities: gold, negatives: [], ignored: ignored))
        }
        return examples
    }

    private static func spans(_ value: Any?, key: String, line: Int) throws(PIIDataError) -> [(String?, Span)] {
        guard let value else { return [] }
        guard let array = value as? [[String: Any]] else { throw .malformed(line: line, reason: "spans must be an array of objects") }
        var out: [(String?, Span)] = []
        for item in array {
            guard let label = item[key] as? String, let start = item["start"] as? Int, let end = item["end"] as? Int, start <= end else {
                throw .malformed(line: line, reason: "a span needs \(key), start and end")
            }
            out.append((item["field"] as? String, Span(label: label, start: start, end: end)))
        }
        return out
    }
}
