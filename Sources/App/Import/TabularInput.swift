import DoudiSheets
import Foundation

/// An uploaded CSV or XLSX file, read row by row. CSV is streamed (a million-row roll
/// must not be materialised as strings); XLSX is read whole (Excel caps a sheet at
/// about a million rows and workbooks that size are rare at a window).
struct TabularInput {
    enum Format { case csv, xlsx }

    let data: Data
    let format: Format

    /// Picks the format from the content (ZIP magic) rather than trusting the name.
    init(data: Data, fileName: String) throws(TabularInputError) {
        self.data = data
        let zipMagic: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
        let oleMagic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0]
        let head = Array(data.prefix(4))
        if head == zipMagic || fileName.lowercased().hasSuffix(".xlsx") {
            format = .xlsx
        } else if head == oleMagic {
            throw TabularInputError(reasonKey: "import.error.file.old_format", line: 0)
        } else {
            format = .csv
        }
    }

    /// Calls `header` once, then `row` for every non-empty data row.
    func read(header: ([String]) throws -> Void, row: (_ line: Int, _ cells: [SheetCell]) throws -> Void) throws {
        switch format {
        case .csv:
            let reader: CSVReader
            do { reader = try CSVReader(data: data) } catch let error as CSVError { throw TabularInputError(error) }
            var sawHeader = false
            do {
                try reader.forEachRow { fields, line in
                    if !sawHeader {
                        sawHeader = true
                        try header(fields)
                        return
                    }
                    if fields.allSatisfy({ $0.isEmpty }) { return }
                    try row(line, fields.map { $0.isEmpty ? SheetCell.empty : SheetCell.text($0) })
                }
            } catch let error as CSVError {
                throw TabularInputError(error)
            }
            if !sawHeader { throw TabularInputError(reasonKey: "import.error.file.empty", line: 0) }
        case .xlsx:
            let table: SheetTable
            do { table = try XLSXReader.read(data: data) } catch let error as XLSXError { throw TabularInputError(error) }
            guard !table.header.isEmpty else { throw TabularInputError(reasonKey: "import.error.file.empty", line: 0) }
            try header(table.header)
            for sheetRow in table.rows where !sheetRow.isEmpty {
                try row(sheetRow.line, sheetRow.cells)
            }
        }
    }
}

/// A file that cannot be read at all (encoding, truncation, format): reported as one
/// file-level issue in the error report.
struct TabularInputError: Error {
    let reasonKey: String
    let line: Int
    var arguments: [String: String] = [:]

    init(reasonKey: String, line: Int, arguments: [String: String] = [:]) {
        self.reasonKey = reasonKey
        self.line = line
        self.arguments = arguments
    }

    init(_ error: CSVError) {
        switch error.code {
        case .notUTF8: self.init(reasonKey: "import.error.file.not_utf8", line: error.line, arguments: ["line": String(error.line)])
        case .unterminatedQuote:
            self.init(reasonKey: "import.error.file.unterminated_quote", line: error.line, arguments: ["line": String(error.line)])
        }
    }

    init(_ error: XLSXError) {
        switch error.code {
        case .truncated: self.init(reasonKey: "import.error.file.truncated", line: 0)
        case .notZip: self.init(reasonKey: "import.error.file.not_zip", line: 0)
        case .oldOrEncryptedFormat: self.init(reasonKey: "import.error.file.old_format", line: 0)
        case .noSheet: self.init(reasonKey: "import.error.file.no_sheet", line: 0)
        case .partTooLarge: self.init(reasonKey: "import.error.file.too_large", line: 0, arguments: ["part": error.part ?? ""])
        case .invalidCell:
            self.init(reasonKey: "import.error.file.invalid_cell", line: error.row ?? 0, arguments: ["row": String(error.row ?? 0)])
        // Malformed XML, a missing part, or a writer-side limit no upload reaches: name the part, not the code.
        default: self.init(reasonKey: "import.error.file.malformed", line: 0, arguments: ["part": error.part ?? "xlsx"])
        }
    }

    var issue: ImportIssue {
        ImportIssue(line: line, column: nil, value: "", reasonKey: reasonKey, arguments: arguments)
    }
}
