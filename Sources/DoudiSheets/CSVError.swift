/// A CSV file the importer cannot read. The app maps `code` to a message.
public struct CSVError: Error, Sendable, Hashable {
    public enum Code: String, Sendable {
        /// The bytes are neither UTF-8 nor (recognisably) GB18030/GBK; see `CSVSourceEncoding`.
        case notUTF8
        /// A quoted field is never closed, so the rest of the file would become one cell.
        case unterminatedQuote
    }

    public let code: Code
    /// The record's line as `SheetRow.line` counts it (record index + 1; header = 1).
    public let line: Int
    /// Offset in the file as given (including any BOM) of the offending byte or opening quote.
    public let byteOffset: Int

    public init(code: Code, line: Int, byteOffset: Int) {
        self.code = code
        self.line = line
        self.byteOffset = byteOffset
    }
}
