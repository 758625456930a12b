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
enum BackgroundWorkers {
    static let nice: Int32 = 10

    /// Blocks until every iteration has run; iterations are handed out in order.
    static func perform(iterations: Int, _ body: @escaping @Sendable (Int) -> Void) {
        guard iterations > 0 else { return }
        let next = Counter()
        let group = DispatchGroup()
        for _ in 0..<max(1, min(iterations, ProcessInfo.processInfo.activeProcessorCount)) {
            group.enter()
            let thread = Thread {
                #if os(Linux)
                // On Linux, the calling thread's priority only (not the process's).
                _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, nice)
                #endif
                while case let index = next.take(), index < iterations { body(index) }
                group.leave()
            }
            thread.stackSize = 8 << 20  // as a process's main thread: decoding nests a few levels deep
            thread.start()
        }
        group.wait()
    }

    private final class Counter: Sendable {
        private let value = Atomic<Int>(0)
        func take() -> Int { value.add(1, ordering: .relaxed).oldValue }
    }
}
