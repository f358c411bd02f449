import Synchronization

/// A plain mutual-exclusion lock with a typed-throws `withLock`.
final class StoreLock: Sendable {
    private let mutex = Mutex<Void>(())

    @discardableResult
    func withLock<T>(_ body: () throws(StorageError) -> T) throws(StorageError) -> T {
        try mutex.withLock { _ throws(StorageError) -> T in try body() }
    }
}
