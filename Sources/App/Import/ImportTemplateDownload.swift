import DoudiDomain
import DoudiSheets
import Foundation

/// The blank file a user fills in for an import kind: the template's headers in the
/// reader's language (the importer accepts them in either), as CSV with a BOM (Excel
/// opens it as UTF-8) or as an .xlsx whose columns are text cells, so an 18-digit ID
/// number typed in stays text. The workbook's second sheet lists the columns and the
/// conventions of docs/import-templates.md; the importer reads only the first sheet.
enum ImportTemplateDownload {
    static func csv(_ kind: ImportKind) -> Data {
        CSVWriter.data(rows: [kind.columns.map { $0.header() }])
    }

    static func xlsx(_ kind: ImportKind) throws -> Data {
        var writer = XLSXWriter()
        writer.addSheet(name: kind.label(), header: kind.columns.map { $0.header() }, rows: [])
        let columnRows: [[SheetCell]] = kind.columns.map { column in
            [.text(column.header()), .text(L(column.required ? "import.template.required" : "import.template.optional"))]
        }
        let conventions: [[SheetCell]] = ["dates", "money", "ids", "lists", "headers", "all_or_nothing"].map {
            [.text(L("import.template.rule.\($0)")), .empty]
        }
        writer.addSheet(name: L("import.template.notes"), header: [L("import.report.column"), L("import.template.required_header")],
                        rows: columnRows + [[.empty, .empty]] + conventions, columnWidths: [60, 10])
        return try writer.data()
    }

    /// The download's file name, e.g. `家庭成员导入模板.xlsx`.
    static func fileName(_ kind: ImportKind, extension ext: String) -> String {
        L("import.template.file_name", ["kind": kind.label()]) + "." + ext
    }
}
