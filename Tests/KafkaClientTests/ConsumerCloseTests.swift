import Testing
@testable import KafkaClient

/// Calls that producer delivery callbacks make during shutdown are safe after ``KafkaConsumer/close()``.
@Suite("Consumer close")
struct ConsumerCloseTests {
    @Test("storing offsets, pausing and resuming after close do nothing instead of touching the freed handle")
    func callsAfterClose() throws {
        // Eager assignment: close frees the handle (the cooperative-sticky path may keep it).
        var configuration = KafkaConsumerConfiguration(connection: KafkaConfiguration(bootstrapServers: "127.0.0.1:1"), groupID: "g-close")
        configuration.assignmentStrategy = .eager
        let consumer = try KafkaConsumer(configuration: configuration, logger: KafkaTestSupport.logger)
        let partition = TopicPartition(topic: "t", partition: 0, offset: 5)
        try consumer.storeOffsets([partition])
        consumer.close()
        try consumer.storeOffsets([partition])
        try consumer.pause([partition])
        try consumer.resume([partition])
        #expect(consumer.bufferedCount == 0)
    }
}
