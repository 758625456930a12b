/// The fixed parts of a workbook written by `XLSXWriter`.
enum XLSXParts {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationshipNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let officeTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    private static let spreadsheetML = "application/vnd.openxmlformats-officedocument.spreadsheetml."

    /// Cell style indexes in `styles`.
    enum Style {
        static let general = 0
        static let header = 1
        static let text = 2
        static let date = 3
    }

    static func contentTypes(sheetCount: Int) -> String {
        var xml = declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(spreadsheetML)sheet.main+xml\"/>"
        for index in 1...sheetCount {
            xml += "<Override PartName=\"/xl/worksheets/sheet\(index).xml\" ContentType=\"\(spreadsheetML)worksheet+xml\"/>"
        }
        xml += "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(spreadsheetML)styles+xml\"/>"
            + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"\(spreadsheetML)sharedStrings+xml\"/>"
            + "</Types>"
        return xml
    }

    static let rootRelationships = declaration + "<Relationships xmlns=\"\(packageRelationshipNamespace)\">"
        + "<Relationship Id=\"rId1\" Type=\"\(officeTypes)officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>"

    static func workbook(sheetNames: [String]) -> [UInt8] {
        var xml = XMLBytes()
        xml.raw(declaration)
        xml.raw("<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">")
        xml.raw("<workbookPr/><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>")
        for (index, name) in sheetNames.enumerated() {
            xml.raw("<sheet name=\"")
            xml.attribute(name)
            xml.raw("\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>")
        }
        xml.raw("</sheets></workbook>")
        return xml.bytes
    }

    static func workbookRelationships(sheetCount: Int) -> String {
        var xml = declaration + "<Relationships xmlns=\"\(packageRelationshipNamespace)\">"
        for index in 1...sheetCount {
            xml += "<Relationship Id=\"rId\(index)\" Type=\"\(officeTypes)worksheet\" Target=\"worksheets/sheet\(index).xml\"/>"
        }
        xml += "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(officeTypes)styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rId\(sheetCount + 2)\" Type=\"\(officeTypes)sharedStrings\" Target=\"sharedStrings.xml\"/>"
            + "</Relationships>"
        return xml
    }

    /// Style 1 is the bold header, 2 is text ("@", id 49) so that an ID typed into a
    /// template column stays text instead of becoming 1.10105E+17, 3 is yyyy-mm-dd.
    /// 宋体 (SimSun) is on every Chinese Windows and is WPS's default.
    static let styles = declaration + "<styleSheet xmlns=\"\(mainNamespace)\">"
        + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd\"/></numFmts>"
        + "<fonts count=\"2\">"
        + "<font><sz val=\"11\"/><name val=\"宋体\"/><family val=\"3\"/><charset val=\"134\"/></font>"
        + "<font><b/><sz val=\"11\"/><name val=\"宋体\"/><family val=\"3\"/><charset val=\"134\"/></font>"
        + "</fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
        + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"4\">"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"49\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" applyFont=\"1\"/>"
        + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "</cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        + "</styleSheet>"
}
