#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One column of fixed-width values, read-only: either storage of its own, or a view into
/// a mapped cache file. A mapped column costs no copy and no memory until its pages are
/// read, and the engine reads only the columns its rules need (a province's 17 million
/// rows are 850 MB as cache files, of which a run touches the keys and a few columns).
///
/// Sendable because the memory is never written after the column is made, and it lives as
/// long as any copy of the column (`owner`).
public struct Column<Element: BitwiseCopyable & Equatable & Sendable>: RandomAccessCollection, @unchecked Sendable, Equatable,
    ExpressibleByArrayLiteral {
    private let base: UnsafeBufferPointer<Element>
    /// Keeps `base` alive: the buffer it owns, or the mapping it lies in.
    private let owner: ColumnStorage

    public init(_ values: [Element]) {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: values.count)
        _ = buffer.initialize(from: values)
        base = UnsafeBufferPointer(buffer)
        owner = OwnedBuffer(UnsafeMutableRawBufferPointer(buffer))
    }

    public init(arrayLiteral elements: Element...) {
        self.init(elements)
    }

    /// `count` values at `offset` bytes into `mapping` (aligned for `Element`).
    init(mapping: MappedFile, offset: Int, count: Int) {
        base = UnsafeBufferPointer(start: (mapping.bytes.baseAddress! + offset).assumingMemoryBound(to: Element.self), count: count)
        owner = mapping
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { base.count }

    @inline(__always)
    public subscript(position: Int) -> Element { base[position] }

    /// Asks the kernel to start reading a mapped column into memory now, without waiting
    /// and without mapping it: scattered reads of a column that is not in memory then find
    /// their pages there instead of each waiting for the disk.
    public func adviseWillNeed() {
        guard let start = base.baseAddress, !base.isEmpty else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let first = Int(bitPattern: UnsafeRawPointer(start)) & ~(page - 1)
        let end = Int(bitPattern: UnsafeRawPointer(start)) + base.count * MemoryLayout<Element>.stride
        _ = madvise(UnsafeMutableRawPointer(bitPattern: first), end - first, Int32(MADV_WILLNEED))
    }

    /// The values as raw bytes, for writing a cache file.
    public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try body(UnsafeRawBufferPointer(base))
    }

    public static func == (lhs: Column, rhs: Column) -> Bool { lhs.elementsEqual(rhs) }
}

/// What keeps a column's memory alive.
public class ColumnStorage: @unchecked Sendable {
    init() {}
}

/// Memory a column allocated for itself; freed with the last column that uses it.
final class OwnedBuffer: ColumnStorage, @unchecked Sendable {
    private let buffer: UnsafeMutableRawBufferPointer

    init(_ buffer: UnsafeMutableRawBufferPointer) {
        self.buffer = buffer
    }

    deinit { buffer.deallocate() }
}
