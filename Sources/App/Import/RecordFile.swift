import DoudiDomain
import DoudiSheets

/// A registry record file read whole: every row validated cell by cell, then checked
/// across rows for repeated natural keys. Rows with a bad cell are left out of `lines`
/// but their issues are kept, so the report lists every problem of the file.
struct RecordFile<Row: RecordFileRow> {
    struct Line {
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
        var map = ColumnMap()
        do {
            try TabularInput(data: request.data, fileName: request.fileName).read(header: { names in
                let (built, headerIssues) = ColumnMap.build(header: names, template: Row.columns)
                map = built
                issues += headerIssues
                unreadable = headerIssues.contains { $0.reasonKey == "import.error.header.missing" }
            }, row: { line, cells in
                guard !unreadable else { return }
                var reader = RowReader(line: line, cells: cells, map: map)
                let row = Row.parse(&reader, today: request.today)
                issues += reader.issues
                if row == nil, !reader.issues.contains(where: { $0.severity == .error }) {
                    // A row must never vanish silently: if it could not be read, say so.
                    issues.append(ImportIssue(line: line, column: nil, value: "", reasonKey: "import.error.row.unreadable"))
                }
                guard let row, !reader.issues.contains(where: { $0.severity == .error }) else { return }
                var hasher = Hasher()
                for cell in cells { hasher.combine(cell.textValue.trimmed) }
                lines.append(Line(line: line, fingerprint: hasher.finalize(), row: row))
            })
        } catch let error as TabularInputError {
            issues.append(error.issue)
            unreadable = true
        }
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
