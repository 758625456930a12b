import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What the reader needs from `xl/workbook.xml`: the sheets in tab order and the date system.
struct XLSXWorkbook {
    struct Sheet {
        let name: String
        let relationshipID: String
    }

    let sheets: [Sheet]
    /// Mac Excel before 2011 counted dates from 1904-01-01 (`<workbookPr date1904="1"/>`).
    let date1904: Bool

    init(data: Data, part: String) throws {
        let handler = Handler()
        try XMLPart.parse(data, part: part, handler: handler)
        sheets = handler.sheets
        date1904 = handler.date1904
    }

    private final class Handler: NSObject, XMLPartHandler {
        var sheets: [Sheet] = []
        var date1904 = false
        var failure: XLSXError? { nil }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes: [String: String] = [:]) {
            switch XMLPart.localName(elementName) {
            case "workbookPr":
                let flag = attributes["date1904"]?.lowercased()
                date1904 = flag == "1" || flag == "true"
            case "sheet":
                sheets.append(Sheet(name: attributes["name"] ?? "",
                                    relationshipID: XMLPart.attribute("id", in: attributes) ?? ""))
            default:
                break
            }
        }
    }
}
