import DoudiDomain

/// One validated row of a registry record file (docs/import-templates.md §2–§9).
protocol RecordFileRow: Sendable {
    /// The template's columns.
    static var columns: [ImportColumn] { get }
    /// The column a repeated natural key is reported on.
    static var keyColumn: String { get }

    /// Parses a row; nil when any required value is unusable (the reader holds the issues).
    static func parse(_ reader: inout RowReader, today: CivilDate) -> Self?

    /// The natural key as the file spells it (ID numbers, not database ids), its first
    /// part being the `keyColumn` value: two rows with one key describe one record.
    var fileKey: [String] { get }
}
