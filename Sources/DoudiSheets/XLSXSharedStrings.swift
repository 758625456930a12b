import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `xl/sharedStrings.xml`: the table that `t="s"` cells index into.
/// A rich-text item's runs (`<r><t>`) are concatenated; phonetic guides (`<rPh>`) are not text.
struct XLSXSharedStrings {
    let strings: [String]

    init(data: Data, part: String) throws {
        let handler = Handler()
        try XMLPart.parse(data, part: part, handler: handler)
        strings = handler.strings
    }

    init() { strings = [] }

    private final class Handler: NSObject, XMLPartHandler {
        var strings: [String] = []
        var failure: XLSXError? { nil }
        private var current = ""
        private var inItem = false
        private var inText = false
        private var phoneticDepth = 0

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes: [String: String] = [:]) {
            switch XMLPart.localName(elementName) {
            case "sst":
                if let count = attributes["uniqueCount"].flatMap(Int.init), count < 10_000_000 {
                    strings.reserveCapacity(count)
                }
            case "si":
                inItem = true
                current = ""
            case "rPh":
                phoneticDepth += 1
            case "t":
                inText = inItem && phoneticDepth == 0
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?) {
            switch XMLPart.localName(elementName) {
            case "si":
                strings.append(OOXMLText.decode(current))
                inItem = false
            case "rPh":
                phoneticDepth -= 1
            case "t":
                inText = false
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inText { current += string }
        }
    }
}
