extension Enricher {
    /// `event` with its in-process ``EnrichedEvent/triageOOVRate`` set to `rate`, the share of
    /// unseen words in the text triage read (left `nil` when the triage model has no vocabulary).
    /// Only the rate is kept, never the text.
    func withTriageOOVRate(_ rate: Double?, _ event: EnrichedEvent) -> EnrichedEvent {
        guard let rate else { return event }
        var event = event
        event.triageOOVRate = rate
        return event
    }
}
