@testable import App
import Foundation
import Synchronization
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite("Background workers")
struct BackgroundWorkersTests {
    final class Seen: Sendable {
        let counts = Mutex<[Int: Int]>([:])
        let nices = Mutex<Set<Int32>>([])
    }

    @Test("every iteration runs exactly once, on threads below the caller's priority; the caller's is unchanged")
    func iterationsOnceAtLowerPriority() throws {
        let seen = Seen()
        #if os(Linux)
        let which = __priority_which_t(PRIO_PROCESS.rawValue)
        let before = getpriority(which, 0)
        #endif
        // MUT
        BackgroundWorkers.perform(iterations: 1_000) { index in
            seen.counts.withLock { $0[index, default: 0] += 1 }
            #if os(Linux)
            let nice = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
            seen.nices.withLock { _ = $0.insert(nice) }
            #endif
        }
        BackgroundWorkers.perform(iterations: 0) { _ in Issue.record("no iteration to run") }
        // validate
        let counts = seen.counts.withLock { $0 }
        #expect(counts.count == 1_000)
        #expect(counts.keys.min() == 0 && counts.keys.max() == 999)
        #expect(counts.values.allSatisfy { $0 == 1 })
        #if os(Linux)
        #expect(seen.nices.withLock { $0 } == [min(19, before + BackgroundWorkers.nice)])
        #expect(getpriority(which, 0) == before)
        #endif
    }
}
