import CRdKafka
import Logging
import Synchronization

/// An idempotent Kafka producer with delivery reports, written over librdkafka's C API.
///
/// Sending never blocks the calling task: records are enqueued in librdkafka, and the delivery
/// report arrives on the producer's own poll thread. When librdkafka's queue is full the sender
/// backs off and retries, so a slow broker slows the pipeline down instead of losing records.
public final class KafkaProducer: Sendable {
    /// The configuration the producer was built with.
    public let configuration: KafkaProducerConfiguration
    private let handle: RdKafkaHandle
    private let context: ClientContext
    private let poller: PollThread
    private let isClosed = Atomic<Bool>(false)
    private let logger: Logger

    /// Creates a producer and starts its poll thread.
    public init(configuration: KafkaProducerConfiguration, logger: Logger) throws(KafkaError) {
        self.configuration = configuration
        self.logger = logger
        let context = ClientContext(logger: logger)
        let handle = try ClientContext.makeHandle(type: RD_KAFKA_PRODUCER, properties: configuration.properties,
                                                  context: context) { conf in
            rd_kafka_conf_set_dr_msg_cb(conf) { _, message, _ in
                guard let message, let opaque = message.pointee._private else { return }
                let ticket = Unmanaged<DeliveryTicket>.fromOpaque(opaque).takeRetainedValue()
                let record = message.pointee
                if record.err == RD_KAFKA_RESP_ERR_NO_ERROR {
                    let topic = record.rkt.map { String(cString: rd_kafka_topic_name($0)) } ?? ""
                    ticket.complete(.success(DeliveryReport(topic: topic, partition: record.partition, offset: record.offset)))
                } else {
                    ticket.complete(.failure(.deliveryFailed(code: record.err.rawValue, reason: KafkaError.reason(of: record.err))))
                }
            }
        }
        self.context = context
        self.handle = handle
        let flushTimeout = Int32(configuration.flushTimeoutMs)
        self.poller = PollThread(name: "kafka-producer-poll", body: {
            rd_kafka_poll(handle.pointer, 100)
        }, finally: {
            let result = rd_kafka_flush(handle.pointer, flushTimeout)
            if result != RD_KAFKA_RESP_ERR_NO_ERROR {
                // Fail whatever is left so every waiting sender hears back.
                rd_kafka_purge(handle.pointer, Int32(RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT))
                rd_kafka_poll(handle.pointer, 0)
            }
        })
    }

    deinit {
        close()
    }

    /// Records waiting in librdkafka for delivery confirmation.
    public var outstandingCount: Int {
        Int(rd_kafka_outq_len(handle.pointer))
    }

    /// Enqueues a record; `completion` runs on the poll thread once the broker confirms or gives up.
    ///
    /// Waits (without blocking a thread) while librdkafka's queue is full.
    public func send(_ message: KafkaProducerMessage,
                     completion: @escaping @Sendable (Result<DeliveryReport, KafkaError>) -> Void) async throws(KafkaError) {
        while true {
            if isClosed.load(ordering: .acquiring) { throw .closed }
            let err = enqueue(message, completion: completion)
            if err == RD_KAFKA_RESP_ERR_NO_ERROR { return }
            if err == RD_KAFKA_RESP_ERR__QUEUE_FULL {
                try? await Task.sleep(for: configuration.queueFullBackoff)
                continue
            }
            throw .produceFailed(code: err.rawValue, reason: KafkaError.reason(of: err))
        }
    }

    /// Sends a record and waits for its delivery report.
    @discardableResult
    public func send(_ message: KafkaProducerMessage) async throws(KafkaError) -> DeliveryReport {
        let box = ResultBox()
        try await send(message) { result in box.resolve(result) }
        return try await box.value()
    }

    /// Waits until every enqueued record is confirmed or `timeoutMs` passes; returns whether all were.
    public func flush(timeoutMs: Int) async -> Bool {
        let handle = self.handle
        let result = try? await Blocking.run { () throws(KafkaError) -> Bool in
            rd_kafka_flush(handle.pointer, Int32(timeoutMs)) == RD_KAFKA_RESP_ERR_NO_ERROR
        }
        return result ?? false
    }

    /// Flushes outstanding records (up to `flushTimeoutMs`), stops polling and frees the client.
    ///
    /// Blocks the calling thread while it flushes: call it at shutdown.
    public func close() {
        guard !isClosed.exchange(true, ordering: .acquiringAndReleasing) else { return }
        poller.stop()
        rd_kafka_destroy(handle.pointer)
        logger.debug("kafka producer closed")
    }

    private func enqueue(_ message: KafkaProducerMessage,
                         completion: @escaping @Sendable (Result<DeliveryReport, KafkaError>) -> Void) -> rd_kafka_resp_err_t {
        let ticket = Unmanaged.passRetained(DeliveryTicket(completion)).toOpaque()
        var headers: OpaquePointer?
        if !message.headers.isEmpty {
            headers = rd_kafka_headers_new(message.headers.count)
            for header in message.headers {
                if let value = header.value {
                    value.withUnsafeBytes { bytes in
                        _ = rd_kafka_header_add(headers, header.key, -1, bytes.baseAddress, bytes.count)
                    }
                } else {
                    _ = rd_kafka_header_add(headers, header.key, -1, nil, 0)
                }
            }
        }
        let partition = message.partition ?? -1
        let timestamp = message.timestampMs ?? 0
        let err: rd_kafka_resp_err_t = message.topic.withCString { topic in
            message.value.withUnsafeBytes { value in
                // An empty value goes out as null: a tombstone on a compacted topic.
                let payload = value.isEmpty ? nil : value.baseAddress
                if let key = message.key {
                    return key.withUnsafeBytes { keyBytes in
                        ss_produce(handle.pointer, topic, partition, keyBytes.baseAddress, keyBytes.count,
                                   payload, value.count, headers, timestamp, ticket)
                    }
                }
                return ss_produce(handle.pointer, topic, partition, nil, 0, payload, value.count,
                                  headers, timestamp, ticket)
            }
        }
        if err != RD_KAFKA_RESP_ERR_NO_ERROR {
            Unmanaged<DeliveryTicket>.fromOpaque(ticket).release()
            if let headers { rd_kafka_headers_destroy(headers) }
        }
        return err
    }
}

/// The per-record context passed to librdkafka as the message opaque.
final class DeliveryTicket: Sendable {
    private let completion: @Sendable (Result<DeliveryReport, KafkaError>) -> Void

    init(_ completion: @escaping @Sendable (Result<DeliveryReport, KafkaError>) -> Void) {
        self.completion = completion
    }

    func complete(_ result: Result<DeliveryReport, KafkaError>) {
        completion(result)
    }
}

/// A one-shot result that a callback thread fills and a task awaits.
final class ResultBox: Sendable {
    private struct State {
        var result: Result<DeliveryReport, KafkaError>?
        var waiter: CheckedContinuation<Result<DeliveryReport, KafkaError>, Never>?
    }
    private let state = Mutex(State())

    func resolve(_ result: Result<DeliveryReport, KafkaError>) {
        let waiter = state.withLock { state -> CheckedContinuation<Result<DeliveryReport, KafkaError>, Never>? in
            state.result = result
            let waiter = state.waiter
            state.waiter = nil
            return waiter
        }
        waiter?.resume(returning: result)
    }

    func value() async throws(KafkaError) -> DeliveryReport {
        let result = await withCheckedContinuation { continuation in
            let ready = state.withLock { state -> Result<DeliveryReport, KafkaError>? in
                if let result = state.result { return result }
                state.waiter = continuation
                return nil
            }
            if let ready { continuation.resume(returning: ready) }
        }
        return try result.get()
    }
}
