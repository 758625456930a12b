import DoudiMatch
import Foundation

/// Reads single rows of a validated reference file by byte offset (the column cache keeps
/// each row's offset), so a hit's evidence costs one short parse, not a pass over the file.
struct ValidatedFileRows: Sendable {
    /// Mapped, not read: `Data(contentsOf:options: .alwaysMapped)` reads the whole file on
    /// Linux (a province's files are gigabytes).
    let file: MappedFile
    let header: [String]

    init(url: URL) throws {
        do { file = try MappedFile(path: url.path) } catch { throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: url.path]) }
        header = Self.record(in: file.bytes, at: 0)
    }

    /// The row at `offset` as column key → value, empty values left out.
    func row(at offset: UInt64) -> [String: String] {
        var result: [String: String] = [:]
        for (key, value) in zip(header, Self.record(in: file.bytes, at: Int(offset))) where !value.isEmpty { result[key] = value }
        return result
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
