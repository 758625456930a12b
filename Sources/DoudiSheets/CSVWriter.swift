import Foundation

/// Writes CSV that Excel on Chinese Windows opens correctly: UTF-8 with a BOM
/// (without it Excel assumes GBK and shows mojibake), CRLF, RFC 4180 quoting.
///
/// Fields are appended to a byte buffer that is flushed every `bufferSize` bytes,
/// so the demo-data generator can write tens of millions of rows.
/// The writer is non-copyable: a copy would duplicate buffered bytes.
/// Call `close()` (file) or `finishData()` (memory); if it is dropped instead,
/// buffered bytes are still written, but write errors are lost.
///
/// Note for reports: Excel shows an 18-digit ID from a CSV as 1.10105E+17 and loses
/// digits if the user saves; prefer `XLSXWriter` for files users will edit.
public struct CSVWriter: ~Copyable, Sendable {
    private let handle: FileHandle?
    private let ownsHandle: Bool
    private let flushThreshold: Int
    private let delimiter: UInt8
    private var buffer: [UInt8] = []
    private var flushed = 0
    private var fieldsInRow = 0
    /// Set by `close()` so that `deinit` does not close the handle a second time.
    private var closed = false

    /// Streams to an open file handle (left open by `close()`).
    public init(fileHandle: FileHandle, bom: Bool = true, delimiter: Unicode.Scalar = ",",
                bufferSize: Int = 4 << 20) {
        self.init(handle: fileHandle, owns: false, bom: bom, delimiter: delimiter, bufferSize: bufferSize)
    }

    /// Creates or truncates the file at `url` and streams to it.
    public init(url: URL, bom: Bool = true, delimiter: Unicode.Scalar = ",", bufferSize: Int = 4 << 20) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        let handle = try FileHandle(forWritingTo: url)
        self.init(handle: handle, owns: true, bom: bom, delimiter: delimiter, bufferSize: bufferSize)
    }

    /// Collects everything in memory; get it with `finishData()`.
    public init(bom: Bool = true, delimiter: Unicode.Scalar = ",") {
        self.init(handle: nil, owns: false, bom: bom, delimiter: delimiter, bufferSize: .max)
    }

    private init(handle: FileHandle?, owns: Bool, bom: Bool, delimiter: Unicode.Scalar, bufferSize: Int) {
        precondition(delimiter.isASCII && !["\"", "\r", "\n"].contains(delimiter),
                     "CSV delimiter must be ASCII and not a quote or line break")
        self.handle = handle
        self.ownsHandle = owns
        self.flushThreshold = max(bufferSize, 1024)
        self.delimiter = UInt8(delimiter.value)
        if handle != nil { buffer.reserveCapacity(min(flushThreshold, 64 << 20) + 4096) }
        if bom { buffer.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
    }

    deinit {
        if let handle, !closed {
            if !buffer.isEmpty { try? handle.write(contentsOf: buffer) }
            if ownsHandle { try? handle.close() }
        }
    }

    /// Writes a whole record.
    public mutating func writeRow(_ fields: [String]) throws {
        for field in fields { writeField(field) }
        try endRow()
    }

    /// Writes a record of cells as the user would see them (`SheetCell.textValue`).
    public mutating func writeRow(_ cells: [SheetCell]) throws {
        for cell in cells { writeField(cell.textValue) }
        try endRow()
    }

    /// Appends one field to the current record, without building an array per row.
    public mutating func writeField(_ field: some StringProtocol) {
        if fieldsInRow > 0 { buffer.append(delimiter) }
        fieldsInRow += 1
        if field.utf8.withContiguousStorageIfAvailable({ append(field: $0) }) == nil {
            var copy = String(field)
            copy.withUTF8 { append(field: $0) }
        }
    }

    /// Ends the current record with CRLF, flushing when the buffer is full.
    public mutating func endRow() throws {
        appendLineBreak()
        if buffer.count >= flushThreshold { try flush() }
    }

    /// Writes buffered bytes to the file (no-op in memory).
    public mutating func flush() throws {
        guard let handle, !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        flushed += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    /// Bytes written so far, BOM included: the offset at which the next record starts
    /// (an index into the finished file, for finding a record again without parsing).
    public var position: Int { flushed + buffer.count }

    /// Flushes, and closes the file if this writer opened it.
    public consuming func close() throws {
        try flush()
        closed = true
        if ownsHandle, let handle { try handle.close() }
    }

    /// The in-memory CSV. On a file writer this flushes and returns empty data.
    public consuming func finishData() throws -> Data {
        guard handle == nil else {
            try flush()
            return Data()
        }
        let result = Data(buffer)
        buffer.removeAll()
        return result
    }

    /// One-shot in-memory CSV.
    public static func data(rows: [[String]], bom: Bool = true, delimiter: Unicode.Scalar = ",") -> Data {
        var writer = CSVWriter(bom: bom, delimiter: delimiter)
        for row in rows {
            for field in row { writer.writeField(field) }
            writer.appendLineBreak()
        }
        return Data(writer.buffer)
    }

    private mutating func appendLineBreak() {
        buffer.append(0x0D)
        buffer.append(0x0A)
        fieldsInRow = 0
    }

    private mutating func append(field bytes: UnsafeBufferPointer<UInt8>) {
        var needsQuotes = false
        for byte in bytes where byte == delimiter || byte == 0x22 || byte == 0x0A || byte == 0x0D {
            needsQuotes = true
            break
        }
        guard needsQuotes else {
            buffer.append(contentsOf: bytes)
            return
        }
        buffer.append(0x22)
        for byte in bytes {
            if byte == 0x22 { buffer.append(0x22) }
            buffer.append(byte)
        }
        buffer.append(0x22)
    }
}
