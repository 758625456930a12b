import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A SAX handler that can stop the parse with its own error.
protocol XMLPartHandler: XMLParserDelegate {
    var failure: XLSXError? { get }
}

/// Runs XMLParser over one part and maps a failure to `XLSXError.malformedXML`
/// with the part name and line, unless the handler stopped it with its own error.
enum XMLPart {
    static func parse(_ data: Data, part: String, handler: some XMLPartHandler) throws {
        let parser = XMLParser(data: data)
        // External entities could read files on the server: never resolve them.
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = handler
        let succeeded = parser.parse()
        if let failure = handler.failure { throw failure }
        // libxml2 reports some errors (e.g. a document cut short) and still returns true.
        if !succeeded || parser.parserError != nil {
            throw XLSXError(code: .malformedXML, part: part, line: parser.lineNumber)
        }
    }

    /// Element and attribute names without their namespace prefix, because some
    /// generators write `<x:c>` where Excel writes `<c>`.
    static func localName(_ name: String) -> Substring {
        guard let colon = name.lastIndex(of: ":") else { return Substring(name) }
        return name[name.index(after: colon)...]
    }

    /// The value of the attribute whose local name is `name` (prefix ignored).
    static func attribute(_ name: String, in attributes: [String: String]) -> String? {
        if let value = attributes[name] { return value }
        return attributes.first { localName($0.key) == name && $0.key.contains(":") }?.value
    }
}
