#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The byte-level state machine behind `CSVReader`: one record per call, over a
/// buffer that is valid UTF-8 (the decoder checked), so Strings are made per cell only.
struct CSVRecordParser {
    private static let quote = UInt8(ascii: "\"")
    private static let cr = UInt8(ascii: "\r")
    private static let lf = UInt8(ascii: "\n")

    private let base: UnsafePointer<UInt8>
    private let end: Int
    private let delimiter: UInt8
    private var position = 0
    /// Holds a quoted field's bytes when doubled quotes must be collapsed.
    private var scratch: [UInt8] = []

    init(base: UnsafePointer<UInt8>, end: Int, delimiter: UInt8) {
        self.base = base
        self.end = end
        self.delimiter = delimiter
    }

    var hasMore: Bool { position < end }

    mutating func parseRecord(into fields: inout [String], line: Int, bomLength: Int) throws {
        while true {
            if position < end && base[position] == CSVRecordParser.quote {
                fields.append(try quotedField(line: line, bomLength: bomLength))
            } else {
                fields.append(unquotedField())
            }
            // Now at a delimiter, a line break, or the end.
            guard position < end else { return }
            let byte = base[position]
            position += 1
            if byte == delimiter { continue }
            if byte == CSVRecordParser.cr, position < end, base[position] == CSVRecordParser.lf {
                position += 1
            }
            return
        }
    }

    private mutating func unquotedField() -> String {
        let start = position
        var i = position
        let delimiter = self.delimiter
        while i < end {
            let byte = base[i]
            if byte == delimiter || byte == CSVRecordParser.lf || byte == CSVRecordParser.cr { break }
            i += 1
        }
        position = i
        return makeString(start, i)
    }

    private mutating func quotedField(line: Int, bomLength: Int) throws -> String {
        let opening = position
        var segmentStart = position + 1
        var collapsed = false
        scratch.removeAll(keepingCapacity: true)
        while true {
            guard let found = memchr(base + segmentStart, Int32(CSVRecordParser.quote), end - segmentStart) else {
                throw CSVError(code: .unterminatedQuote, line: line, byteOffset: opening + bomLength)
            }
            let closing = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
            if closing + 1 < end && base[closing + 1] == CSVRecordParser.quote {
                // A doubled quote: keep one quote and carry on inside the field.
                scratch.append(contentsOf: UnsafeBufferPointer(start: base + segmentStart, count: closing + 1 - segmentStart))
                segmentStart = closing + 2
                collapsed = true
                continue
            }
            // Excel keeps text between the closing quote and the next delimiter: `"ab"c` is `abc`.
            var tail = closing + 1
            while tail < end {
                let byte = base[tail]
                if byte == delimiter || byte == CSVRecordParser.lf || byte == CSVRecordParser.cr { break }
                tail += 1
            }
            position = tail
            if !collapsed && tail == closing + 1 {
                return makeString(segmentStart, closing)
            }
            scratch.append(contentsOf: UnsafeBufferPointer(start: base + segmentStart, count: closing - segmentStart))
            scratch.append(contentsOf: UnsafeBufferPointer(start: base + closing + 1, count: tail - closing - 1))
            return String(decoding: scratch, as: UTF8.self)
        }
    }

    @inline(__always)
    private func makeString(_ start: Int, _ stop: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: base + start, count: stop - start), as: UTF8.self)
    }
}
