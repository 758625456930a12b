import Foundation

/// Reads one sheet of an .xlsx workbook (Excel, WPS, LibreOffice, openpyxl) into a table.
///
/// The header is the first row holding any value (normally row 1); each data row
/// keeps the row number Excel shows as `line`. Sheets are counted in tab order,
/// hidden ones included. The sheet part is parsed with a SAX parser, never a DOM.
public enum XLSXReader {
    public static func read(data: Data, sheet: Int = 0) throws -> SheetTable {
        let workbook = try XLSXOpenWorkbook(data: data)
        guard sheet >= 0, sheet < workbook.info.sheets.count else {
            throw XLSXError(code: .noSheet, sheet: sheet)
        }
        let relationshipID = workbook.info.sheets[sheet].relationshipID
        guard let sheetPart = workbook.relationships.target(id: relationshipID) else {
            throw XLSXError(code: .missingPart, part: workbook.relationshipsPart, sheet: sheet)
        }
        let sheetData = try workbook.package.require(sheetPart)
        let parser = XLSXSheetParser(part: sheetPart, sharedStrings: try workbook.sharedStrings().strings,
                                     styles: try workbook.styles(), date1904: workbook.info.date1904)
        try XMLPart.parse(sheetData, part: sheetPart, handler: parser)

        let rows = parser.rows
        guard let headerIndex = rows.firstIndex(where: { !$0.isEmpty }) else {
            return SheetTable(header: [], rows: [])
        }
        return SheetTable(headerCells: rows[headerIndex].cells, rows: Array(rows[(headerIndex + 1)...]))
    }

    public static func read(url: URL, sheet: Int = 0) throws -> SheetTable {
        try read(data: Data(contentsOf: url, options: .alwaysMapped), sheet: sheet)
    }

    /// Sheet names in tab order, for letting the clerk pick a sheet.
    public static func sheetNames(data: Data) throws -> [String] {
        try XLSXOpenWorkbook(data: data).info.sheets.map(\.name)
    }
}
