import Foundation

/// Reads single rows of a validated reference file by byte offset (the column cache keeps
/// each row's offset), so a hit's evidence costs one short parse, not a pass over the file.
struct ValidatedFileRows: Sendable {
    let data: Data
    let header: [String]

    init(url: URL) throws {
        data = try Data(contentsOf: url, options: .alwaysMapped)
        header = Self.record(in: data, at: 0)
    }

    /// The row at `offset` as column key → value, empty values left out.
    func row(at offset: UInt64) -> [String: String] {
        var result: [String: String] = [:]
        for (key, value) in zip(header, Self.record(in: data, at: Int(offset))) where !value.isEmpty { result[key] = value }
        return result
    }

    /// One RFC 4180 record starting at `start`: fields split on commas outside quotes, `""`
    /// inside quotes is a quote, the record ends at an unquoted line break.
    static func record(in data: Data, at start: Int) -> [String] {
        var fields: [String] = [], field: [UInt8] = [], quoted = false, index = start
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        while index < data.count {
            let byte = data[data.startIndex + index]
            if quoted {
                if byte == quote {
                    if index + 1 < data.count, data[data.startIndex + index + 1] == quote { field.append(quote); index += 1 } else { quoted = false }
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
