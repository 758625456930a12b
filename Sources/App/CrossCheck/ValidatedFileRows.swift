import Foundation

/// Reads single rows of a validated reference file by byte offset (the column cache keeps
/// each row's offset), so a hit's evidence costs one short read and parse, not a pass over
/// the file. Rows are read with `pread`, not through a mapping: the kernel maps a faulted
/// page's neighbours too (64 KB at a time), so tens of thousands of hits scattered over a
/// province's files would keep gigabytes of them resident.
final class ValidatedFileRows: Sendable {
    private let descriptor: Int32
    let header: [String]

    init(url: URL) throws {
        descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else { throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: url.path]) }
        header = Self.read(descriptor, at: 0).withUnsafeBytes { Self.record(in: $0, at: 0) }
    }

    deinit { close(descriptor) }

    /// Starts reading the row at `offset` into memory without waiting for it.
    func prefetch(at offset: UInt64) {
        _ = posix_fadvise(descriptor, off_t(offset), 4_096, POSIX_FADV_WILLNEED)
    }

    /// The row at `offset` as column key → value, empty values left out.
    func row(at offset: UInt64) -> [String: String] {
        let bytes = Self.read(descriptor, at: offset)
        var result: [String: String] = [:]
        bytes.withUnsafeBytes { buffer in
            for (key, value) in zip(header, Self.record(in: buffer, at: 0)) where !value.isEmpty { result[key] = value }
        }
        return result
    }

    /// The bytes from `offset` to the end of the record's line (or of the file): a line
    /// break inside quotes is part of the record, so reading stops at the first break that
    /// leaves the quotes balanced.
    private static func read(_ descriptor: Int32, at offset: UInt64) -> [UInt8] {
        var bytes: [UInt8] = [], chunk = 512, quoted = false, scanned = 0
        while true {
            let start = bytes.count
            bytes += [UInt8](repeating: 0, count: chunk)
            let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + start, chunk, off_t(offset) + off_t(start)) }
            bytes.removeLast(chunk - max(0, count))
            while scanned < bytes.count {
                let byte = bytes[scanned]
                if byte == UInt8(ascii: "\"") { quoted.toggle() }
                if !quoted, byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { return Array(bytes[..<scanned]) }
                scanned += 1
            }
            if count < chunk { return bytes }
            chunk *= 2
        }
    }

    /// One RFC 4180 record starting at `start`: fields split on commas outside quotes, `""`
    /// inside quotes is a quote, the record ends at an unquoted line break.
    static func record(in data: UnsafeRawBufferPointer, at start: Int) -> [String] {
        var fields: [String] = [], field: [UInt8] = [], quoted = false, index = start
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        while index < data.count {
            let byte = data[index]
            if quoted {
                if byte == quote {
                    if index + 1 < data.count, data[index + 1] == quote { field.append(quote); index += 1 } else { quoted = false }
                } else {
                    field.append(byte)
                }
            } else if byte == quote {
                quoted = true
            } else if byte == comma {
                fields.append(String(decoding: field, as: UTF8.self)); field = []
            } else if byte == cr || byte == lf {
                break
            } else {
                field.append(byte)
            }
            index += 1
        }
        fields.append(String(decoding: field, as: UTF8.self))
        return fields
    }
}
