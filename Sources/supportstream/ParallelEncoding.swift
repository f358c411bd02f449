import Foundation
import Pipeline
import Synchronization

/// Encodes offline enrichment results as JSON lines on several threads, keeping input order.
enum ParallelEncoding {
    /// The JSON lines of `outcomes` in order, as one byte chunk per contiguous slice.
    static func encode(_ outcomes: [OfflineEnrichment.Outcome], workers: Int) -> [[UInt8]] {
        let slices = max(1, min(workers * 4, outcomes.count / 256 + 1))
        let chunks = EncodedChunks(count: slices)
        DispatchQueue.concurrentPerform(iterations: slices) { slice in
            let lower = outcomes.count * slice / slices, upper = outcomes.count * (slice + 1) / slices
            var bytes: [UInt8] = []
            // An enriched ~1 KB ticket encodes to ~1.9 KB: reserving 2 KB per outcome avoids the
            // grow-and-copy of the whole slice (untouched capacity costs no page faults).
            bytes.reserveCapacity((upper - lower) * 2_048)
            for outcome in outcomes[lower..<upper] {
                guard case let .events(events) = outcome else { continue }
                for event in events {
                    bytes += EventEncoding.encode(event)
                    bytes.append(UInt8(ascii: "\n"))
                }
            }
            chunks.set(slice, bytes)
        }
        return chunks.all()
    }
}

/// Per-slice output buffers filled from several threads.
private final class EncodedChunks: Sendable {
    private let chunks: Mutex<[[UInt8]]>

    init(count: Int) {
        chunks = Mutex([[UInt8]](repeating: [], count: count))
    }

    func set(_ index: Int, _ bytes: [UInt8]) {
        chunks.withLock { $0[index] = bytes }
    }

    func all() -> [[UInt8]] {
        chunks.withLock { $0 }
    }
}
