import Testing
@testable import KafkaClient

/// The consumer's librdkafka property map: application-stored offsets and a bounded pre-fetch queue.
@Suite("Consumer configuration")
struct ConsumerConfigurationTests {
    @Test("offsets are stored by the application and the pre-fetch queue is bounded")
    func properties() {
        var configuration = KafkaConsumerConfiguration(connection: KafkaConfiguration(bootstrapServers: "127.0.0.1:9092"), groupID: "g")
        #expect(configuration.properties["enable.auto.offset.store"] == "false")
        #expect(configuration.properties["queued.max.messages.kbytes"] == "32768")
        configuration.queuedMaxKilobytes = 4_096
        #expect(configuration.properties["queued.max.messages.kbytes"] == "4096")
        configuration.connection.properties["queued.max.messages.kbytes"] = "2048"
        #expect(configuration.properties["queued.max.messages.kbytes"] == "2048")
    }
}
