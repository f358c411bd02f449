import Foundation
import KafkaClient
import Pipeline
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
