import Foundation
import Logging
import Synchronization

/// Watches the workers from a dedicated thread: flags records that run past `stage_timeout_ms` and
/// reports a worker stalled when it has work but shows no progress for `stall_restart_ms`.
///
/// Swift cannot pre-empt CPU work, so a slow record is not interrupted: the worker checks
/// ``Slot/end()`` when the record returns and then sends it to the DLQ with reason `timeout`. A
/// stalled worker cannot be restarted from inside the process either, so the service reports it
/// (`/health` answers 503, `supportstream_worker_stalled`) and the supervisor restarts the process;
/// uncommitted records are then re-read (at-least-once).
public final class ProcessingWatchdog: Sendable {
    /// One worker's progress, written by the worker and read by the watchdog thread.
    public final class Slot: Sendable {
        /// The worker's number, for logs.
        public let worker: Int
        private let startedAt = Atomic<UInt64>(0)          // when the current record began; 0 when idle
        private let lastProgress: Atomic<UInt64>
        private let flagged = Atomic<Bool>(false)
        private let waiting = Atomic<Bool>(false)
        let stalled = Atomic<Bool>(false)
        private let current = Mutex<String>("")
        /// Records in the current unit of work: the watchdog's deadline is this many stage timeouts.
        private let records = Atomic<UInt64>(1)
        /// The per-record deadline, in nanoseconds.
        let timeoutNanos: UInt64
        let hasWork: @Sendable () -> Bool

        init(worker: Int, timeoutNanos: UInt64, hasWork: @escaping @Sendable () -> Bool) {
            self.worker = worker
            self.timeoutNanos = timeoutNanos
            self.hasWork = hasWork
            lastProgress = Atomic(ProcessingWatchdog.now())
        }

        /// Marks the start of a record; `coordinates` (`topic[partition]@offset`, never text) go to logs.
        public func begin(_ coordinates: String) {
            begin(coordinates, records: 1)
        }

        /// Marks the start of `records` records processed together (a batch of tickets): the deadline
        /// the watchdog warns about is `records` stage timeouts; the worker checks each record's own time.
        public func begin(_ coordinates: String, records: Int) {
            let now = ProcessingWatchdog.now()
            current.withLock { $0 = coordinates }
            self.records.store(UInt64(max(1, records)), ordering: .relaxed)
            flagged.store(false, ordering: .relaxed)
            lastProgress.store(now, ordering: .relaxed)
            startedAt.store(now, ordering: .releasing)
        }

        /// Marks the end of the record; returns whether it ran past the deadline.
        public func end() -> Bool {
            let now = ProcessingWatchdog.now()
            let started = startedAt.exchange(0, ordering: .acquiringAndReleasing)
            lastProgress.store(now, ordering: .relaxed)
            return flagged.load(ordering: .relaxed) || (started != 0 && ProcessingWatchdog.elapsed(from: started, to: now) > deadlineNanos)
        }

        /// Marks a deliberate wait (e.g. a conversation-state rebuild) that does not count as a stall.
        public func beginWait() {
            waiting.store(true, ordering: .releasing)
        }

        /// Ends a deliberate wait; counts as progress.
        public func endWait() {
            lastProgress.store(ProcessingWatchdog.now(), ordering: .relaxed)
            waiting.store(false, ordering: .releasing)
        }

        /// Checked by the watchdog thread; returns the coordinates of a record that just passed the deadline.
        func checkDeadline(now: UInt64) -> String? {
            let started = startedAt.load(ordering: .acquiring)
            guard started != 0, ProcessingWatchdog.elapsed(from: started, to: now) > deadlineNanos, !flagged.exchange(true, ordering: .relaxed) else { return nil }
            return current.withLock { $0 }
        }

        /// The deadline of the current unit of work: one stage timeout per record.
        private var deadlineNanos: UInt64 {
            let (product, overflow) = timeoutNanos.multipliedReportingOverflow(by: records.load(ordering: .relaxed))
            return overflow ? .max : product
        }

        /// Nanoseconds since the last progress while there is work, else 0.
        ///
        /// A unit of `records` records gets `records - 1` stage timeouts on top of the stall limit: a
        /// batch whose records are each within their own timeout is not a stall, however many there are.
        func idleWithWork(now: UInt64) -> UInt64 {
            let busy = startedAt.load(ordering: .acquiring) != 0
            guard !waiting.load(ordering: .acquiring), busy || hasWork() else { return 0 }
            let idle = ProcessingWatchdog.elapsed(from: lastProgress.load(ordering: .relaxed), to: now)
            guard busy else { return idle }
            let (allowance, overflow) = timeoutNanos.multipliedReportingOverflow(by: records.load(ordering: .relaxed) - 1)
            return overflow ? 0 : idle - min(idle, allowance)
        }
    }

    /// The per-record deadline.
    public let stageTimeout: Duration
    /// How long a worker with work may show no progress before it counts as stalled.
    public let stallAfter: Duration
    private let slots = Mutex<[Slot]>([])
    private let running = Atomic<Bool>(false)
    private let stopping = Atomic<Bool>(false)
    private let logger: Logger

    /// Creates a watchdog; nothing runs until ``start()``.
    public init(stageTimeout: Duration = .milliseconds(2_000), stallAfter: Duration = .milliseconds(30_000), logger: Logger) {
        self.stageTimeout = stageTimeout
        self.stallAfter = stallAfter
        self.logger = logger
    }

    /// Adds a worker; `hasWork` tells whether it has records waiting (read from the watchdog thread).
    public func register(worker: Int, hasWork: @escaping @Sendable () -> Bool) -> Slot {
        let slot = Slot(worker: worker, timeoutNanos: Self.nanos(stageTimeout), hasWork: hasWork)
        slots.withLock { $0.append(slot) }
        return slot
    }

    /// Workers that are stalled now.
    public var stalledWorkers: Int {
        slots.withLock { $0.filter { $0.stalled.load(ordering: .relaxed) }.count }
    }

    /// Starts the watchdog thread (a dedicated OS thread, not the cooperative pool). Safe to call once.
    public func start() {
        guard !running.exchange(true, ordering: .acquiringAndReleasing) else { return }
        let interval = max(0.005, min(0.25, Double(Self.nanos(stageTimeout)) / 4e9))
        let started = Thread { [self] in
            while !stopping.load(ordering: .acquiring) {
                tick(now: Self.now())
                Thread.sleep(forTimeInterval: interval)
            }
        }
        started.name = "supportstream-watchdog"
        started.start()
    }

    /// Asks the thread to end; it exits within one check interval (at most 250 ms). Does not block.
    public func stop() {
        stopping.store(true, ordering: .releasing)
    }

    /// One pass over the workers at time `now` (uptime nanoseconds); the thread calls this, tests may too.
    public func tick(now: UInt64) {
        let stallNanos = Self.nanos(stallAfter)
        for slot in slots.withLock({ $0 }) {
            if let coordinates = slot.checkDeadline(now: now) {
                logger.warning("record past stage_timeout_ms; it goes to the DLQ with reason timeout when it returns",
                               metadata: ["worker": "\(slot.worker)", "source": "\(coordinates)",
                                          "stage_timeout_ms": "\(Self.nanos(stageTimeout) / 1_000_000)"])
            }
            let idle = slot.idleWithWork(now: now)
            if idle > stallNanos {
                if !slot.stalled.exchange(true, ordering: .relaxed) {
                    logger.error("worker stalled: no progress with records waiting; /health answers 503 so the supervisor restarts the process",
                                 metadata: ["worker": "\(slot.worker)", "idle_ms": "\(idle / 1_000_000)"])
                }
            } else if slot.stalled.exchange(false, ordering: .relaxed) {
                logger.notice("worker progressing again", metadata: ["worker": "\(slot.worker)"])
            }
        }
    }

    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// Nanoseconds from `start` to `end`, or 0 when `start` is later.
    ///
    /// The watchdog thread reads its clock before it loads a worker's timestamps, so a worker that
    /// makes progress in between leaves a timestamp later than `end`. A wrapping subtraction turned
    /// that into an idle time of about 584 years: a false stall (and `/health` 503) or a false
    /// stage timeout for a healthy record.
    static func elapsed(from start: UInt64, to end: UInt64) -> UInt64 {
        end > start ? end - start : 0
    }

    static func nanos(_ duration: Duration) -> UInt64 {
        let parts = duration.components
        return UInt64(max(0, parts.seconds)) * 1_000_000_000 + UInt64(max(0, parts.attoseconds) / 1_000_000_000)
    }
}
