import Dispatch
import Synchronization

/// Runs three independent loading steps on separate threads and keeps each step's result or error.
struct ParallelLoad<First: Sendable, Second: Sendable, Third: Sendable>: Sendable {
    /// The result of the first step.
    let first: Result<First, any Error>
    /// The result of the second step.
    let second: Result<Second, any Error>
    /// The result of the third step.
    let third: Result<Third, any Error>

    /// Runs the three steps concurrently and waits for all of them.
    init(_ first: @Sendable () throws -> First, _ second: @Sendable () throws -> Second,
         _ third: @Sendable () throws -> Third) {
        let results = Mutex<(Result<First, any Error>?, Result<Second, any Error>?, Result<Third, any Error>?)>((nil, nil, nil))
        DispatchQueue.concurrentPerform(iterations: 3) { step in
            switch step {
            case 0:
                let value = Result { try first() }
                results.withLock { $0.0 = value }
            case 1:
                let value = Result { try second() }
                results.withLock { $0.1 = value }
            default:
                let value = Result { try third() }
                results.withLock { $0.2 = value }
            }
        }
        let (a, b, c) = results.withLock { $0 }
        self.first = a!
        self.second = b!
        self.third = c!
    }
}
