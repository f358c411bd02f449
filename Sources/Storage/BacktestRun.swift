/// One row of a backtest store's `runs` table: which models read which input, and when.
public struct BacktestRun: Sendable, Equatable {
    /// Unique run id.
    public var runID: String
    /// Model version per stage.
    public var models: [String: String]
    /// The input: `kafka:<brokers>` or `file:<path>`.
    public var source: String
    /// The range read, e.g. `support.tickets[0]@0..<340,…` or the requested bounds.
    public var range: String
    /// Start time, RFC 3339.
    public var startedAt: String
    /// Finish time, RFC 3339, once finished.
    public var finishedAt: String?
    /// Input events processed, once finished.
    public var events: Int?

    /// Creates a run record.
    public init(runID: String, models: [String: String], source: String, range: String, startedAt: String,
                finishedAt: String? = nil, events: Int? = nil) {
        self.runID = runID
        self.models = models
        self.source = source
        self.range = range
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.events = events
    }
}
