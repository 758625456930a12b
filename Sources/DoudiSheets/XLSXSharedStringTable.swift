/// Builds `xl/sharedStrings.xml` while sheets are written. Shared strings are what
/// Excel itself writes, so every reader (WPS, LibreOffice, old Excel) handles them,
/// and repeated values such as street names are stored once.
struct XLSXSharedStringTable {
    private var strings: [String] = []
    private var indexes: [String: Int] = [:]
    private(set) var references = 0

    /// Swift compares Strings by canonical equivalence, so two spellings of the same
    /// accented letter share a dictionary key; only reuse an entry with identical bytes.
    mutating func index(of string: String) -> Int {
        references += 1
        if let existing = indexes[string], strings[existing].utf8.elementsEqual(string.utf8) {
            return existing
        }
        strings.append(string)
        if indexes[string] == nil { indexes[string] = strings.count - 1 }
        return strings.count - 1
    }

    func xml() -> [UInt8] {
        var xml = XMLBytes(capacity: 64 + strings.count * 24)
        xml.raw(XLSXParts.declaration)
        xml.raw("<sst xmlns=\"\(XLSXParts.mainNamespace)\" count=\"\(references)\" uniqueCount=\"\(strings.count)\">")
        for string in strings {
            xml.raw("<si><t xml:space=\"preserve\">")
            xml.text(OOXMLText.encode(string))
            xml.raw("</t></si>")
        }
        xml.raw("</sst>")
        return xml.bytes
    }
}
