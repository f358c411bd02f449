/// What a dead letter keeps of the original record (config `dlq.payload`).
public enum DeadLetterPayloadMode: String, Sendable, Equatable, CaseIterable {
    /// The original bytes, encrypted with AES-256-GCM under `SUPPORTSTREAM_DLQ_KEY` (the default).
    /// Without a key, the payload is dropped as in ``drop``.
    case encrypted
    /// The original bytes in base64, readable by anyone who can read the DLQ topic.
    case plain
    /// Only the size and SHA-256 of the original.
    case drop
}
