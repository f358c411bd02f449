#ifndef SUPPORTSTREAM_CRDKAFKA_SHIM_H
#define SUPPORTSTREAM_CRDKAFKA_SHIM_H
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

/// Produces one message with key, headers and timestamp.
///
/// rd_kafka_producev is variadic and its RD_KAFKA_V_* arguments are macros, so Swift cannot call
/// it directly. This wrapper fixes the argument list. Ownership of `headers` passes to librdkafka
/// on success only, as rd_kafka_producev documents.
static inline rd_kafka_resp_err_t ss_produce(rd_kafka_t *rk, const char *topic, int32_t partition,
                                             const void *key, size_t key_len,
                                             const void *value, size_t value_len,
                                             rd_kafka_headers_t *headers, int64_t timestamp_ms,
                                             void *msg_opaque) {
    return rd_kafka_producev(rk,
                             RD_KAFKA_V_TOPIC(topic),
                             RD_KAFKA_V_PARTITION(partition),
                             RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
                             RD_KAFKA_V_KEY(key, key_len),
                             RD_KAFKA_V_VALUE((void *)value, value_len),
                             RD_KAFKA_V_HEADERS(headers),
                             RD_KAFKA_V_TIMESTAMP(timestamp_ms),
                             RD_KAFKA_V_OPAQUE(msg_opaque),
                             RD_KAFKA_V_END);
}
#endif
