import Foundation

/// A ground-truth label for one event, from a JSON-lines file such as `Topics/samples/labels.jsonl`.
public struct BacktestLabel: Sendable, Equatable, Decodable {
    /// The event id.
    public var eventID: String
    /// The true language code, if labelled.
    public var language: String?
    /// The true intent, if labelled.
    public var intent: String?

    enum CodingKeys: String, CodingKey {
        case eventID = "event_id"
        case language, intent
    }

    /// Creates a label.
    public init(eventID: String, language: String? = nil, intent: String? = nil) {
        self.eventID = eventID
        self.language = language
        self.intent = intent
    }

    /// Parses JSON lines (extra fields are ignored); throws naming the first bad line.
    public static func parse(_ data: Data) throws -> [BacktestLabel] {
        let decoder = JSONDecoder()
        var labels: [BacktestLabel] = []
        for (index, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated()
        where !line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) {
            guard let label = try? decoder.decode(BacktestLabel.self, from: Data(line)) else {
                throw BacktestError.badLabel(line: index + 1)
            }
            labels.append(label)
        }
        return labels
    }
}

/// A backtest input problem.
public enum BacktestError: Error, Sendable, CustomStringConvertible, Equatable {
    /// A labels line is not a JSON object with a string `event_id`.
    case badLabel(line: Int)

    /// One line naming the problem.
    public var description: String {
        switch self {
        case let .badLabel(line):
            return "labels line \(line): expected a JSON object with a string event_id (and optional language, intent)"
        }
    }
}
