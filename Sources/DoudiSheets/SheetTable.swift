import Foundation

/// A whole sheet: a header row and the data rows under it.
///
/// Invariants (built by `init(headerCells:rows:)`, which both readers use):
/// - header names are trimmed (spaces, full-width spaces, line breaks from Alt+Enter);
/// - the width is the last column holding a value anywhere (header or data), so data
///   in a column without a header name is kept, under the name "";
/// - every row has exactly `header.count` cells;
/// - fully empty trailing rows are dropped; empty rows in the middle are kept,
///   because the app reports row numbers and may want to tell the user about them.
public struct SheetTable: Sendable, Hashable {
    public var header: [String]
    public var rows: [SheetRow]

    public init(header: [String], rows: [SheetRow]) {
        self.header = header
        self.rows = rows
    }

    /// Normalises raw rows read from a file into the invariants above.
    init(headerCells: [SheetCell], rows rawRows: [SheetRow]) {
        var lastNonEmpty = rawRows.count - 1
        while lastNonEmpty >= 0, rawRows[lastNonEmpty].isEmpty { lastNonEmpty -= 1 }
        let kept = rawRows.prefix(lastNonEmpty + 1)

        func usedWidth(_ cells: [SheetCell]) -> Int {
            var width = cells.count
            while width > 0, cells[width - 1].isEmpty { width -= 1 }
            return width
        }
        let width = kept.reduce(usedWidth(headerCells)) { max($0, usedWidth($1.cells)) }

        func fit(_ cells: [SheetCell]) -> [SheetCell] {
            if cells.count == width { return cells }
            if cells.count > width { return Array(cells.prefix(width)) }
            return cells + Array(repeating: .empty, count: width - cells.count)
        }
        self.header = fit(headerCells).map { $0.textValue.trimmingCharacters(in: .whitespacesAndNewlines) }
        self.rows = kept.map { SheetRow(line: $0.line, cells: fit($0.cells)) }
    }

    /// The index of the first column whose (trimmed) header is `name`.
    public func columnIndex(named name: String) -> Int? {
        header.firstIndex(of: name)
    }
}
