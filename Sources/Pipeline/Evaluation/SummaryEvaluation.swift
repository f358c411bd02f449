import Foundation
import TextInference

/// Scores conversation summaries exactly as `enrich` produces them.
///
/// Each dialogue becomes `chat_message` events (one per turn) followed by `chat_closed`, the events
/// run through ``OfflineEnrichment`` (language ID, redaction, state, summary), and the text of the
/// resulting `conversation_summary` is compared with the references: ROUGE-1/2/L F1 averaged over
/// a dialogue's references, then the mean over dialogues. A Lead-3 baseline (the first three
/// sentences of the dialogue) is scored the same way for reference.
public struct SummaryEvaluation: Sendable {
    /// The outcome of one evaluation.
    public struct Report: Sendable {
        /// Dialogues scored.
        public var dialogues: Int
        /// Mean scores of the enriched conversation summaries.
        public var system: RougeSummary
        /// Mean scores of the Lead-3 baseline.
        public var lead3: RougeSummary
        /// Dialogues for which no conversation summary came out (scored as 0).
        public var missing: Int
        /// The summaries by dialogue, in input order.
        public var summaries: [String]
    }

    /// The offline runner the events go through.
    public let runner: OfflineEnrichment
    /// Whether tokens are Porter-stemmed before matching.
    public let stem: Bool

    /// Creates an evaluation over `runner`.
    public init(runner: OfflineEnrichment, stem: Bool = true) {
        self.runner = runner
        self.stem = stem
    }

    /// Enriches and scores `dialogues`.
    public func evaluate(_ dialogues: [EvaluationDialogue]) async -> Report {
        let summaries = await summarize(dialogues)
        var system: [RougeSummary] = []
        var lead: [RougeSummary] = []
        for (index, dialogue) in dialogues.enumerated() {
            system.append(RougeSummary.score(candidate: summaries[index] ?? "", references: dialogue.references, stem: stem))
            lead.append(RougeSummary.score(candidate: Self.lead3(dialogue), references: dialogue.references, stem: stem))
        }
        return Report(dialogues: dialogues.count, system: RougeSummary.mean(system), lead3: RougeSummary.mean(lead),
                      missing: summaries.filter { $0 == nil }.count, summaries: summaries.map { $0 ?? "" })
    }

    /// The `summary.text` of each dialogue's `conversation_summary`, or nil when none came out.
    public func summarize(_ dialogues: [EvaluationDialogue]) async -> [String?] {
        let lines = dialogues.enumerated().flatMap { Self.events(for: $0.element, index: $0.offset) }
        var summaries = [String?](repeating: nil, count: dialogues.count)
        for outcome in await runner.run(lines: lines) {
            guard case let .events(events) = outcome else { continue }
            for event in events where event.kind == "conversation_summary" {
                guard let id = event.conversationID, let index = Self.index(of: id), index < dialogues.count else { continue }
                summaries[index] = event.summary?.text ?? ""
            }
        }
        return summaries
    }

    /// The input events for one dialogue: a `chat_message` per turn, then `chat_closed`.
    public static func events(for dialogue: EvaluationDialogue, index: Int) -> [[UInt8]] {
        let conversation = conversationPrefix + String(index)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var lines: [[UInt8]] = []
        for (turn, message) in dialogue.turns.enumerated() {
            let event = Event(kind: "chat_message", event_id: "\(conversation)-\(turn)", conversation_id: conversation,
                              occurred_at: timestamp(turn), sender: message.speaker.rawValue, text: message.text)
            lines.append(Array((try? encoder.encode(event)) ?? Data()))
        }
        let closed = Event(kind: "chat_closed", event_id: "\(conversation)-closed", conversation_id: conversation,
                           occurred_at: timestamp(dialogue.turns.count), sender: nil, text: nil)
        lines.append(Array((try? encoder.encode(closed)) ?? Data()))
        return lines
    }

    /// The first three sentences of the dialogue's turns, without speaker labels.
    public static func lead3(_ dialogue: EvaluationDialogue) -> String {
        var sentences: [String] = []
        for turn in dialogue.turns where sentences.count < 3 {
            sentences += SentenceSplitter.split(turn.text, language: "en").prefix(3 - sentences.count)
        }
        return sentences.joined(separator: " ")
    }

    private static let conversationPrefix = "eval-"

    private static func index(of conversationID: String) -> Int? {
        guard conversationID.hasPrefix(conversationPrefix) else { return nil }
        return Int(conversationID.dropFirst(conversationPrefix.count))
    }

    /// A fixed clock: turn `k` happens `k` seconds after 2024-01-01T00:00:00Z.
    private static func timestamp(_ k: Int) -> String {
        let minutes = k / 60, seconds = k % 60
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "2024-01-01T\(two(minutes / 60 % 24)):\(two(minutes % 60)):\(two(seconds))Z"
    }

    private struct Event: Encodable {
        let kind: String
        let event_id: String
        let conversation_id: String
        let occurred_at: String
        let sender: String?
        let text: String?
    }
}
