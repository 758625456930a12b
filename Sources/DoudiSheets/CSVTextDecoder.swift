import Foundation

/// Turns the bytes of a CSV file into UTF-8 without a BOM, which is all the
/// parser understands, and remembers which encoding the file was in.
struct CSVTextDecoder {
    /// kCFStringEncodingGB_18030_2000 as an NSStringEncoding; Foundation has no named constant.
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    let utf8: Data
    let encoding: CSVSourceEncoding

    init(data: Data, delimiter: UInt8) throws {
        let prefix = [UInt8](data.prefix(3))
        if prefix.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = data.dropFirst(3)
            try CSVTextDecoder.requireUTF8(body, bomLength: 3, delimiter: delimiter)
            (utf8, encoding) = (body, .utf8WithBOM)
            return
        }
        if prefix.starts(with: [0xFF, 0xFE]) || prefix.starts(with: [0xFE, 0xFF]) {
            let little = prefix[0] == 0xFF
            let decoded = String(data: data, encoding: little ? .utf16LittleEndian : .utf16BigEndian)
                ?? String(data: data.dropFirst(2), encoding: little ? .utf16LittleEndian : .utf16BigEndian)
            guard var text = decoded else {
                throw CSVError(code: .notUTF8, line: 1, byteOffset: 0)
            }
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            (utf8, encoding) = (Data(text.utf8), little ? .utf16LittleEndian : .utf16BigEndian)
            return
        }
        let scan = data.withUnsafeBytes { UTF8Scan($0) }
        guard let badOffset = scan.firstInvalidOffset else {
            (utf8, encoding) = (data, .utf8)
            return
        }
        if scan.multibyteCount < scan.invalidCount, let converted = CSVTextDecoder.utf8(fromGB18030: data) {
            (utf8, encoding) = (converted, .gb18030)
            return
        }
        throw CSVError(code: .notUTF8,
                       line: CSVTextDecoder.recordLine(in: data, before: badOffset, delimiter: delimiter),
                       byteOffset: badOffset)
    }

    /// Converts in chunks cut after a line feed, so a large file never exists as one
    /// giant String. Safe because 0x0A never occurs inside a GB18030 multi-byte
    /// character (every trail byte is 0x30 or above).
    static func utf8(fromGB18030 data: Data) -> Data? {
        let chunkSize = 1 << 20
        var output = Data()
        output.reserveCapacity(data.count + data.count / 2)
        var start = data.startIndex
        while start < data.endIndex {
            var end = min(start + chunkSize, data.endIndex)
            if end < data.endIndex {
                end = data[end...].firstIndex(of: 0x0A).map { $0 + 1 } ?? data.endIndex
            }
            guard var piece = String(data: data[start..<end], encoding: gb18030) else { return nil }
            piece.withUTF8 { output.append(contentsOf: $0) }
            start = end
        }
        return output
    }

    private static func requireUTF8(_ body: Data, bomLength: Int, delimiter: UInt8) throws {
        let scan = body.withUnsafeBytes { UTF8Scan($0) }
        if let bad = scan.firstInvalidOffset {
            throw CSVError(code: .notUTF8,
                           line: recordLine(in: body, before: bad, delimiter: delimiter),
                           byteOffset: bad + bomLength)
        }
    }

    /// The record line (record index + 1) holding byte `offset`, counting only
    /// line breaks outside quotes, so it matches `SheetRow.line`. Error path only.
    static func recordLine(in data: Data, before offset: Int, delimiter: UInt8) -> Int {
        var line = 1
        var inQuotes = false
        var previous: UInt8 = 0
        for byte in data.prefix(offset) {
            if byte == UInt8(ascii: "\"") {
                inQuotes.toggle()
            } else if !inQuotes {
                if byte == UInt8(ascii: "\n") && previous != UInt8(ascii: "\r") { line += 1 }
                if byte == UInt8(ascii: "\r") { line += 1 }
            }
            previous = byte
        }
        return line
    }
}
