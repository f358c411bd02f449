import Storage
import TextInference

/// Why ``Enricher/enrich(_:conversations:source:)`` produced no output for an event.
public enum EnrichmentError: Error, Sendable {
    /// The conversation store failed.
    case storage(StorageError)
    /// Redaction could not complete: fail closed, no text of the event may leave the process.
    case redaction(RedactionError)

    /// The dead-letter reason for this error (`processing_failed` or `redaction_failed`).
    public var failure: DecodeFailure {
        switch self {
        case let .storage(error): return DecodeFailure(.processingFailed, "state store: \(error)")
        case let .redaction(error): return DecodeFailure(.redactionFailed, error.description)
        }
    }
}
