import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// From `xl/styles.xml`, only what the reader needs: which cell style indexes
/// (the `s` attribute) carry a date number format.
struct XLSXStyles {
    private let dateStyles: [Bool]

    init(data: Data, part: String) throws {
        let handler = Handler()
        try XMLPart.parse(data, part: part, handler: handler)
        dateStyles = handler.cellFormatIDs.map {
            XLSXNumberFormat.isDate(id: $0, customCode: handler.customFormats[$0])
        }
    }

    init() { dateStyles = [] }

    func isDate(style: Int) -> Bool {
        style >= 0 && style < dateStyles.count && dateStyles[style]
    }

    private final class Handler: NSObject, XMLPartHandler {
        var customFormats: [Int: String] = [:]
        var cellFormatIDs: [Int] = []
        var failure: XLSXError? { nil }
        /// `<xf>` also appears in cellStyleXfs; only cellXfs are what `s` indexes.
        private var inCellXfs = false

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes: [String: String] = [:]) {
            switch XMLPart.localName(elementName) {
            case "numFmt":
                if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"] {
                    customFormats[id] = code
                }
            case "cellXfs":
                inCellXfs = true
            case "xf" where inCellXfs:
                cellFormatIDs.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?) {
            if XMLPart.localName(elementName) == "cellXfs" { inCellXfs = false }
        }
    }
}
