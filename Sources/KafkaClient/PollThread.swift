import Foundation
import Synchronization

/// A dedicated OS thread that runs a librdkafka poll loop until stopped.
///
/// librdkafka's poll calls block; they must never run on Swift's cooperative pool.
final class PollThread: Sendable {
    private let stopFlag = StopFlag()
    private let done = DispatchSemaphore(value: 0)

    /// Starts `body` repeatedly on a new thread until ``stop()``; `finally` runs once at the end.
    init(name: String, body: @escaping @Sendable () -> Void, finally: @escaping @Sendable () -> Void = {}) {
        let thread = Thread { [stopFlag, done] in
            while !stopFlag.isStopped {
                body()
            }
            finally()
            done.signal()
        }
        thread.name = name
        thread.start()
    }

    /// Whether the loop is still asked to run.
    var isRunning: Bool { !stopFlag.isStopped }

    /// Asks the loop to end and waits for it. Safe to call more than once.
    func stop() {
        if stopFlag.stop() {
            done.wait()
        }
    }
}

/// Runs blocking librdkafka calls (commits, metadata and offset queries) away from the cooperative pool.
enum Blocking {
    private static let queue = DispatchQueue(label: "supportstream.kafka.blocking", attributes: .concurrent)

    /// Runs `work` on a dispatch thread and returns its result to the awaiting task.
    static func run<T: Sendable>(_ work: @escaping @Sendable () throws(KafkaError) -> T) async throws(KafkaError) -> T {
        let result: Result<T, KafkaError> = await withCheckedContinuation { continuation in
            queue.async {
                do throws(KafkaError) {
                    continuation.resume(returning: .success(try work()))
                } catch {
                    continuation.resume(returning: .failure(error))
                }
            }
        }
        return try result.get()
    }
}
