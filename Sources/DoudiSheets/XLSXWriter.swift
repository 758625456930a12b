import Foundation
import ZIPFoundation

/// Writes a minimal, valid .xlsx for error reports and import templates.
///
/// Each sheet gets a bold header row frozen at the top and columns styled as
/// text ("@"), so an 18-digit ID typed into a template stays text. `.text` cells
/// are always written as strings, never numbers. Names Excel would reject are
/// adjusted (see `XLSXSheetName`). Output is deterministic for the same input.
public struct XLSXWriter: Sendable {
    private var sheets: [XLSXSheetContent] = []

    public init() {}

    /// Queues a sheet. `columnWidths` are in Excel's character units; missing
    /// widths are estimated from the header and the first rows.
    public mutating func addSheet(name: String, header: [String], rows: [[SheetCell]],
                                  columnWidths: [Double]? = nil) {
        let safeName = XLSXSheetName.sanitized(name, index: sheets.count, existing: sheets.map(\.name))
        sheets.append(XLSXSheetContent(name: safeName, header: header, rows: rows, columnWidths: columnWidths))
    }

    /// The sheet names as they will be written, after adjustment.
    public var sheetNames: [String] { sheets.map(\.name) }

    /// The workbook. Throws `XLSXError` noSheet, tooManyRows, tooManyColumns or cellTooLong.
    public func data() throws -> Data {
        guard !sheets.isEmpty else { throw XLSXError(code: .noSheet) }
        var strings = XLSXSharedStringTable()
        var sheetParts: [[UInt8]] = []
        for (index, sheet) in sheets.enumerated() {
            sheetParts.append(try XLSXSheetXML.make(sheet, index: index, strings: &strings))
        }

        let archive = try Archive(data: Data(), accessMode: .create)
        try add(Array(XLSXParts.contentTypes(sheetCount: sheets.count).utf8), as: "[Content_Types].xml", to: archive)
        try add(Array(XLSXParts.rootRelationships.utf8), as: "_rels/.rels", to: archive)
        try add(XLSXParts.workbook(sheetNames: sheets.map(\.name)), as: "xl/workbook.xml", to: archive)
        try add(Array(XLSXParts.workbookRelationships(sheetCount: sheets.count).utf8),
                as: "xl/_rels/workbook.xml.rels", to: archive)
        try add(Array(XLSXParts.styles.utf8), as: "xl/styles.xml", to: archive)
        try add(strings.xml(), as: "xl/sharedStrings.xml", to: archive)
        for (index, part) in sheetParts.enumerated() {
            try add(part, as: "xl/worksheets/sheet\(index + 1).xml", to: archive)
        }
        guard let data = archive.data else { throw XLSXError(code: .truncated) }
        return data
    }

    public func write(to url: URL) throws {
        try data().write(to: url, options: .atomic)
    }

    /// A fixed timestamp keeps the bytes identical for identical input.
    private static let timestamp = Date(timeIntervalSince1970: 1_577_836_800)

    private func add(_ bytes: [UInt8], as path: String, to archive: Archive) throws {
        let data = Data(bytes)
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                             modificationDate: XLSXWriter.timestamp, compressionMethod: .deflate) { position, size in
            let start = Int(position)
            return data.subdata(in: start..<min(start + size, data.count))
        }
    }
}
