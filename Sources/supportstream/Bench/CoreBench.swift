import Foundation
import Pipeline
import Storage
import Synchronization
import TextInference

/// Measures the inference core without Kafka: per-stage timings, throughput and latency.
struct CoreBench {
    let core: InferenceCore
    let enricher: Enricher
    let decoder: EventDecoder

    init(core: InferenceCore) {
        self.core = core
        enricher = Enricher(core: core)
        decoder = EventDecoder()
    }

    /// Per-stage µs per event (median and p99): decode, the enricher's own stage laps, encode, total.
    func stageTimings(_ lines: [[UInt8]]) -> [String: BenchReport.StageTiming] {
        let store = MemoryConversationStore()
        var samples: [String: [Double]] = [:]
        for line in lines {
            let start = ContinuousClock.now
            guard case let .success(event) = decoder.decode(line) else { continue }
            let decoded = ContinuousClock.now
            guard let events = try? enricher.enrich(event, conversations: store), let first = events.first else { continue }
            let enriched = ContinuousClock.now
            _ = EventEncoding.encode(first)
            let end = ContinuousClock.now
            samples["decode", default: []].append(BenchStats.micros(decoded - start))
            for (stage, micros) in first.latencyUs where stage != "total" { samples[stage, default: []].append(Double(micros)) }
            samples["enrich", default: []].append(BenchStats.micros(enriched - decoded))
            samples["encode", default: []].append(BenchStats.micros(end - enriched))
            samples["total", default: []].append(BenchStats.micros(end - start))
        }
        return samples.mapValues { .init(medianUs: BenchStats.quantile($0, 0.5), p99Us: BenchStats.quantile($0, 0.99)) }
    }

    /// Processes one JSON line the way a worker does: decode, enrich, encode. Returns output bytes.
    @inline(__always)
    func process(_ line: [UInt8], store: ConversationStore) -> Int {
        guard case let .success(event) = decoder.decode(line),
              let events = try? enricher.enrich(event, conversations: store) else { return 0 }
        var bytes = 0
        for enriched in events { bytes += EventEncoding.encode(enriched).count }
        return bytes
    }

    /// Events per second over `total` events (cycling through `lines`) on `workers` threads.
    func throughput(_ lines: [[UInt8]], total: Int, workers: Int) -> Double {
        let next = BenchCounter()
        let start = ContinuousClock.now
        let enricher = self
        BenchStats.parallel(workers) { _ in
            let store = MemoryConversationStore()
            while true {
                let index = next.next()
                if index >= total { break }
                _ = enricher.process(lines[index % lines.count], store: store)
            }
        }
        return Double(total) / BenchStats.seconds(ContinuousClock.now - start)
    }

    /// Tickets per second over `total` tickets (cycling through `lines`) on `workers` threads, each
    /// taking batches of ``OfflineEnrichment/ticketBatch`` lines: decode, `enrichTickets`, encode.
    func batchedThroughput(_ lines: [[UInt8]], total: Int, workers: Int) -> Double {
        let batch = OfflineEnrichment.ticketBatch
        let next = BenchCounter()
        let start = ContinuousClock.now
        let bench = self
        BenchStats.parallel(workers) { _ in
            while true {
                let first = next.next() * batch
                if first >= total { break }
                var tickets: [(ticket: InputEvent.Ticket, source: EnrichedEvent.Source?)] = []
                for index in first..<min(total, first + batch) {
                    if case let .success(.ticket(ticket)) = bench.decoder.decode(lines[index % lines.count]) { tickets.append((ticket, nil)) }
                }
                for case let .success(event) in bench.enricher.enrichTickets(tickets) { _ = EventEncoding.encode(event) }
            }
        }
        return Double(total) / BenchStats.seconds(ContinuousClock.now - start)
    }

    /// Latency at `rate` events/s on `workers` threads, from each event's intended start time
    /// (so a stall delays and counts against every event scheduled behind it: no coordinated omission).
    func latency(_ lines: [[UInt8]], rate: Double, events: Int, workers: Int) -> [Double] {
        let next = BenchCounter()
        let results = BenchBox<[Double]>([])
        let enricher = self
        let start = ContinuousClock.now + .milliseconds(20)
        BenchStats.parallel(workers) { _ in
            let store = MemoryConversationStore()
            var local: [Double] = []
            local.reserveCapacity(events / workers + 1)
            while true {
                let index = next.next()
                if index >= events { break }
                let intended = start + .nanoseconds(Int64(Double(index) / rate * 1e9))
                while ContinuousClock.now < intended {
                    let wait = intended - ContinuousClock.now
                    if wait > .microseconds(200) { usleep(UInt32(max(1, BenchStats.micros(wait) - 100))) }
                }
                _ = enricher.process(lines[index % lines.count], store: store)
                local.append(BenchStats.micros(ContinuousClock.now - intended))
            }
            let finished = local
            results.with { $0 += finished }
        }
        return results.with { $0 }
    }

    /// Texts per second of `body` over `inputs` (cycled `total` times) on the calling thread.
    static func rate<T>(_ inputs: [T], total: Int, _ body: (T) -> Void) -> Double {
        let start = ContinuousClock.now
        for index in 0..<total { body(inputs[index % inputs.count]) }
        return Double(total) / BenchStats.seconds(ContinuousClock.now - start)
    }

    /// Single-stage rates on one core, plus the redaction phase breakdown.
    func stageRates(quick: Bool, queries: [String]) -> BenchReport.StageRates {
        let n = quick ? 300 : 20_000
        let short = BenchCorpus.texts(count: 200, length: 15, seed: 1)
        let medium = BenchCorpus.texts(count: 200, length: 90, seed: 2)
        let redactionTexts = BenchCorpus.texts(count: 200, length: 225, seed: 3)
        let tickets = BenchCorpus.texts(count: 200, length: 1_000, seed: 4)
        let langid = core.languageIdentifier, redactor = core.redactor, triage = core.triageClassifier
        let routing = core.routing, summarizer = core.summarizer
        var workspace = LanguageIDWorkspace()
        let langid15 = Self.rate(short, total: n) { _ = langid.identify($0, workspace: &workspace) }
        let langid90 = Self.rate(medium, total: n) { _ = langid.identify($0, workspace: &workspace) }
        let redaction = Self.rate(redactionTexts, total: n) { _ = redactor.redact($0, language: "en") }
        var phase = [Double](repeating: 0, count: Redactor.phaseNames.count)
        for index in 0..<n {
            var last = ContinuousClock.now
            _ = redactor.redact(redactionTexts[index % redactionTexts.count], language: "en") { stage in
                let now = ContinuousClock.now
                phase[stage] += BenchStats.micros(now - last)
                last = now
            }
        }
        var breakdown: [String: Double] = [:]
        for (index, name) in Redactor.phaseNames.enumerated() { breakdown[name] = (phase[index] / Double(n) * 100).rounded() / 100 }
        // One workspace, as a worker classifying one text at a time keeps one.
        var triageWorkspace = TriageWorkspace()
        let triageRate = Self.rate(tickets, total: quick ? 100 : 5_000) { text in
            let result = triage.classify(text, language: "en", workspace: &triageWorkspace)
            _ = routing.route(intent: result.intent, redactedText: text)
        }
        let triageClassify = Self.rate(tickets, total: quick ? 100 : 5_000) {
            _ = triage.classify($0, language: "en", workspace: &triageWorkspace)
        }
        let route = Self.rate(tickets, total: quick ? 100 : 5_000) { _ = routing.route(intent: "card_arrival", redactedText: $0) }
        let triageShort = Self.rate(queries, total: quick ? 1_000 : 200_000) { text in
            let result = triage.classify(text, language: "en", workspace: &triageWorkspace)
            _ = routing.route(intent: result.intent, redactedText: text)
        }
        let turns = 8
        let dialogues = BenchCorpus.dialogues(count: 100, turns: turns).map { dialogue in
            dialogue.map { Turn(speaker: $0.customer ? .customer : .agent, text: $0.text) }
        }
        let summarize = Self.rate(dialogues, total: quick ? 100 : 5_000) { _ = summarizer.summarizeConversation($0, language: "en") }
        return .init(langid15CharsPerSec: langid15, langid90CharsPerSec: langid90, redaction225CharsPerSec: redaction,
                     redactionPhaseUs: breakdown, triagePerSec: triageRate, triageClassify1KPerSec: triageClassify,
                     route1KPerSec: route, triageShortPerSec: triageShort, triageShortQueries: queries.count,
                     summarizeDialoguesPerSec: summarize,
                     summarizeTurnsPerDialogue: turns)
    }
}
