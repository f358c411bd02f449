import Dispatch
import Synchronization

/// A bounded single-consumer queue from a dedicated thread into Swift concurrency.
///
/// The producing thread blocks in ``push(_:while:)`` when the buffer is full, so a slow
/// consumer slows down polling instead of growing memory. The consuming task awaits
/// ``next()`` without blocking the cooperative pool.
final class BoundedBuffer<Element: Sendable>: Sendable {
    private struct State {
        var items: [Element?] = []
        var head = 0
        var waiter: CheckedContinuation<Element?, Never>?
        var finished = false

        var count: Int { items.count - head }

        mutating func popFirst() -> Element? {
            guard head < items.count else { return nil }
            let element = items[head]
            items[head] = nil
            head += 1
            if head > 256 && head * 2 > items.count {
                items.removeFirst(head)
                head = 0
            }
            return element
        }
    }

    private let state = Mutex(State())
    private let space: DispatchSemaphore
    /// Most elements held at once.
    let capacity: Int

    /// Creates a buffer holding at most `capacity` elements.
    init(capacity: Int) {
        self.capacity = max(1, capacity)
        self.space = DispatchSemaphore(value: self.capacity)
    }

    deinit {
        // libdispatch traps when a semaphore is freed below its initial value, which happens when
        // the owner is closed with records still buffered: give their slots back first.
        let remaining = state.withLock { $0.count }
        for _ in 0..<remaining { space.signal() }
    }

    /// Number of buffered elements.
    var count: Int { state.withLock { $0.count } }

    /// Appends an element, blocking the calling thread while the buffer is full.
    ///
    /// Returns `false` without appending when `keepWaiting` turns false or the buffer is finished.
    /// Call it only from a dedicated thread, never from a Swift task.
    func push(_ element: Element, while keepWaiting: () -> Bool) -> Bool {
        while space.wait(timeout: .now() + .milliseconds(50)) == .timedOut {
            if !keepWaiting() { return false }
        }
        let outcome: (accepted: Bool, waiter: CheckedContinuation<Element?, Never>?) = state.withLock { state in
            if state.finished { return (false, nil) }
            if let waiter = state.waiter {
                state.waiter = nil
                return (true, waiter)
            }
            state.items.append(element)
            return (true, nil)
        }
        if !outcome.accepted {
            space.signal()
            return false
        }
        outcome.waiter?.resume(returning: element)
        return true
    }

    /// Removes and returns buffered elements matching a predicate (e.g. of revoked partitions).
    func removeAll(where shouldRemove: (Element) -> Bool) -> [Element] {
        let removed: [Element] = state.withLock { state in
            var kept: [Element?] = []
            var removed: [Element] = []
            while let element = state.popFirst() {
                if shouldRemove(element) { removed.append(element) } else { kept.append(element) }
            }
            state.items = kept
            state.head = 0
            return removed
        }
        for _ in removed { space.signal() }
        return removed
    }

    /// Waits for the next element; returns `nil` once the buffer is finished and empty, or when
    /// the waiting task is cancelled.
    func next() async -> Element? {
        if let element = state.withLock({ $0.popFirst() }) {
            space.signal()
            return element
        }
        let element: Element? = await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                let immediate: Element?? = state.withLock { state in
                    if let element = state.popFirst() { return .some(element) }
                    if state.finished || Task.isCancelled { return .some(nil) }
                    state.waiter = continuation
                    return nil
                }
                if let immediate { continuation.resume(returning: immediate) }
            }
        } onCancel: {
            let waiter = state.withLock { state -> CheckedContinuation<Element?, Never>? in
                let waiter = state.waiter
                state.waiter = nil
                return waiter
            }
            waiter?.resume(returning: nil)
        }
        if element != nil { space.signal() }
        return element
    }

    /// Waits for at least one element and returns every buffered one up to `limit`, oldest first;
    /// returns an empty array once the buffer is finished and empty, or when the waiting task is cancelled.
    ///
    /// Taking a run of elements under one lock hands the poll thread their space in one go, so a
    /// full buffer wakes it once per batch instead of once per element.
    func nextBatch(limit: Int) async -> [Element] {
        var batch: [Element] = state.withLock { state in
            var batch: [Element] = []
            let count = min(max(1, limit), state.count)
            batch.reserveCapacity(count)
            for _ in 0..<count { if let element = state.popFirst() { batch.append(element) } }
            return batch
        }
        if batch.isEmpty {
            // Nothing buffered: wait for one element, then take whatever arrived with it.
            guard let first = await next() else { return [] }
            batch.append(first)
            if limit > 1 {
                let more: [Element] = state.withLock { state in
                    var more: [Element] = []
                    while more.count < limit - 1, let element = state.popFirst() { more.append(element) }
                    return more
                }
                for _ in more { space.signal() }
                batch += more
            }
            return batch
        }
        for _ in batch { space.signal() }
        return batch
    }

    /// Ends the buffer: the waiting consumer gets `nil` once the remaining elements are read.
    func finish() {
        let waiter: CheckedContinuation<Element?, Never>? = state.withLock { state in
            state.finished = true
            let waiter = state.waiter
            state.waiter = nil
            return waiter
        }
        waiter?.resume(returning: nil)
    }
}
