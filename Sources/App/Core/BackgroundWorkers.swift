import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Runs the iterations of a long, parallel computation on threads of its own, one per core,
/// at a lower scheduling priority (nice 10) than the rest of the process. A cross-check
/// judges a province's households on every core while its serial parts (the roll's read,
/// the identity rules, the findings' store in one SQLite transaction) run beside it; at
/// equal priority the judging took two thirds of the cores from the store, which then ran
/// on alone for a second or two once the judging was done. Lower, the judging uses what the
/// serial parts leave. Threads of their own, ended afterwards: on Linux a thread's nice
/// value cannot be lowered again without privilege, so a pool's thread must never get one.
/// Every caller of `Registry.registeredHouseholds` gets them (a simulation's households too):
/// judging a region is background work beside whatever else the process serves.
///
/// Only the work runs on them: each finished iteration is reported (`completed`) on the
/// calling thread, at the caller's priority. On Linux a new thread inherits its creator's
/// nice value, and a report that wakes a task or a dispatch queue can start a pool thread
/// from the reporting thread. Elsewhere the threads run at the caller's priority.
enum BackgroundWorkers {
    static let nice: Int32 = 10

    /// Blocks until every iteration has run; iterations are handed out in order, and
    /// `completed` hears each as it finishes, on the calling thread.
    static func perform(iterations: Int, _ body: @escaping @Sendable (Int) -> Void, completed: (Int) -> Void = { _ in }) {
        guard iterations > 0 else { return }
        let next = Counter(), finished = Finished()
        let group = DispatchGroup()
        for _ in 0..<max(1, min(iterations, ProcessInfo.processInfo.activeProcessorCount)) {
            group.enter()
            let thread = Thread {
                #if os(Linux)
                // On Linux, the calling thread's priority only (not the process's).
                _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, nice)
                #endif
                while case let index = next.take(), index < iterations {
                    body(index)
                    finished.add(index)
                }
                group.leave()
            }
            thread.stackSize = 8 << 20  // as a process's main thread: decoding nests a few levels deep
            thread.start()
        }
        var reported = 0
        while reported < iterations {
            for index in finished.wait() {
                completed(index)
                reported += 1
            }
        }
        group.wait()
    }

    private final class Counter: Sendable {
        private let value = Atomic<Int>(0)
        func take() -> Int { value.add(1, ordering: .relaxed).oldValue }
    }

    /// Finished iterations not yet reported.
    private final class Finished: Sendable {
        private let indices = Mutex<[Int]>([])
        private let signal = DispatchSemaphore(value: 0)

        func add(_ index: Int) {
            indices.withLock { $0.append(index) }
            signal.signal()
        }

        /// Waits for at least one, and takes every one there is.
        func wait() -> [Int] {
            signal.wait()
            let taken = indices.withLock { taken in
                defer { taken.removeAll() }
                return taken
            }
            // One signal per index: those taken beyond the first are consumed too.
            for _ in 1..<max(1, taken.count) { signal.wait() }
            return taken
        }
    }
}
