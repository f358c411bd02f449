import Telemetry

extension DriftObservation {
    /// The drift view of an enriched ticket or chat message; `nil` for conversation summaries,
    /// which repeat what their messages already contributed.
    public init?(_ event: EnrichedEvent) {
        guard event.kind != "conversation_summary" else { return nil }
        let redacted = [event.redacted.subject, event.redacted.body, event.redacted.text].compactMap { $0 }
        let length = redacted.reduce(0) { $0 + $1.unicodeScalars.count } + max(0, redacted.count - 1)
        self.init(language: event.language.code, languageConfidence: event.language.confidence,
                  intent: event.triage.intent, triageConfidence: event.triage.confidence,
                  textLength: length, entityTypes: event.entities.map(\.type), triageOOVRate: event.triageOOVRate)
    }
}
