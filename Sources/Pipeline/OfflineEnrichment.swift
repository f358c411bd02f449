import Storage
import Synchronization

/// Enriches a batch of JSON lines offline exactly as `run` would publish them.
///
/// Lines are sharded by their ticket or conversation id, so each conversation is processed in
/// order by one task with its own state, while shards run in parallel on every core. Results come
/// back in input order, so the output is deterministic.
public struct OfflineEnrichment: Sendable {
    /// What became of one input line.
    public enum Outcome: Sendable {
        /// A blank line, skipped.
        case blank
        /// The enriched events for the line (one, or a conversation summary for `chat_closed`).
        case events([EnrichedEvent])
        /// The line was rejected.
        case failure(DecodeFailure)
    }

    /// The enricher shared by every shard.
    public let enricher: Enricher
    /// The input decoder.
    public let decoder: EventDecoder
    /// Parallel shards; default one per core.
    public let shards: Int
    /// Limits on per-conversation state.
    public let limits: ConversationLimits
    /// Tickets enriched together, stage by stage (see ``Enricher/enrichTickets(_:)``).
    public static let ticketBatch = 192

    /// Creates an offline runner.
    public init(enricher: Enricher, decoder: EventDecoder, shards: Int, limits: ConversationLimits = ConversationLimits()) {
        self.enricher = enricher
        self.decoder = decoder
        self.shards = max(1, shards)
        self.limits = limits
    }

    /// Enriches `lines`; `progress` is called with the number of lines finished so far.
    public func run(lines: [[UInt8]], progress: @escaping @Sendable (Int) -> Void = { _ in }) async -> [Outcome] {
        await run(lines: lines, flushOpen: false, progress: progress).outcomes
    }

    /// Enriches `lines`, and with `flushOpen` also summarizes the conversations still open at the
    /// end (never closed), returned in conversation-id order.
    public func run(lines: [[UInt8]], flushOpen: Bool,
                    progress: @escaping @Sendable (Int) -> Void = { _ in }) async -> (outcomes: [Outcome], open: [EnrichedEvent]) {
        let decodedResults = await decodeAll(lines)
        var assignment = [[Int]](repeating: [], count: shards)
        for (index, result) in decodedResults.enumerated() {
            guard let result else { continue }
            let key = (try? result.get())?.key ?? String(index)
            assignment[Int(Self.stableHash(key) % UInt64(shards))].append(index)
        }
        var outcomes = [Outcome](repeating: .blank, count: lines.count)
        let counter = ProgressCounter()
        var open: [EnrichedEvent] = []
        await withTaskGroup(of: ([(Int, Outcome)], [EnrichedEvent]).self) { group in
            for shard in assignment where !shard.isEmpty {
                group.addTask { [enricher, limits] in
                    let store = MemoryConversationStore(limits: limits)
                    var results: [(Int, Outcome)] = []
                    results.reserveCapacity(shard.count)
                    // Tickets carry no conversation state, so they are enriched in batches, stage by stage.
                    var pending: [(index: Int, ticket: InputEvent.Ticket)] = []
                    func flushTickets() {
                        let events = enricher.enrichTickets(pending.map { ($0.ticket, nil) })
                        for (item, event) in zip(pending, events) {
                            switch event {
                            case let .success(event): results.append((item.index, .events([event])))
                            case let .failure(error): results.append((item.index, .failure(error.failure)))
                            }
                            progress(counter.increment())
                        }
                        pending.removeAll(keepingCapacity: true)
                    }
                    for index in shard {
                        switch decodedResults[index] {
                        case .none:
                            results.append((index, .blank))
                        case let .failure(failure)?:
                            results.append((index, .failure(failure)))
                        case let .success(.ticket(ticket))?:
                            pending.append((index, ticket))
                            if pending.count >= Self.ticketBatch { flushTickets() }
                            continue
                        case let .success(event)?:
                            do {
                                results.append((index, .events(try enricher.enrich(event, conversations: store))))
                            } catch {
                                results.append((index, .failure((error as? EnrichmentError)?.failure ?? DecodeFailure(.processingFailed, "enrichment failed"))))
                            }
                        }
                        progress(counter.increment())
                    }
                    if !pending.isEmpty { flushTickets() }
                    var flushed: [EnrichedEvent] = []
                    if flushOpen {
                        for id in store.idleConversations(before: .max) {
                            if let event = try? enricher.summarizeOpen(conversationID: id, conversations: store) { flushed.append(event) }
                        }
                    }
                    return (results, flushed)
                }
            }
            for await (batch, flushed) in group {
                for (index, outcome) in batch { outcomes[index] = outcome }
                open += flushed
            }
        }
        open.sort { ($0.conversationID ?? "") < ($1.conversationID ?? "") }
        return (outcomes, open)
    }

    /// FNV-1a, so sharding does not depend on Swift's per-process hash seed.
    /// Decodes every line (`nil` for a blank one), in contiguous chunks on every shard.
    private func decodeAll(_ lines: [[UInt8]]) async -> [Result<InputEvent, DecodeFailure>?] {
        let chunk = max(1, (lines.count + shards - 1) / shards)
        var decoded = [Result<InputEvent, DecodeFailure>?](repeating: nil, count: lines.count)
        await withTaskGroup(of: (Int, [Result<InputEvent, DecodeFailure>?]).self) { group in
            for start in stride(from: 0, to: lines.count, by: chunk) {
                group.addTask { [decoder] in
                    let end = min(lines.count, start + chunk)
                    let part = lines[start..<end].map { line -> Result<InputEvent, DecodeFailure>? in
                        line.allSatisfy { $0 == 32 || $0 == 9 || $0 == 13 } ? nil : decoder.decode(line)
                    }
                    return (start, part)
                }
            }
            for await (start, part) in group {
                decoded.replaceSubrange(start..<(start + part.count), with: part)
            }
        }
        return decoded
    }

    static func stableHash(_ key: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}

/// A shared counter for progress reports.
final class ProgressCounter: Sendable {
    private let value = Atomic<Int>(0)

    func increment() -> Int {
        value.wrappingAdd(1, ordering: .relaxed).newValue
    }
}
