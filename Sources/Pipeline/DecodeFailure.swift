/// Why an input record was rejected; goes to the DLQ and to `enrich`'s stderr.
///
/// Messages name fields and limits only; they never quote the input text.
public struct DecodeFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// Machine-readable reason codes (contract v1 of `support.dlq`).
    public enum Reason: String, Sendable, CaseIterable {
        case invalidJSON = "invalid_json"
        case invalidUTF8 = "invalid_utf8"
        case oversized
        case schemaViolation = "schema_violation"
        case unknownKind = "unknown_kind"
        case processingFailed = "processing_failed"
        case redactionFailed = "redaction_failed"
        /// Processing took longer than `stage_timeout_ms`.
        case timeout
        /// Kafka refused an output of the record for good (larger than `message.max.bytes`, or an
        /// invalid record), so the record's outputs could not be published.
        case publishRejected = "publish_rejected"
    }

    /// The reason code.
    public let reason: Reason
    /// A short explanation that names the problem.
    public let message: String

    /// Creates a failure.
    public init(_ reason: Reason, _ message: String) {
        self.reason = reason
        self.message = message
    }

    /// `reason_code: message`.
    public var description: String { "\(reason.rawValue): \(message)" }
}
