import TextInference

/// One dialogue with reference summaries, read from a JSON line for `eval summarize`.
///
/// Accepted shapes: `"turns":[{"speaker","sentences":[…]}|{"speaker","text"}]`, or `"text"` with
/// one `Speaker: message` line per turn. References come from `"references":[…]`, else `"summary"`.
/// `Customer`/`User` map to the customer and `Agent`/`Bot`/`Assistant` to the agent; any other
/// speaker label (e.g. `Person1`) is the customer when it speaks first, otherwise the agent.
public struct EvaluationDialogue: Sendable, Equatable {
    /// The dialogue id (`id`, or the line number).
    public let id: String
    /// The turns in order.
    public let turns: [Turn]
    /// The reference summaries (at least one).
    public let references: [String]

    /// Creates a dialogue.
    public init(id: String, turns: [Turn], references: [String]) {
        self.id = id
        self.turns = turns
        self.references = references
    }

    /// Parses one JSON line; `line` numbers the error and is the fallback id.
    public static func parse(_ bytes: [UInt8], line: Int) throws(EvaluationDataError) -> EvaluationDialogue {
        guard let fields = (try? StrictJSONParser.parse(bytes))?.objectValue else {
            throw .invalidLine(line: line, reason: "not a JSON object")
        }
        let id = fields["id"]?.stringValue ?? String(line)
        var labelled: [(String, String)] = []
        if case let .array(turns)? = fields["turns"] {
            for turn in turns {
                guard let object = turn.objectValue, let speaker = object["speaker"]?.stringValue else {
                    throw .invalidLine(line: line, reason: "a turn needs a 'speaker'")
                }
                var text = object["text"]?.stringValue ?? ""
                if case let .array(sentences)? = object["sentences"] {
                    text = sentences.compactMap(\.stringValue).joined(separator: " ")
                }
                labelled.append((speaker, text))
            }
        } else if let text = fields["text"]?.stringValue {
            for row in text.split(separator: "\n") {
                guard let colon = row.firstIndex(of: ":") else {
                    if !labelled.isEmpty { labelled[labelled.count - 1].1 += " " + row }
                    continue
                }
                labelled.append((String(row[..<colon]), String(row[row.index(after: colon)...]).trimmingSpaces))
            }
        } else {
            throw .invalidLine(line: line, reason: "needs 'turns' or 'text'")
        }
        var references: [String] = []
        if case let .array(values)? = fields["references"] { references = values.compactMap(\.stringValue) }
        if references.isEmpty, let summary = fields["summary"]?.stringValue { references = [summary] }
        references = references.filter { !$0.trimmingSpaces.isEmpty }
        guard !references.isEmpty else { throw .invalidLine(line: line, reason: "needs 'references' or 'summary'") }
        let first = labelled.first?.0
        let turns = labelled.filter { !$0.1.trimmingSpaces.isEmpty }.map { label, text in
            Turn(speaker: speaker(label, first: first), text: text)
        }
        guard !turns.isEmpty else { throw .invalidLine(line: line, reason: "has no non-empty turn") }
        return EvaluationDialogue(id: id, turns: turns, references: references)
    }

    private static func speaker(_ label: String, first: String?) -> Speaker {
        switch label.lowercased() {
        case "customer", "user", "client": return .customer
        case "agent", "bot", "assistant", "support": return .agent
        default: return label == first ? .customer : .agent
        }
    }
}

/// Why an evaluation data file could not be read.
public enum EvaluationDataError: Error, Equatable, CustomStringConvertible {
    /// A line is not a usable dialogue.
    case invalidLine(line: Int, reason: String)

    public var description: String {
        switch self {
        case let .invalidLine(line, reason): return "line \(line): \(reason)"
        }
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}
