import DoudiDomain
import DoudiSheets
import Foundation

/// The error report handed back to the user: one line per issue with row, column,
/// value and reason, as CSV (Excel-friendly, with BOM) or XLSX.
enum ImportReport {
    static func rows(_ issues: [ImportIssue], locale: AppLocale = .current) -> (header: [String], rows: [[String]]) {
        let header = ["line", "column", "value", "reason", "severity"].map { L("import.report.\($0)", locale: locale) }
        let rows = issues.map { issue in
            [issue.line == 0 ? "" : String(issue.line), issue.columnLabel(locale), issue.value, issue.reason(locale),
             L("import.report.severity.\(issue.severity.rawValue)", locale: locale)]
        }
        return (header, rows)
    }

    static func csv(_ issues: [ImportIssue], locale: AppLocale = .current) -> Data {
        let table = rows(issues, locale: locale)
        return CSVWriter.data(rows: [table.header] + table.rows)
    }

    static func xlsx(_ issues: [ImportIssue], locale: AppLocale = .current) throws -> Data {
        let table = rows(issues, locale: locale)
        var writer = XLSXWriter()
        writer.addSheet(name: L("import.report.reason", locale: locale), header: table.header,
                        rows: table.rows.map { $0.map { $0.isEmpty ? SheetCell.empty : SheetCell.text($0) } },
                        columnWidths: [8, 18, 24, 60, 8])
        return try writer.data()
    }

    /// The report's file name beside the import file's: `住户.csv` → `住户.错误报告.csv`.
    static func fileName(for importFile: String, xlsx: Bool, locale: AppLocale = .current) -> String {
        let base = (importFile as NSString).deletingPathExtension
        return "\(base.isEmpty ? "import" : base).\(L("import.report.file_suffix", locale: locale)).\(xlsx ? "xlsx" : "csv")"
    }

    /// Writes the report in the format its file name asks for.
    static func write(_ issues: [ImportIssue], to path: String) throws {
        let data = path.lowercased().hasSuffix(".xlsx") ? try xlsx(issues) : csv(issues)
        try data.write(to: URL(fileURLWithPath: path))
    }
}
