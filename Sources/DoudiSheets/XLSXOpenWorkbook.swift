import Foundation

/// The package, workbook part and its relationships, found the way OPC says:
/// through `_rels/.rels`, falling back to the usual `xl/workbook.xml`.
struct XLSXOpenWorkbook {
    let package: XLSXPackage
    let workbookPart: String
    let relationshipsPart: String
    let info: XLSXWorkbook
    let relationships: XLSXRelationships

    init(data: Data) throws {
        package = try XLSXPackage(data: data)
        var workbookPart = "xl/workbook.xml"
        if let rootData = try package.read("_rels/.rels") {
            let root = try XLSXRelationships(data: rootData, part: "_rels/.rels", sourcePart: "")
            if let target = root.target(typeSuffix: "/officeDocument"), package.contains(target) {
                workbookPart = target
            }
        }
        self.workbookPart = workbookPart
        info = try XLSXWorkbook(data: package.require(workbookPart), part: workbookPart)
        guard !info.sheets.isEmpty else { throw XLSXError(code: .noSheet) }
        relationshipsPart = XLSXPackage.relationshipsPart(for: workbookPart)
        relationships = try XLSXRelationships(data: package.require(relationshipsPart),
                                              part: relationshipsPart, sourcePart: workbookPart)
    }

    func sharedStrings() throws -> XLSXSharedStrings {
        guard let part = optionalPart(typeSuffix: "/sharedStrings", fallback: "xl/sharedStrings.xml") else {
            return XLSXSharedStrings()
        }
        return try XLSXSharedStrings(data: package.require(part), part: part)
    }

    func styles() throws -> XLSXStyles {
        guard let part = optionalPart(typeSuffix: "/styles", fallback: "xl/styles.xml") else {
            return XLSXStyles()
        }
        return try XLSXStyles(data: package.require(part), part: part)
    }

    /// A related part named by the relationships (which must then exist), or the
    /// usual path if some writer forgot the relationship but shipped the part.
    private func optionalPart(typeSuffix: String, fallback: String) -> String? {
        if let target = relationships.target(typeSuffix: typeSuffix) { return target }
        return package.contains(fallback) ? fallback : nil
    }
}
