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

    deinit {
        if let address = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: address), bytes.count) }
    }
}
