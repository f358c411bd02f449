import Foundation
import KafkaClient
import Logging

/// Feeds sample events to the input topics in a loop, for `run --embedded`.
///
/// Each pass rewrites event, ticket and conversation ids with a pass number, so every pass is a
/// new set of tickets and conversations and consumers can still dedupe by `event_id`.
public struct SampleFeeder: Sendable {
    /// The sample lines, each a JSON object.
    public let samples: [[String: String]]
    /// Topic names.
    public let topics: TopicNames
    /// Events per second; 0 means as fast as the producer takes them.
    public let rate: Double

    /// Parses JSON-lines sample text; lines that are not JSON objects are skipped.
    public static func parse(_ text: String) -> [[String: String]] {
        text.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?.compactMapValues { $0 as? String }
        }
    }

    /// Creates a feeder over parsed samples.
    public init(samples: [[String: String]], topics: TopicNames, rate: Double) {
        self.samples = samples
        self.topics = topics
        self.rate = rate
    }

    /// Loads every `*.jsonl` file in a directory except `bad.jsonl`, in name order.
    public static func load(directory: String, topics: TopicNames, rate: Double) throws -> SampleFeeder {
        let url = URL(fileURLWithPath: directory)
        let files = try FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "jsonl" && !$0.lastPathComponent.hasPrefix("bad") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        var samples: [[String: String]] = []
        for file in files {
            samples += parse(try String(contentsOf: file, encoding: .utf8))
        }
        return SampleFeeder(samples: samples, topics: topics, rate: rate)
    }

    /// The record for sample `index` in pass `pass`.
    public func record(_ index: Int, pass: Int) -> KafkaProducerMessage? {
        var object = samples[index]
        let suffix = pass == 0 ? "" : "~\(pass)"
        for field in ["event_id", "ticket_id", "conversation_id"] {
            if let value = object[field] { object[field] = value + suffix }
        }
        guard let kind = object["kind"], let topic = topics.inputTopic(forKind: kind),
              let key = object["ticket_id"] ?? object["conversation_id"],
              let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return nil }
        return KafkaProducerMessage(topic: topic, key: Array(key.utf8), value: Array(data))
    }

    /// Sends samples until the task is cancelled or `passes` passes are done; returns records sent.
    @discardableResult
    public func feed(producer: KafkaProducer, passes: Int = .max, logger: Logger,
                     failed: @escaping @Sendable () -> Void = {}) async -> Int {
        guard !samples.isEmpty else { return 0 }
        var sent = 0
        let start = ContinuousClock.now
        for pass in 0..<passes {
            for index in samples.indices {
                if Task.isCancelled { return sent }
                guard let message = record(index, pass: pass) else { continue }
                do {
                    try await producer.send(message) { result in
                        if case let .failure(error) = result {
                            failed()
                            logger.warning("sample delivery failed", metadata: ["error": "\(error)"])
                        }
                    }
                } catch {
                    return sent
                }
                sent += 1
                if rate > 0 {
                    let due = start + .microseconds(Int64(Double(sent) / rate * 1_000_000))
                    if due > ContinuousClock.now { try? await Task.sleep(until: due) }
                }
            }
        }
        return sent
    }
}
