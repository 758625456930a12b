import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The relationships of one part (`_rels/*.rels`): id → target part, and type.
struct XLSXRelationships {
    struct Relationship {
        let id: String
        let type: String
        /// Resolved to a package path, e.g. "xl/worksheets/sheet1.xml".
        let target: String
    }

    let all: [Relationship]

    init(data: Data, part: String, sourcePart: String) throws {
        let handler = Handler(sourcePart: sourcePart)
        try XMLPart.parse(data, part: part, handler: handler)
        all = handler.relationships
    }

    func target(id: String) -> String? {
        all.first { $0.id == id }?.target
    }

    /// Types differ between transitional and strict OOXML, but end the same way.
    func target(typeSuffix: String) -> String? {
        all.first { $0.type.hasSuffix(typeSuffix) }?.target
    }

    private final class Handler: NSObject, XMLPartHandler {
        let sourcePart: String
        var relationships: [Relationship] = []
        var failure: XLSXError? { nil }

        init(sourcePart: String) { self.sourcePart = sourcePart }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes: [String: String] = [:]) {
            guard XMLPart.localName(elementName) == "Relationship",
                  attributes["TargetMode"] != "External",
                  let id = attributes["Id"], let target = attributes["Target"] else { return }
            relationships.append(Relationship(
                id: id, type: attributes["Type"] ?? "",
                target: XLSXPackage.resolve(target: target, from: sourcePart)))
        }
    }
}
