import Foundation

/// A streaming RFC 4180 reader for registry imports.
///
/// - Quotes, doubled quotes, delimiters and line breaks inside quotes; CRLF, LF or a
///   lone CR end a record. Like Excel, a quote in the middle of an unquoted field and
///   text after a closing quote are kept literally.
/// - UTF-8 with or without BOM, UTF-16 with BOM, and GBK/GB18030 (see `CSVSourceEncoding`).
/// - Line numbers: a record's `line` is its record index + 1 (the header is line 1).
///   That is the row number Excel shows after opening the CSV, even when a quoted cell
///   spans several physical lines, so error reports point at the row the user sees.
///
/// Rows are parsed straight from the bytes; the only allocations per row are the
/// cell Strings (short ones are stored inline by Swift, so most cost none).
public struct CSVReader: Sendable {
    /// The file's text as UTF-8 without BOM.
    private let utf8: Data
    private let delimiter: UInt8
    public let sourceEncoding: CSVSourceEncoding

    /// - Parameter delimiter: an ASCII character other than a quote or a line break,
    ///   e.g. "\t" for Excel's "Unicode text".
    public init(data: Data, delimiter: Unicode.Scalar = ",") throws {
        precondition(delimiter.isASCII && !["\"", "\r", "\n"].contains(delimiter),
                     "CSV delimiter must be ASCII and not a quote or line break")
        self.delimiter = UInt8(delimiter.value)
        let decoded = try CSVTextDecoder(data: data, delimiter: self.delimiter)
        self.utf8 = decoded.utf8
        self.sourceEncoding = decoded.encoding
    }

    /// Maps the file instead of reading it, so a 250 MB import does not need a second copy.
    public init(url: URL, delimiter: Unicode.Scalar = ",") throws {
        try self.init(data: Data(contentsOf: url, options: .alwaysMapped), delimiter: delimiter)
    }

    /// Calls `body` once per record, header included, in file order.
    ///
    /// The `fields` array's storage is reused for the next record when `body` does not
    /// keep it; keeping it is safe (copy-on-write) but costs an allocation per record.
    /// Throws `CSVError.unterminatedQuote` (so this is `throws`, not `rethrows`),
    /// or whatever `body` throws.
    public func forEachRow(_ body: (_ fields: [String], _ line: Int) throws -> Void) throws {
        try utf8.withUnsafeBytes { raw in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
            var parser = CSVRecordParser(base: base, end: raw.count, delimiter: delimiter)
            var fields: [String] = []
            fields.reserveCapacity(32)
            var line = 1
            while parser.hasMore {
                fields.removeAll(keepingCapacity: true)
                try parser.parseRecord(into: &fields, line: line, bomLength: bomLength)
                try body(fields, line)
                line += 1
            }
        }
    }

    /// Reads a whole (small) file into a table: the first record is the header.
    public static func table(data: Data, delimiter: Unicode.Scalar = ",") throws -> SheetTable {
        try CSVReader(data: data, delimiter: delimiter).table()
    }

    public static func table(url: URL, delimiter: Unicode.Scalar = ",") throws -> SheetTable {
        try CSVReader(url: url, delimiter: delimiter).table()
    }

    public func table() throws -> SheetTable {
        var header: [SheetCell] = []
        var rows: [SheetRow] = []
        try forEachRow { fields, line in
            let cells = fields.map(SheetCell.textOrEmpty)
            if line == 1 {
                header = cells
            } else {
                rows.append(SheetRow(line: line, cells: cells))
            }
        }
        return SheetTable(headerCells: header, rows: rows)
    }

    /// Error offsets are reported in the file as given, so they count the UTF-8 BOM.
    private var bomLength: Int { sourceEncoding == .utf8WithBOM ? 3 : 0 }
}
