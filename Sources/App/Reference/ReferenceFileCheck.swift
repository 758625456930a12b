import DoudiDomain
import DoudiMatch
import DoudiSheets
import Foundation

/// Reads an uploaded reference file once: every row is validated; a valid row is written,
/// normalised, to the incoming validated file and added to the column builder, and an
/// invalid row is reported with its line, column and reason and left out. Only a file
/// that cannot be read at all (no header, a missing required column, not CSV or XLSX)
/// rejects the whole batch.
struct ReferenceFileCheck {
    struct Result: Sendable {
        var issues: [ImportIssue] = []
        var rowsTotal = 0
        var rowsValid = 0
        /// True when the file as a whole was refused; nothing was kept.
        var unreadable = false
        var columns = ReferenceColumns()
    }

    let template: ReferenceTemplate
    let today: CivilDate

    /// Writes the valid rows to `output` (header: the template's column keys).
    func run(data: Data, fileName: String, output: URL) throws -> Result {
        var result = Result()
        let input: TabularInput
        do { input = try TabularInput(data: data, fileName: fileName) } catch {
            result.unreadable = true
            result.issues = [ImportIssue(line: error.line, column: nil, value: "", reasonKey: error.reasonKey, arguments: error.arguments)]
            return result
        }
        var writer = try CSVWriter(url: output, bom: false)
        try writer.writeRow(template.columns.map(\.key))
        var map = ColumnMap()
        var builder = ReferenceColumnsBuilder()
        do {
            try input.read(header: { header in
                let (built, issues) = ColumnMap.build(header: header, template: template.columns)
                map = built
                result.issues += issues
                if issues.hasErrors { throw HeaderRejected() }
            }, row: { line, cells in
                result.rowsTotal += 1
                var reader = ReferenceRowReader(RowReader(line: line, cells: cells, map: map), today: today)
                let record = template.record(&reader)
                result.issues += reader.row.issues
                guard let record else { return }
                let offset = UInt64(writer.position)
                try writer.writeRow(record.cells)
                result.rowsValid += 1
                builder.append(key: record.subject, second: record.second,
                               date: record.date.map { Int32($0.daysSinceEpoch) } ?? ReferenceColumns.noDate,
                               amount: record.amount?.fen ?? ReferenceColumns.noAmount, extra: record.extra ?? ReferenceColumns.noAmount,
                               code: record.code, line: UInt32(clamping: line), offset: offset)
            })
        } catch is HeaderRejected {
            result.unreadable = true
        } catch let error as TabularInputError {
            result.unreadable = true
            result.issues.append(ImportIssue(line: error.line, column: nil, value: "", reasonKey: error.reasonKey, arguments: error.arguments))
        }
        try writer.close()
        if !result.unreadable { result.columns = builder.build() }
        return result
    }

    private struct HeaderRejected: Error {}
}
