import Foundation
import KafkaClient
import Testing

@Suite("Manual assignment, seek and pause", .serialized)
struct AssignSeekTests {
    @Test("assign with a start offset, seek back, pause and resume a partition")
    func assignSeekPause() async throws {
        let broker = try EmbeddedBroker(brokers: 1, logger: KafkaTestSupport.logger)
        defer { broker.shutdown() }
        try broker.createTopic("seek", partitions: 2)
        let producer = try KafkaTestSupport.producer(broker)
        for index in 0..<20 {
            try await producer.send(KafkaProducerMessage(topic: "seek", partition: Int32(index % 2), key: nil,
                                                         value: Array("v\(index)".utf8)))
        }
        producer.close()

        let consumer = try KafkaConsumer(configuration: KafkaTestSupport.consumerConfig(broker, group: "g-seek"),
                                         logger: KafkaTestSupport.logger)
        try consumer.assign([TopicPartition(topic: "seek", partition: 0, offset: 5)])
        let fromFive = try await KafkaTestSupport.collect(consumer, count: 5, store: false)
        #expect(fromFive.map(\.offset) == [5, 6, 7, 8, 9])
        #expect(fromFive.allSatisfy { $0.partition == 0 })

        try await consumer.seek([TopicPartition(topic: "seek", partition: 0, offset: 2)])
        let afterSeek = try await KafkaTestSupport.collect(consumer, count: 3, store: false)
        #expect(afterSeek.map(\.offset) == [2, 3, 4])

        // Pause: nothing more arrives until resume.
        let rest = try await KafkaTestSupport.collect(consumer, count: 5, timeout: .seconds(5), store: false)
        #expect(rest.map(\.offset) == [5, 6, 7, 8, 9])
        try consumer.assign([TopicPartition(topic: "seek", partition: 1, offset: KafkaOffset.beginning)])
        try consumer.pause([TopicPartition(topic: "seek", partition: 1)])
        let whilePaused = try await KafkaTestSupport.collect(consumer, count: 1, timeout: .seconds(2), store: false)
        #expect(whilePaused.isEmpty)
        try consumer.resume([TopicPartition(topic: "seek", partition: 1)])
        let resumed = try await KafkaTestSupport.collect(consumer, count: 10, store: false)
        #expect(resumed.map(\.offset) == Array(0..<10))
        #expect(try consumer.assignment().map(\.partition) == [1])
        await consumer.shutdown()
    }
}
