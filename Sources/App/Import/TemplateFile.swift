import DoudiSheets

/// Reads an import file against its template: maps the header (unknown, duplicate and
/// missing columns are issues), then hands every data row to `row` as a `RowReader`,
/// collecting each row's issues. One loop for every import kind, so they all report
/// problems the same way. A file that cannot be read, or lacks a required column, is
/// `unreadable`: no row was checked and the import must stop.
struct TemplateFile {
    private(set) var issues: [ImportIssue] = []
    private(set) var unreadable = false

    init(_ request: ImportRequest, template: [ImportColumn], row: (inout RowReader) throws -> Void) throws {
        var map = ColumnMap()
        do {
            try TabularInput(data: request.data, fileName: request.fileName).read(header: { names in
                let (built, headerIssues) = ColumnMap.build(header: names, template: template)
                map = built
                issues += headerIssues
                unreadable = headerIssues.contains { $0.reasonKey == "import.error.header.missing" }
            }, row: { line, cells in
                guard !unreadable else { return }
                var reader = RowReader(line: line, cells: cells, map: map)
                try row(&reader)
                issues += reader.issues
            })
        } catch let error as TabularInputError {
            issues.append(error.issue)
            unreadable = true
        }
    }
}
