#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file mapped read-only; unmapped with the last column (or other holder) that reads it.
/// Doudi maps only files never changed in place: written once under their content hash
/// (column caches, validated reference files) or replaced whole by rename (the registry's
/// household snapshot), so a mapping stays valid. Nothing is read
/// until it is touched: a run reads the few rows its hits point at, not the whole file.
public final class MappedFile: ColumnStorage, @unchecked Sendable {
    public let bytes: UnsafeRawBufferPointer

    public enum Failure: Error { case open, map }

    public init(path: String) throws(Failure) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .open }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else { throw .open }
        let size = Int(status.st_size)
        guard size > 0 else {
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            return
        }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), address != MAP_FAILED else { throw .map }
        bytes = UnsafeRawBufferPointer(start: address, count: size)
    }

    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// Lets go of the whole pages inside `part` (a part of `bytes` read through and not needed
    /// again soon): a mapping's resident pages count in the process's memory, and the page
    /// cache keeps them anyway. A page shared with the next part stays; a page let go is read
    /// again from the page cache if touched.
    public func letGo(of part: UnsafeRawBufferPointer) {
        guard let base = part.baseAddress else { return }
        // Outside the mapping, MADV_DONTNEED would zero someone else's memory.
        precondition(base >= bytes.baseAddress! && base + part.count <= bytes.baseAddress! + bytes.count, "not a part of this mapping")
        let page = Self.pageSize
        let start = (Int(bitPattern: base) + page - 1) / page * page, end = (Int(bitPattern: base) + part.count) / page * page
        guard end > start, let address = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(address, end - start, Int32(MADV_DONTNEED))
    }

    deinit {
        if let address = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: address), bytes.count) }
    }
}
