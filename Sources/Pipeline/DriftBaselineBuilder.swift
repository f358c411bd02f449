import Foundation
import Telemetry

/// Builds per-topic drift references from enriched events (JSON lines, e.g. the output of `enrich`).
public struct DriftBaselineBuilder: Sendable {
    /// Reference distributions per input topic.
    public private(set) var baselines: [String: DriftDistributions] = [:]
    /// Lines that were not enriched events (reported by line number only).
    public private(set) var skippedLines: [Int] = []
    private let topics: TopicNames
    private var lineNumber = 0

    /// Creates an empty builder; events without `source` are assigned to an input topic by `kind`.
    public init(topics: TopicNames = TopicNames()) {
        self.topics = topics
    }

    /// Adds one JSON line.
    public mutating func add(line: Substring) {
        lineNumber += 1
        guard !line.allSatisfy(\.isWhitespace) else { return }
        guard let event = try? JSONDecoder().decode(EnrichedEvent.self, from: Data(line.utf8)) else {
            skippedLines.append(lineNumber)
            return
        }
        add(event)
    }

    /// Adds one enriched event (conversation summaries are not part of the reference).
    public mutating func add(_ event: EnrichedEvent) {
        guard let observation = DriftObservation(event),
              let topic = event.source?.topic ?? topics.inputTopic(forKind: event.kind) else { return }
        baselines[topic, default: DriftDistributions()].add(observation)
    }
}
