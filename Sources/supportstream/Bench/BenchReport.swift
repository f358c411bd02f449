/// Everything `supportstream bench` measured, as written to `--json FILE`.
struct BenchReport: Codable {
    /// Facts about the run.
    struct Run: Codable {
        var cores: Int
        var quick: Bool
        var sections: String
        var ticketSource: String
        /// The triage short queries: `built-in` or the `--queries` file.
        var querySource: String?
        var startedAt: String
    }

    /// Median and p99 of one stage, in microseconds per event.
    struct StageTiming: Codable {
        var medianUs: Double
        var p99Us: Double
    }

    /// Single-stage throughput on one core.
    struct StageRates: Codable {
        var langid15CharsPerSec: Double
        var langid90CharsPerSec: Double
        var redaction225CharsPerSec: Double
        /// Mean microseconds per ~225-char text, by redaction phase (recognizer).
        var redactionPhaseUs: [String: Double]
        /// Triage + routing on ~1 KB tickets (the classifier reads at most its configured prefix).
        var triagePerSec: Double
        /// Triage alone (features, logits, softmax, top 3) on ~1 KB tickets.
        var triageClassify1KPerSec: Double?
        /// Routing alone (cue matching over the whole text) on ~1 KB tickets.
        var route1KPerSec: Double?
        /// Triage + routing on short queries (15–100 characters, like BANKING77's).
        var triageShortPerSec: Double?
        /// How many short queries the rate cycled through (lines of `--queries`, or the built-in 26).
        var triageShortQueries: Int?
        var summarizeDialoguesPerSec: Double
        var summarizeTurnsPerDialogue: Int
    }

    /// Whole-core throughput: decode → enrich (all four stages) → encode.
    struct CoreThroughput: Codable {
        var ticketEventsPerSecOneCore: Double
        var ticketEventsPerSecAllCores: Double
        var chatEventsPerSecOneCore: Double
        var chatEventsPerSecAllCores: Double
        /// 1 KB tickets through `Enricher.enrichTickets` in batches, as `enrich` runs them (one core).
        var batchedTicketEventsPerSecOneCore: Double?
        /// The same on all workers.
        var batchedTicketEventsPerSecAllCores: Double?
        var workers: Int
    }

    /// Processing latency at a fixed offered rate, measured from each event's intended start.
    struct Latency: Codable {
        var offeredEventsPerSec: Double
        var loadFraction: Double
        var events: Int
        var p50Us: Double
        var p99Us: Double
        var p999Us: Double
        var maxUs: Double
    }

    /// Rates through the embedded broker.
    struct Stream: Codable {
        var partitions: Int
        var workers: Int
        var events: Int
        var produceSeconds: Double
        var passthroughEventsPerSec: Double
        var passthroughJoinSeconds: Double
        var streamEventsPerSec: Double
        var streamJoinSeconds: Double
        var streamStartupSeconds: Double
        /// The longest time, once records flowed, in which no further passthrough record was delivered (a stall).
        var passthroughLongestPauseSeconds: Double = 0
        /// The longest time, once records flowed, in which the stream service finished no further record.
        var streamLongestPauseSeconds: Double = 0
    }

    var run: Run
    var modelLoadSeconds: Double
    var rssAfterLoadMiB: Double
    var peakRSSMiB: Double = 0
    /// Peak resident set before the stream section, whose in-process broker keeps every produced topic in memory:
    /// the service's own peak (models, core stages, batches). `nil` when only the stream section ran.
    var peakRSSBeforeStreamMiB: Double?
    /// Per-stage timings by input class (`chat`, `ticket`) and stage.
    var stages: [String: [String: StageTiming]] = [:]
    var stageRates: StageRates?
    var core: CoreThroughput?
    var latency: Latency?
    var stream: Stream?
}
