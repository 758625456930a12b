/// One sheet queued in an `XLSXWriter`.
struct XLSXSheetContent: Sendable {
    let name: String
    let header: [String]
    let rows: [[SheetCell]]
    let columnWidths: [Double]?
}
