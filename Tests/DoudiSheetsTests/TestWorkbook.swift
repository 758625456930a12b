import Foundation

/// A hand-written minimal workbook whose parts tests can replace one by one,
/// to reach cell types and layouts that `XLSXWriter` never produces.
struct TestWorkbook {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    var sheetData: String
    var sharedStrings: [String]? = nil
    /// Raw `<numFmts>` + `<cellXfs>` content for styles.xml.
    var styles: String = "<cellXfs count=\"1\"><xf numFmtId=\"0\"/></cellXfs>"
    var date1904 = false
    var extraSheets: [(name: String, data: String)] = []
    var omit: Set<String> = []

    var parts: [(path: String, text: String)] {
        let sheets = [("Sheet1", sheetData)] + extraSheets.map { ($0.name, $0.data) }
        var list: [(path: String, text: String)] = []
        list.append(("[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
            <Default Extension="xml" ContentType="application/xml"/></Types>
            """))
        list.append(("_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="\(TestWorkbook.rel)/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """))
        let sheetEntries = sheets.enumerated().map { "<sheet name=\"\($1.0)\" sheetId=\"\($0 + 1)\" r:id=\"rId\($0 + 1)\"/>" }
        list.append(("xl/workbook.xml", """
            <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="\(TestWorkbook.main)" xmlns:r="\(TestWorkbook.rel)">\
            <workbookPr\(date1904 ? " date1904=\"1\"" : "")/><sheets>\(sheetEntries.joined())</sheets></workbook>
            """))
        var rels = sheets.indices.map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(TestWorkbook.rel)/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        }
        rels.append("<Relationship Id=\"rId100\" Type=\"\(TestWorkbook.rel)/styles\" Target=\"styles.xml\"/>")
        if sharedStrings != nil {
            rels.append("<Relationship Id=\"rId101\" Type=\"\(TestWorkbook.rel)/sharedStrings\" Target=\"/xl/sharedStrings.xml\"/>")
        }
        list.append(("xl/_rels/workbook.xml.rels", """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            \(rels.joined())</Relationships>
            """))
        list.append(("xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"\(TestWorkbook.main)\">\(styles)</styleSheet>"))
        if let sharedStrings {
            list.append(("xl/sharedStrings.xml", """
                <?xml version="1.0" encoding="UTF-8"?><sst xmlns="\(TestWorkbook.main)" count="\(sharedStrings.count)" \
                uniqueCount="\(sharedStrings.count)">\(sharedStrings.joined())</sst>
                """))
        }
        for (index, sheet) in sheets.enumerated() {
            list.append(("xl/worksheets/sheet\(index + 1).xml", """
                <?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="\(TestWorkbook.main)" xmlns:r="\(TestWorkbook.rel)">\
                <sheetData>\(sheet.1)</sheetData></worksheet>
                """))
        }
        return list.filter { !omit.contains($0.path) }
    }

    var data: Data { TestZip.make(parts) }
}
