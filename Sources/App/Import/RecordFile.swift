import DoudiDomain

/// A registry record file read whole: every row validated cell by cell, then checked
/// across rows for repeated natural keys. Rows with a bad cell are left out of `lines`
/// but their issues are kept, so the report lists every problem of the file.
struct RecordFile<Row: RecordFileRow> {
    struct Line: Sendable {
        let line: Int
        /// A fingerprint of every cell, to tell an exact duplicate row from a conflicting one.
        let fingerprint: Int
        let row: Row
    }

    private(set) var lines: [Line] = []
    private(set) var issues: [ImportIssue] = []
    /// The file could not be read or lacks a required column: no row was checked.
    private(set) var unreadable = false

    init(_ request: ImportRequest) throws {
        let today = request.today
        let (file, lines) = try TemplateFile.read(request, template: Row.columns) { reader -> Line? in
            let row = Row.parse(&reader, today: today)
            if row == nil, !reader.hasErrors {
                // A row must never vanish silently: if it could not be read, say so.
                reader.fail(nil, "", "import.error.row.unreadable")
            }
            guard let row, !reader.hasErrors else { return nil }
            return Line(line: reader.line, fingerprint: reader.fingerprint, row: row)
        }
        self.lines = lines
        issues = file.issues
        unreadable = file.unreadable
        if !unreadable { issues += repeatedKeys() }
    }

    /// A natural key seen on an earlier row: an exact duplicate, or a conflicting repeat.
    private func repeatedKeys() -> [ImportIssue] {
        var first: [[String]: Line] = [:]
        var found: [ImportIssue] = []
        for line in lines {
            guard let earlier = first[line.row.fileKey] else {
                first[line.row.fileKey] = line
                continue
            }
            let reason = earlier.fingerprint == line.fingerprint ? "import.error.duplicate_row" : "import.error.record_repeated"
            found.append(ImportIssue(line: line.line, column: Row.keyColumn, value: line.row.fileKey[0], reasonKey: reason,
                                     arguments: ["line": String(earlier.line)]))
        }
        return found
    }
}
