import Storage

/// Maps enriched events to backtest rows.
public enum BacktestRows {
    /// The row for one enriched event; its canonical JSON leaves out `latency_us`.
    public static func row(for event: EnrichedEvent) -> BacktestRow {
        var counts: [String: Int] = [:]
        for entity in event.entities { counts[entity.type, default: 0] += 1 }
        return BacktestRow(
            eventID: event.eventID, status: "ok", kind: event.kind, sourceTopic: event.source?.topic,
            sourcePartition: event.source?.partition, sourceOffset: event.source?.offset, models: event.models,
            language: event.language.code, languageConfidence: event.language.confidence, intent: event.triage.intent,
            intentConfidence: event.triage.confidence, queue: event.triage.queue, priority: event.triage.priority,
            entityCounts: counts, summary: event.summary?.text, latencyUs: event.latencyUs["total"] ?? 0,
            enrichedJSON: canonicalJSON(event))
    }

    /// The event as sorted-key JSON without `latency_us`: identical for identical input and models.
    public static func canonicalJSON(_ event: EnrichedEvent) -> String {
        var copy = event
        copy.latencyUs = [:]
        return String(decoding: EventEncoding.encode(copy), as: UTF8.self)
    }
}
