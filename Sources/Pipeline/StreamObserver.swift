/// Receives per-record timings and outcomes from ``StreamWorker`` (metrics, drift).
///
/// Called from worker tasks and from the producer's delivery thread, so implementations must be
/// cheap and thread-safe. Arguments carry labels and numbers only, never event text.
public protocol StreamObserver: Sendable {
    /// A record was decoded (or rejected) in `microseconds`.
    func decoded(topic: String, microseconds: Int64)
    /// A record produced these enriched events (each carries its per-stage `latency_us`).
    func enriched(_ events: [EnrichedEvent], topic: String)
    /// Every output of a record was confirmed by the broker.
    ///
    /// - Parameters:
    ///   - outcome: `enriched` or `dlq`.
    ///   - dlqReason: the DLQ reason code for `dlq`.
    ///   - publishMicroseconds: from the first send to the last delivery confirmation.
    ///   - endToEndMicroseconds: from the Kafka record timestamp to the confirmation, when the record has one.
    func completed(topic: String, partition: Int32, outcome: String, dlqReason: String?,
                   publishMicroseconds: Int64, endToEndMicroseconds: Int64?)
}
