import Foundation
import KafkaClient
@testable import Pipeline
import Testing

@Suite("Offset tracking")
struct OffsetTrackerTests {
    let partition = TopicPartition(topic: "t", partition: 0)

    @Test("only the contiguous prefix of finished records becomes committable")
    func gaps() {
        let tracker = OffsetTracker()
        for offset in 10..<15 { tracker.begin(partition, offset: Int64(offset)) }
        #expect(tracker.complete(partition, offset: 12) == nil)
        #expect(tracker.complete(partition, offset: 11) == nil)
        #expect(tracker.complete(partition, offset: 10) == 13)
        #expect(tracker.inFlight(partition) == 2)
        #expect(tracker.complete(partition, offset: 14) == nil)
        #expect(tracker.complete(partition, offset: 13) == 15)
        #expect(tracker.inFlight(partition) == 0)
    }

    @Test("partitions are independent, and draining waits for in-flight records")
    func drain() {
        let tracker = OffsetTracker()
        let other = TopicPartition(topic: "t", partition: 1)
        tracker.begin(partition, offset: 0)
        tracker.begin(other, offset: 5)
        #expect(!tracker.waitUntilDrained([partition], timeout: .milliseconds(50)))
        // The acknowledgement comes from another OS thread, as delivery reports do.
        let finisher = Thread {
            Thread.sleep(forTimeInterval: 0.1)
            _ = tracker.complete(TopicPartition(topic: "t", partition: 0), offset: 0)
        }
        finisher.start()
        #expect(tracker.waitUntilDrained([partition], timeout: .seconds(5)))
        #expect(tracker.inFlight(other) == 1)
        tracker.forget([other])
        #expect(tracker.totalInFlight == 0)
    }
}

@Suite("Partition gate")
struct PartitionGateTests {
    @Test("the in-flight count drops only when the committable offset advances, so resuming on that advance misses nothing")
    func resumeOnAdvance() throws {
        let partition = TopicPartition(topic: "t", partition: 0)
        let tracker = OffsetTracker()
        let stats = PipelineStats()
        let gate = PartitionGate(limit: 2, tracker: tracker, stats: stats, logger: Fixtures.logger)
        // No broker behind it: pause and resume only queue librdkafka ops for a partition it does not know.
        let consumer = try KafkaConsumer(configuration: KafkaConsumerConfiguration(
            connection: KafkaConfiguration(bootstrapServers: "127.0.0.1:9"), groupID: "gate-test"), logger: Fixtures.logger)
        gate.attach(consumer)
        // What the worker does: update after each begin, and after each completion that advanced.
        for offset in Int64(0)..<3 {
            tracker.begin(partition, offset: offset)
            gate.update(partition)
        }
        #expect(gate.pausedCount == 1)
        #expect(stats.value("partition_paused") == 1)
        // Out-of-order completions: nothing advances, and the count of records in flight stays put.
        #expect(tracker.complete(partition, offset: 2) == nil)
        #expect(tracker.complete(partition, offset: 1) == nil)
        #expect(tracker.inFlight(partition) == 3)
        #expect(gate.pausedCount == 1)
        #expect(tracker.complete(partition, offset: 0) == 3)
        gate.update(partition)
        #expect(gate.pausedCount == 0)
        #expect(stats.value("partition_resumed") == 1)
        consumer.close()
    }
}
