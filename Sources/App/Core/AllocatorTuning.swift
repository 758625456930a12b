#if canImport(Glibc)
/// glibc's `mallopt` (declared in <malloc.h>, which the Glibc module leaves out).
@_silgen_name("mallopt")
private func mallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif

/// Process-wide settings of the C allocator, made once at start-up by the `doudi` binary.
public enum AllocatorTuning {
    /// glibc's fast bins off. Judging a province's households allocates and frees tens of
    /// millions of small values (strings, arrays, sets) between allocations of a kilobyte or
    /// more, and each of those consolidated every fast bin first (`malloc_consolidate` and the
    /// allocator's own bookkeeping were a tenth of the run's CPU). Without them small blocks still go to the per-thread cache;
    /// in paired runs of the province bench the process used 0.5–1.8 s less CPU of about 24
    /// (docs/PERFORMANCE.md). Elsewhere nothing to do.
    public static func apply() {
        #if canImport(Glibc)
        _ = mallopt(1 /* M_MXFAST, a macro Swift does not import */, 0)
        #endif
    }
}
