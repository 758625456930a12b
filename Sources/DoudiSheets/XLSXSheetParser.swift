import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// SAX handler for one worksheet part. Cells may be sparse and rows may skip
/// numbers; each row keeps its real number, and missing cells become `.empty`.
final class XLSXSheetParser: NSObject, XMLPartHandler {
    static let maxRows = 1_048_576
    static let maxColumns = 16_384

    private let part: String
    private let sharedStrings: [String]
    private let styles: XLSXStyles
    private let date1904: Bool

    private(set) var rows: [SheetRow] = []
    private(set) var failure: XLSXError?

    private var rowNumber = 0
    private var cells: [SheetCell] = []
    private var column = -1
    private var cellType: String?
    private var cellStyle = 0
    private var hasValue = false
    private var text = ""
    private var collecting = false
    private var inInlineString = false
    private var phoneticDepth = 0

    init(part: String, sharedStrings: [String], styles: XLSXStyles, date1904: Bool) {
        self.part = part
        self.sharedStrings = sharedStrings
        self.styles = styles
        self.date1904 = date1904
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String] = [:]) {
        switch XMLPart.localName(elementName) {
        case "row":
            rowNumber = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
            cells.removeAll(keepingCapacity: true)
            column = -1
            if rowNumber < 1 || rowNumber > XLSXSheetParser.maxRows {
                fail(parser, row: rowNumber, column: nil)
            }
        case "c":
            if let reference = attributes["r"] {
                guard let index = XLSXSheetParser.columnIndex(reference: reference) else {
                    return fail(parser, row: rowNumber, column: nil)
                }
                column = index
            } else {
                column += 1
            }
            if column >= XLSXSheetParser.maxColumns { return fail(parser, row: rowNumber, column: column + 1) }
            cellType = attributes["t"]
            cellStyle = attributes["s"].flatMap(Int.init) ?? 0
            hasValue = false
            text = ""
        case "v":
            hasValue = true
            collecting = true
            text = ""
        case "is":
            hasValue = true
            inInlineString = true
            text = ""
        case "rPh":
            phoneticDepth += 1
        case "t" where inInlineString && phoneticDepth == 0:
            collecting = true
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        switch XMLPart.localName(elementName) {
        case "v", "t":
            collecting = false
        case "rPh":
            phoneticDepth -= 1
        case "is":
            inInlineString = false
        case "c":
            guard let cell = makeCell() else { return fail(parser, row: rowNumber, column: column + 1) }
            place(cell)
        case "row":
            rows.append(SheetRow(line: rowNumber, cells: cells))
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting { text += string }
    }

    /// The cell just closed, or nil when it cannot be right (a bad shared-string index).
    private func makeCell() -> SheetCell? {
        guard hasValue else { return .empty }
        switch cellType {
        case "s":
            guard let index = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)),
                  index >= 0, index < sharedStrings.count else { return nil }
            return .textOrEmpty(sharedStrings[index])
        case "inlineStr", "str":
            return .textOrEmpty(OOXMLText.decode(text))
        case "b":
            let value = text.trimmingCharacters(in: .whitespaces)
            return value.isEmpty ? .empty : .bool(value == "1" || value.lowercased() == "true")
        case "e":
            return text.isEmpty ? .empty : .error(text)
        case "d":
            return XLSXSheetParser.isoDate(text).map { .date(year: $0.0, month: $0.1, day: $0.2) }
                ?? .textOrEmpty(text)
        default:
            let literal = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if literal.isEmpty { return .empty }
            if styles.isDate(style: cellStyle), let serial = Double(literal),
               let date = ExcelDate.date(serial: serial, date1904: date1904) {
                return .date(year: date.year, month: date.month, day: date.day)
            }
            return .number(literal)
        }
    }

    private func place(_ cell: SheetCell) {
        if column < cells.count {
            cells[column] = cell
        } else if !cell.isEmpty {
            // Styled but empty cells past the end would only pad the row.
            cells.append(contentsOf: repeatElement(.empty, count: column - cells.count))
            cells.append(cell)
        }
    }

    private func fail(_ parser: XMLParser, row: Int?, column: Int?) {
        guard failure == nil else { return }
        failure = XLSXError(code: .invalidCell, part: part, row: row, column: column)
        parser.abortParsing()
    }

    /// 0-based column of a reference like "AA12" or "$B$3", or nil if it is not one.
    static func columnIndex(reference: String) -> Int? {
        var column = 0
        var letters = 0
        for byte in reference.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                column = column * 26 + Int(byte) - 64
                letters += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                column = column * 26 + Int(byte) - 96
                letters += 1
            case UInt8(ascii: "$"):
                continue
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                return (1...3).contains(letters) ? column - 1 : nil
            default:
                return nil
            }
            if letters > 3 { return nil }
        }
        return nil
    }

    /// The date part of an ISO 8601 `t="d"` value such as "2024-01-05T00:00:00".
    static func isoDate(_ text: String) -> (Int, Int, Int)? {
        let parts = text.prefix(10).split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1, day <= ExcelDate.daysIn(month: month, year: year) else { return nil }
        return (year, month, day)
    }
}
