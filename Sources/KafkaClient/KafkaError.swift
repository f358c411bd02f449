import CRdKafka

/// Errors raised by the Kafka client, each with a message that says what to do next.
public enum KafkaError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A configuration property was rejected by librdkafka.
    case invalidConfiguration(key: String, reason: String)
    /// librdkafka could not create a client handle.
    case clientCreationFailed(reason: String)
    /// A message could not be enqueued for production.
    case produceFailed(code: Int32, reason: String)
    /// The broker did not confirm delivery of a message.
    case deliveryFailed(code: Int32, reason: String)
    /// A consumer operation (subscribe, assign, seek, commit, queries) failed.
    case consumerFailed(operation: String, code: Int32, reason: String)
    /// An embedded-broker operation failed.
    case brokerFailed(reason: String)
    /// The client was already closed.
    case closed

    /// A human readable, actionable message. It never contains message payloads.
    public var description: String {
        switch self {
        case let .invalidConfiguration(key, reason):
            return "invalid Kafka configuration '\(key)': \(reason) (see librdkafka CONFIGURATION.md)"
        case let .clientCreationFailed(reason):
            return "could not create Kafka client: \(reason)"
        case let .produceFailed(code, reason):
            return "produce failed (\(KafkaError.name(of: code))): \(reason)"
        case let .deliveryFailed(code, reason):
            return "delivery failed (\(KafkaError.name(of: code))): \(reason); check broker reachability and message.timeout.ms"
        case let .consumerFailed(operation, code, reason):
            return "\(operation) failed (\(KafkaError.name(of: code))): \(reason)"
        case let .brokerFailed(reason):
            return "embedded broker: \(reason)"
        case .closed:
            return "the Kafka client is closed; create a new one"
        }
    }

    /// The librdkafka error code carried by this error, if any.
    public var code: Int32? {
        switch self {
        case let .produceFailed(code, _), let .deliveryFailed(code, _), let .consumerFailed(_, code, _):
            return code
        default:
            return nil
        }
    }

    /// Whether the record itself was refused for good: resending the same bytes cannot succeed.
    ///
    /// True for a produce or delivery failure with MSG_SIZE_TOO_LARGE (over `message.max.bytes`,
    /// checked by librdkafka before sending or by the broker against the topic's
    /// `max.message.bytes`), INVALID_MSG_SIZE, RECORD_LIST_TOO_LARGE or INVALID_RECORD. Transient
    /// failures (timeouts, leader changes, an unreachable broker) are not.
    public var isRecordRejected: Bool {
        switch self {
        case let .produceFailed(code, _), let .deliveryFailed(code, _):
            return Self.rejectionCodes.contains(code)
        default:
            return false
        }
    }

    /// The symbolic name of ``code``, e.g. `MSG_SIZE_TOO_LARGE`; `none` without a code.
    public var codeName: String {
        code.map(KafkaError.name(of:)) ?? "none"
    }

    private static let rejectionCodes: Set<Int32> = [
        RD_KAFKA_RESP_ERR_MSG_SIZE_TOO_LARGE.rawValue,
        RD_KAFKA_RESP_ERR_INVALID_MSG_SIZE.rawValue,
        RD_KAFKA_RESP_ERR_RECORD_LIST_TOO_LARGE.rawValue,
        RD_KAFKA_RESP_ERR_INVALID_RECORD.rawValue,
    ]

    /// The symbolic librdkafka name of an error code, e.g. `_QUEUE_FULL`.
    static func name(of code: Int32) -> String {
        String(cString: rd_kafka_err2name(rd_kafka_resp_err_t(code)))
    }

    /// The librdkafka description of an error code.
    static func reason(of code: rd_kafka_resp_err_t) -> String {
        String(cString: rd_kafka_err2str(code))
    }

    /// Builds a consumer error from a librdkafka result code.
    static func consumer(_ operation: String, _ err: rd_kafka_resp_err_t) -> KafkaError {
        .consumerFailed(operation: operation, code: err.rawValue, reason: reason(of: err))
    }
}
