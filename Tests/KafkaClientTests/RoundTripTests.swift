import Foundation
import KafkaClient
import Testing

@Suite("Kafka client against the embedded broker", .serialized)
struct RoundTripTests {
    @Test("produce then consume keeps keys, headers, timestamps and order per key")
    func roundTrip() async throws {
        let broker = try EmbeddedBroker(brokers: 1, logger: KafkaTestSupport.logger)
        defer { broker.shutdown() }
        try broker.createTopic("rt", partitions: 3)
        let producer = try KafkaTestSupport.producer(broker)
        for index in 0..<60 {
            try await producer.send(KafkaTestSupport.message("rt", key: "k\(index % 5)", value: "v\(index)"))
        }
        producer.close()

        let consumer = try KafkaConsumer(configuration: KafkaTestSupport.consumerConfig(broker, group: "g-rt"),
                                         logger: KafkaTestSupport.logger)
        try consumer.subscribe(topics: ["rt"])
        let received = try await KafkaTestSupport.collect(consumer, count: 60)
        consumer.close()

        #expect(received.count == 60)
        #expect(Set(received.map { String(decoding: $0.value, as: UTF8.self) }).count == 60)
        for message in received {
            #expect(message.headers.string(for: "event_id") == String(decoding: message.value, as: UTF8.self))
            #expect(message.timestampMs == 1_700_000_000_000)
        }
        // Order per key: values of one key arrive in the order they were sent.
        for key in 0..<5 {
            let values = received.filter { $0.key == Array("k\(key)".utf8) }
                .map { Int(String(decoding: $0.value.dropFirst(), as: UTF8.self))! }
            #expect(values == values.sorted())
            #expect(values.count == 12)
        }
    }

    @Test("a restarted consumer resumes from the committed offset")
    func restartResumes() async throws {
        let broker = try EmbeddedBroker(brokers: 1, logger: KafkaTestSupport.logger)
        defer { broker.shutdown() }
        try broker.createTopic("resume", partitions: 1)
        let producer = try KafkaTestSupport.producer(broker)
        for index in 0..<20 {
            try await producer.send(KafkaTestSupport.message("resume", key: "k", value: "v\(index)"))
        }
        producer.close()

        let first = try KafkaConsumer(configuration: KafkaTestSupport.consumerConfig(broker, group: "g-resume"),
                                      logger: KafkaTestSupport.logger)
        try first.subscribe(topics: ["resume"])
        let firstBatch = try await KafkaTestSupport.collect(first, count: 8, timeout: .seconds(60))
        try await first.commit()
        let committed = try await first.committed([TopicPartition(topic: "resume", partition: 0)])
        #expect(committed.first?.offset == 8)
        await first.shutdown()

        let second = try KafkaConsumer(configuration: KafkaTestSupport.consumerConfig(broker, group: "g-resume"),
                                       logger: KafkaTestSupport.logger)
        try second.subscribe(topics: ["resume"])
        // Joining after a member left takes 10–20 s on a busy machine: allow a minute.
        let secondBatch = try await KafkaTestSupport.collect(second, count: 12, timeout: .seconds(60))
        let marks = try await second.watermarks(topic: "resume", partition: 0)
        await second.shutdown()

        #expect(firstBatch.map(\.offset) == Array(0..<8))
        #expect(secondBatch.map(\.offset) == Array(8..<20))
        #expect(marks.high == 20)
    }

    @Test("two consumers split the partitions; when one leaves the other takes over without loss",
          arguments: [AssignmentStrategy.cooperativeSticky, .eager])
    func groupSplitAndLeave(strategy: AssignmentStrategy) async throws {
        let broker = try EmbeddedBroker(brokers: 1, logger: KafkaTestSupport.logger)
        defer { broker.shutdown() }
        let topic = "split-\(strategy.rawValue)"
        try broker.createTopic(topic, partitions: 4)
        let config = KafkaTestSupport.consumerConfig(broker, group: "g-\(topic)", strategy: strategy)
        let assignments = AssignmentLog()
        let a = try KafkaConsumer(configuration: config, logger: KafkaTestSupport.logger) { assignments.record("a", $0) }
        let b = try KafkaConsumer(configuration: config, logger: KafkaTestSupport.logger) { assignments.record("b", $0) }
        try a.subscribe(topics: [topic])
        try b.subscribe(topics: [topic])

        // Wait until both members own partitions.
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline {
            if let ownA = try? a.assignment(), let ownB = try? b.assignment(), !ownA.isEmpty, !ownB.isEmpty,
               ownA.count + ownB.count == 4 { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        let ownA = Set(try a.assignment().map(\.partition))
        let ownB = Set(try b.assignment().map(\.partition))
        #expect(!ownA.isEmpty && !ownB.isEmpty)
        #expect(ownA.isDisjoint(with: ownB))
        #expect(ownA.union(ownB) == [0, 1, 2, 3])

        let producer = try KafkaTestSupport.producer(broker)
        for index in 0..<40 {
            try await producer.send(KafkaTestSupport.message(topic, key: "key-\(index)", value: "v\(index)"))
        }
        let fromA = try await KafkaTestSupport.collect(a, count: 40, timeout: .seconds(4))
        let fromB = try await KafkaTestSupport.collect(b, count: 40, timeout: .seconds(4))
        #expect(fromA.count + fromB.count == 40)
        #expect(Set(fromA.map(\.partition)).isSubset(of: ownA))

        // b leaves; a must get every partition and the next records.
        await b.shutdown()
        for index in 40..<80 {
            try await producer.send(KafkaTestSupport.message(topic, key: "key-\(index)", value: "v\(index)"))
        }
        producer.close()
        // Keep reading until every value was seen (records b had buffered but not processed come again).
        var after: [KafkaMessage] = []
        var seen = Set((fromA + fromB).map { String(decoding: $0.value, as: UTF8.self) })
        let readDeadline = ContinuousClock.now + .seconds(40)
        while seen.count < 80, ContinuousClock.now < readDeadline {
            let batch = try await KafkaTestSupport.collect(a, count: 80 - seen.count, timeout: .seconds(2))
            after += batch
            for message in batch { seen.insert(String(decoding: message.value, as: UTF8.self)) }
        }
        #expect(Set(try a.assignment().map(\.partition)) == [0, 1, 2, 3])
        await a.shutdown()
        #expect(seen.count == 80)
        // Nothing b processed and committed is delivered again.
        let again = Set(after.map { String(decoding: $0.value, as: UTF8.self) }).intersection(fromB.map { String(decoding: $0.value, as: UTF8.self) })
        #expect(again.isEmpty, "\(again.count) records b committed came again")
        #expect(assignments.events(for: "b").contains { if case .revoking = $0 { return true } else { return false } })
    }

    @Test("injected request errors and a broker outage are recovered without loss")
    func faultsRecover() async throws {
        let broker = try EmbeddedBroker(brokers: 3, logger: KafkaTestSupport.logger)
        defer { broker.shutdown() }
        try broker.createTopic("faults", partitions: 3, replicationFactor: 3)
        let producer = try KafkaTestSupport.producer(broker)
        broker.pushRequestErrors(.produce, [.notLeaderForPartition, .requestTimedOut, .notEnoughReplicas])
        for index in 0..<30 {
            try await producer.send(KafkaTestSupport.message("faults", key: "k\(index)", value: "v\(index)"))
        }
        try broker.setBrokerDown(2)
        let pending = Task {
            for index in 30..<60 {
                try await producer.send(KafkaTestSupport.message("faults", key: "k\(index)", value: "v\(index)"))
            }
        }
        try await Task.sleep(for: .milliseconds(500))
        try broker.setBrokerUp(2)
        try await pending.value
        producer.close()

        broker.pushRequestErrors(.fetch, [.notLeaderForPartition, .requestTimedOut])
        broker.pushRequestErrors(.offsetCommit, [.coordinatorNotAvailable, .requestTimedOut])
        broker.pushRequestErrors(.joinGroup, [.coordinatorNotAvailable])
        broker.pushRequestErrors(.heartbeat, [.rebalanceInProgress])
        let consumer = try KafkaConsumer(configuration: KafkaTestSupport.consumerConfig(broker, group: "g-faults"),
                                         logger: KafkaTestSupport.logger)
        try consumer.subscribe(topics: ["faults"])
        let received = try await KafkaTestSupport.collect(consumer, count: 60, timeout: .seconds(40))
        await consumer.shutdown()
        #expect(Set(received.map { String(decoding: $0.value, as: UTF8.self) }).count == 60)
    }
}

/// Records rebalance events per consumer, from the poll threads.
final class AssignmentLog: @unchecked Sendable {
    private let lock = NSLock()
    private var log: [String: [RebalanceEvent]] = [:]

    func record(_ name: String, _ event: RebalanceEvent) {
        lock.withLock { log[name, default: []].append(event) }
    }

    func events(for name: String) -> [RebalanceEvent] {
        lock.withLock { log[name] ?? [] }
    }
}
