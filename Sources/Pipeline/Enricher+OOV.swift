extension Enricher {
    /// `event` with its in-process ``EnrichedEvent/triageOOVRate`` set from the text triage read
    /// (left `nil` when the triage model has no vocabulary). Only the rate is kept, never the text.
    func withTriageOOVRate(of text: String, language: String, _ event: EnrichedEvent) -> EnrichedEvent {
        guard core.triageClassifier.vocabulary != nil else { return event }
        var event = event
        event.triageOOVRate = core.triageClassifier.outOfVocabularyRate(text, language: language)
        return event
    }
}
