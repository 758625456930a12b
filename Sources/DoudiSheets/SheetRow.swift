/// One data row of a `SheetTable`.
public struct SheetRow: Sendable, Hashable {
    /// The 1-based row number as the user sees it in Excel; the header is row 1.
    /// For XLSX this is the sheet's real row number (rows may skip numbers);
    /// for CSV it is the record index + 1 (see `CSVReader`).
    public let line: Int
    /// Aligned with `SheetTable.header`: always exactly `header.count` cells,
    /// padded with `.empty`.
    public var cells: [SheetCell]

    public init(line: Int, cells: [SheetCell]) {
        self.line = line
        self.cells = cells
    }

    public var isEmpty: Bool { cells.allSatisfy(\.isEmpty) }

    /// The cell at `index`, or `.empty` past the end, so callers need no bounds checks.
    public subscript(index: Int) -> SheetCell {
        index >= 0 && index < cells.count ? cells[index] : .empty
    }
}
