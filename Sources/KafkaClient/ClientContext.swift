import CRdKafka
import Logging

/// A librdkafka client handle. librdkafka handles are thread-safe.
final class RdKafkaHandle: @unchecked Sendable {
    /// The `rd_kafka_t` pointer.
    let pointer: OpaquePointer

    init(_ pointer: OpaquePointer) {
        self.pointer = pointer
    }
}

/// State reachable from librdkafka callbacks through the configuration's opaque pointer.
///
/// The client retains it for the life of the handle; callbacks only borrow it.
final class ClientContext: @unchecked Sendable {
    /// Where librdkafka's own log lines and errors go.
    let logger: Logger
    /// Called on the poll thread for consumer group rebalances.
    var rebalance: (@Sendable (OpaquePointer, rd_kafka_resp_err_t, UnsafeMutablePointer<rd_kafka_topic_partition_list_t>?) -> Void)?

    init(logger: Logger) {
        self.logger = logger
    }

    /// Installs the log and error callbacks and the opaque pointer on a configuration.
    func install(on conf: OpaquePointer) {
        rd_kafka_conf_set_opaque(conf, Unmanaged.passUnretained(self).toOpaque())
        rd_kafka_conf_set_log_cb(conf) { rk, level, facility, message in
            guard let rk, let opaque = rd_kafka_opaque(rk) else { return }
            let context = Unmanaged<ClientContext>.fromOpaque(opaque).takeUnretainedValue()
            let text = message.map { String(cString: $0) } ?? ""
            let facilityName = facility.map { String(cString: $0) } ?? ""
            let logLevel: Logger.Level = level <= 3 ? .error : (level <= 5 ? .notice : (level == 6 ? .info : .debug))
            context.logger.log(level: logLevel, "librdkafka: \(text)", metadata: ["facility": "\(facilityName)"])
        }
        rd_kafka_conf_set_error_cb(conf) { rk, err, reason, opaque in
            guard let opaque else { return }
            let context = Unmanaged<ClientContext>.fromOpaque(opaque).takeUnretainedValue()
            let text = reason.map { String(cString: $0) } ?? ""
            let fatal = err == RD_KAFKA_RESP_ERR__FATAL.rawValue
            context.logger.log(level: fatal ? .critical : .warning, "kafka client error",
                               metadata: ["code": "\(KafkaError.name(of: err))", "reason": "\(text)"])
        }
    }

    /// Creates a client handle of the given type from a property map.
    static func makeHandle(type: rd_kafka_type_t, properties: [String: String], context: ClientContext,
                           configure: (OpaquePointer) -> Void = { _ in }) throws(KafkaError) -> RdKafkaHandle {
        let conf = try KafkaConfiguration.makeNative(properties)
        context.install(on: conf)
        configure(conf)
        var errorBuffer = [CChar](repeating: 0, count: 512)
        guard let rk = rd_kafka_new(type, conf, &errorBuffer, errorBuffer.count) else {
            rd_kafka_conf_destroy(conf)
            let reason = errorBuffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            throw .clientCreationFailed(reason: reason)
        }
        return RdKafkaHandle(rk)
    }
}
