/// Generates one `xl/worksheets/sheetN.xml`: a bold header in row 1, a frozen
/// pane under it, and text-styled columns so IDs typed later stay text.
enum XLSXSheetXML {
    static let maxRows = 1_048_576
    static let maxColumns = 16_384
    static let maxTextLength = 32_767
    /// The error values Excel knows; anything else would make it "repair" the file.
    static let errorValues: Set<String> = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"]

    static func make(_ sheet: XLSXSheetContent, index: Int, strings: inout XLSXSharedStringTable) throws -> [UInt8] {
        let width = sheet.rows.reduce(sheet.header.count) { max($0, $1.count) }
        guard sheet.rows.count + 1 <= maxRows else { throw XLSXError(code: .tooManyRows, sheet: index) }
        guard width <= maxColumns else { throw XLSXError(code: .tooManyColumns, sheet: index) }
        let columns = (0..<max(width, 1)).map(columnName)

        var xml = XMLBytes(capacity: 256 + sheet.rows.count * max(width, 1) * 24)
        xml.raw(XLSXParts.declaration)
        xml.raw("<worksheet xmlns=\"\(XLSXParts.mainNamespace)\" xmlns:r=\"\(XLSXParts.relationshipNamespace)\">")
        xml.raw("<dimension ref=\"A1:\(columns[max(width, 1) - 1])\(sheet.rows.count + 1)\"/>")
        xml.raw("<sheetViews><sheetView \(index == 0 ? "tabSelected=\"1\" " : "")workbookViewId=\"0\">")
        xml.raw("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
        xml.raw("<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>")
        xml.raw("<sheetFormatPr defaultRowHeight=\"15\"/>")
        if !sheet.header.isEmpty {
            xml.raw("<cols>")
            for column in sheet.header.indices {
                let width = sheet.columnWidths.flatMap { column < $0.count ? $0[column] : nil }
                    ?? estimatedWidth(sheet, column: column)
                xml.raw("<col min=\"\(column + 1)\" max=\"\(column + 1)\" width=\"\(width)\" customWidth=\"1\" style=\"\(XLSXParts.Style.text)\"/>")
            }
            xml.raw("</cols>")
        }
        xml.raw("<sheetData>")
        xml.raw("<row r=\"1\">")
        for (column, name) in sheet.header.enumerated() where !name.isEmpty {
            try checkLength(name, sheet: index, row: 1, column: column)
            xml.raw("<c r=\"\(columns[column])1\" s=\"\(XLSXParts.Style.header)\" t=\"s\"><v>")
            xml.int(strings.index(of: name))
            xml.raw("</v></c>")
        }
        xml.raw("</row>")
        for (offset, cells) in sheet.rows.enumerated() {
            let row = offset + 2
            xml.raw("<row r=\"\(row)\">")
            for (column, cell) in cells.enumerated() {
                try write(cell, reference: columns[column] + String(row), into: &xml, strings: &strings,
                          at: (index, row, column))
            }
            xml.raw("</row>")
        }
        xml.raw("</sheetData>")
        xml.raw("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>")
        xml.raw("</worksheet>")
        return xml.bytes
    }

    private static func write(_ cell: SheetCell, reference: String, into xml: inout XMLBytes,
                              strings: inout XLSXSharedStringTable, at place: (sheet: Int, row: Int, column: Int)) throws {
        switch cell {
        case .empty:
            return
        case .number(let literal) where isPlainNumber(literal):
            xml.raw("<c r=\"\(reference)\"><v>\(literal)</v></c>")
        case .bool(let value):
            xml.raw("<c r=\"\(reference)\" t=\"b\"><v>\(value ? 1 : 0)</v></c>")
        case .error(let value) where errorValues.contains(value):
            xml.raw("<c r=\"\(reference)\" t=\"e\"><v>\(value)</v></c>")
        case .date(let year, let month, let day):
            if let serial = ExcelDate.serial(year: year, month: month, day: day) {
                xml.raw("<c r=\"\(reference)\" s=\"\(XLSXParts.Style.date)\"><v>\(serial)</v></c>")
            } else {
                // Excel cannot show dates before 1900 (or invalid ones): keep what the user would read.
                try writeText(cell.textValue, reference: reference, into: &xml, strings: &strings, at: place)
            }
        case .text, .number, .error:
            try writeText(cell.textValue, reference: reference, into: &xml, strings: &strings, at: place)
        }
    }

    /// Text always goes in as a string cell, never as a number, so IDs keep every digit.
    private static func writeText(_ text: String, reference: String, into xml: inout XMLBytes,
                                  strings: inout XLSXSharedStringTable, at place: (sheet: Int, row: Int, column: Int)) throws {
        try checkLength(text, sheet: place.sheet, row: place.row, column: place.column)
        xml.raw("<c r=\"\(reference)\" s=\"\(XLSXParts.Style.text)\" t=\"s\"><v>")
        xml.int(strings.index(of: text))
        xml.raw("</v></c>")
    }

    private static func checkLength(_ text: String, sheet: Int, row: Int, column: Int) throws {
        if text.utf16.count > maxTextLength {
            throw XLSXError(code: .cellTooLong, row: row, column: column + 1, sheet: sheet)
        }
    }

    /// An xsd:double literal Excel accepts: digits, optional fraction and exponent.
    /// Anything else ("1,234", "0x10", "inf") is written as text instead.
    static func isPlainNumber(_ literal: String) -> Bool {
        var digits = 0
        var seenDot = false, seenExponent = false, exponentDigits = 0
        var previous: UInt8?
        for byte in literal.utf8 {
            defer { previous = byte }
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if seenExponent { exponentDigits += 1 } else { digits += 1 }
            case UInt8(ascii: "-"), UInt8(ascii: "+"):
                guard previous == nil || previous == UInt8(ascii: "e") || previous == UInt8(ascii: "E") else { return false }
            case UInt8(ascii: "."):
                guard !seenDot, !seenExponent else { return false }
                seenDot = true
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                guard !seenExponent, digits > 0 else { return false }
                seenExponent = true
            default:
                return false
            }
        }
        return digits > 0 && (!seenExponent || exponentDigits > 0) && (Double(literal)?.isFinite ?? false)
    }

    /// 0 → "A", 25 → "Z", 26 → "AA".
    static func columnName(_ index: Int) -> String {
        var number = index + 1
        var letters: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.insert(Character(Unicode.Scalar(UInt8(65 + remainder))), at: 0)
            number = (number - 1) / 26
        }
        return String(letters)
    }

    /// A width that fits the header and the first rows; CJK characters are two units wide.
    private static func estimatedWidth(_ sheet: XLSXSheetContent, column: Int) -> Double {
        func units(_ text: String) -> Int {
            text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 2 : 1) }
        }
        var widest = units(sheet.header[column])
        for cells in sheet.rows.prefix(200) where column < cells.count {
            widest = max(widest, units(cells[column].textValue))
        }
        return Double(min(max(widest + 2, 8), 60))
    }
}
