#if canImport(Glibc)
import Glibc
#endif

/// Process-wide settings of the C allocator, made once at start-up by the `doudi` binary.
public enum AllocatorTuning {
    /// glibc's fast bins off. Judging a province's households allocates and frees tens of
    /// millions of small values (strings, arrays, sets) between allocations of a kilobyte or
    /// more, and each of those consolidated every fast bin first (`malloc_consolidate` and the
    /// allocator's own bookkeeping were a tenth of the run's CPU). Without them small blocks
    /// still go to the per-thread cache; in paired runs of the province bench the process used
    /// 0.5–1.8 s less CPU of about 24 (docs/PERFORMANCE.md). Tests run without it (their
    /// process is not the binary). Elsewhere than glibc, nothing to do.
    public static func apply() {
        #if canImport(Glibc)
        // `mallopt` is declared in <malloc.h>, which the Glibc module leaves out: looked up
        // by name and called as the C function it is. M_MXFAST is 1 (a macro Swift does not import).
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(nil, "mallopt") else { return }
        _ = unsafeBitCast(symbol, to: Mallopt.self)(1, 0)
        #endif
    }

    /// Gives the C allocator's free memory back to the system (`malloc_trim`). After a
    /// phase that allocated and freed much on threads other than those that come next (a
    /// province's rows read from the database, a chunk at a time): glibc keeps each thread
    /// arena's freed pages for that arena, where later work on other arenas never reuses
    /// them, and the process's peak counted them on top of the next phase's own.
    public static func releaseFreeMemory() {
        #if canImport(Glibc)
        typealias MallocTrim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(nil, "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: MallocTrim.self)(0)
        #endif
    }
}
