import Dispatch
import Foundation

/// Turns SIGINT and SIGTERM into an awaitable event.
///
/// `@unchecked`: the dispatch sources are only kept alive here, never touched after `init`.
final class SignalWatcher: @unchecked Sendable {
    private let stream: AsyncStream<Int32>
    private let sources: [any DispatchSourceSignal]

    /// Starts watching; the default handlers are disabled so the process can drain first.
    init() {
        let (stream, continuation) = AsyncStream<Int32>.makeStream()
        self.stream = stream
        var sources: [any DispatchSourceSignal] = []
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { continuation.yield(signalNumber) }
            source.resume()
            sources.append(source)
        }
        self.sources = sources
    }

    /// Returns when a signal arrives (or the task is cancelled).
    func wait() async {
        for await _ in stream { return }
    }

    /// Returns when a signal arrives or `seconds` pass, whichever comes first.
    func wait(orSeconds seconds: Double?) async {
        guard let seconds else { return await wait() }
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await self.wait() }
            group.addTask { try? await Task.sleep(for: .milliseconds(Int64(seconds * 1000))) }
            await group.next()
            group.cancelAll()
        }
    }
}
