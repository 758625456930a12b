import Foundation

/// A parsed CSV file: the header and the rows, each cell as text. Deliberately independent of
/// DoudiSheets so the generator's output is checked by a second reader.
struct CSVTable: Sendable {
    let header: [String]
    let rows: [[String]]
    let hasBOM: Bool
    let usesCRLF: Bool

    init(_ data: Data) {
        var bytes = [UInt8](data)
        hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        if hasBOM { bytes.removeFirst(3) }
        usesCRLF = bytes.count >= 2 && bytes[bytes.count - 2] == 0x0D && bytes[bytes.count - 1] == 0x0A
        var records: [[String]] = []
        var record: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if quoted {
                if byte == 0x22 {
                    if index + 1 < bytes.count && bytes[index + 1] == 0x22 { field.append(0x22); index += 1 } else { quoted = false }
                } else {
                    field.append(byte)
                }
            } else if byte == 0x22 {
                quoted = true
            } else if byte == 0x2C {
                record.append(String(decoding: field, as: UTF8.self)); field.removeAll(keepingCapacity: true)
            } else if byte == 0x0D {
                // CR of CRLF; the LF ends the record.
            } else if byte == 0x0A {
                record.append(String(decoding: field, as: UTF8.self)); field.removeAll(keepingCapacity: true)
                records.append(record); record = []
            } else {
                field.append(byte)
            }
            index += 1
        }
        if !field.isEmpty || !record.isEmpty { record.append(String(decoding: field, as: UTF8.self)); records.append(record) }
        header = records.first ?? []
        rows = Array(records.dropFirst())
    }

    func column(_ name: String) -> Int {
        guard let index = header.firstIndex(of: name) else { preconditionFailure("no column \(name) in \(header)") }
        return index
    }

    /// The values of one column.
    func values(_ name: String) -> [String] {
        let index = column(name)
        return rows.map { $0[index] }
    }

    /// Rows as dictionaries keyed by header (for readable assertions on small files).
    func records() -> [[String: String]] {
        rows.map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }
}
