/// An .xlsx file that cannot be read, or a workbook that cannot be written.
/// The app maps `code` (plus the structured fields) to a message.
public struct XLSXError: Error, Sendable, Hashable {
    public enum Code: String, Sendable {
        /// Not a ZIP file at all (e.g. a CSV or an HTML page renamed to .xlsx).
        case notZip
        /// A damaged or incomplete file: the ZIP cannot be opened, or a part fails its CRC or size.
        case truncated
        /// An OLE2 compound file: a password-protected .xlsx or an old binary .xls.
        /// `encrypted` tells which, when it can be seen.
        case oldOrEncryptedFormat
        /// A required part is absent; `part` names it.
        case missingPart
        /// A part is not well-formed XML; `part` and `line` say where.
        case malformedXML
        /// The workbook has no sheet at the requested index (`sheet`), or none at all.
        case noSheet
        /// A cell reference or shared-string index that cannot be right; `part`, `row`, `column`.
        case invalidCell
        /// A part unpacks to more than the reader accepts (a ZIP bomb or a runaway export).
        case partTooLarge
        /// Writer: more rows than Excel's 1,048,576 (`sheet`).
        case tooManyRows
        /// Writer: more columns than Excel's 16,384 (`sheet`).
        case tooManyColumns
        /// Writer: a text over Excel's 32,767-character cell limit (`sheet`, `row`, `column`).
        case cellTooLong
    }

    public let code: Code
    /// ZIP part name, e.g. "xl/worksheets/sheet1.xml".
    public var part: String?
    /// Line in the part's XML (malformedXML).
    public var line: Int?
    /// 1-based sheet row number, as Excel shows it.
    public var row: Int?
    /// 1-based column number (A = 1).
    public var column: Int?
    /// 0-based sheet index.
    public var sheet: Int?
    /// For oldOrEncryptedFormat: true when the file holds an "EncryptedPackage" stream.
    public var encrypted: Bool?

    public init(code: Code, part: String? = nil, line: Int? = nil, row: Int? = nil,
                column: Int? = nil, sheet: Int? = nil, encrypted: Bool? = nil) {
        self.code = code
        self.part = part
        self.line = line
        self.row = row
        self.column = column
        self.sheet = sheet
        self.encrypted = encrypted
    }
}
