import CMalloc
import Foundation

/// Keeps freed heap memory in the process instead of handing it back to the kernel after every batch.
///
/// With glibc's defaults, blocks above the (dynamic) mmap threshold are mapped and unmapped per call
/// and the heap top is trimmed as soon as 128 KiB are free, so each enrichment batch re-faults its
/// buffers page by page (about 3 page faults per ticket, ~4 % of `enrich` CPU). A fixed 32 MiB mmap
/// threshold (glibc's maximum) and a 256 MiB trim threshold let batches reuse the same pages; the
/// resident set stays at its peak instead. Only the one-shot batch commands (`enrich`, `bench`) apply it: in
/// glibc the trim threshold also governs the per-thread arenas, so a long-running `run` with many threads would
/// keep each arena at its peak; it keeps glibc's defaults. `SUPPORTSTREAM_MALLOC_TUNING=off` keeps the defaults
/// for the batch commands too.
enum MallocTuning {
    /// Largest allocation served from the heap rather than its own mapping.
    static let mmapThreshold: Int32 = 32 << 20
    /// Free bytes at the heap top before it is returned to the kernel.
    static let trimThreshold: Int32 = 256 << 20

    /// Applies the settings unless switched off; returns whether they are in force.
    @discardableResult
    static func apply(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        guard environment["SUPPORTSTREAM_MALLOC_TUNING"]?.lowercased() != "off" else { return false }
        return ss_malloc_keep_memory(mmapThreshold, trimThreshold) == 1
    }
}
