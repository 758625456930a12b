import Foundation
import SQLKit

/// A stored row that a registry import inserts, or updates in place when a row with
/// the same natural key exists (so re-importing a file is idempotent).
protocol ImportedRecord: TableRow, Equatable, Encodable {
    associatedtype LookupValue: Encodable & Sendable & Hashable

    /// The entity name written to `change_log`.
    static var entity: String { get }
    /// Whether the table has an `updated_at` column to stamp on insert and update.
    static var stampsUpdatedAt: Bool { get }
    /// The indexed column holding the natural key's leading part: stored candidates
    /// are fetched by it, then matched on the full `naturalKey`.
    static var lookupColumn: String { get }
    /// The reason when the natural key is already held by a record of another area.
    static var elsewhereReason: String { get }

    var id: UUID { get set }
    var regionCode: String { get }
    var lookupValue: LookupValue { get }
    var naturalKey: [String] { get }
    /// The values of `columns`, in order.
    var values: [any Encodable & Sendable] { get }
    /// The before-image kept in history.
    var beforeImage: String { get }

    /// Stored records that may share a natural key with `records`.
    static func stored(matching records: [Self], sql: any SQLDatabase) async throws -> [Self]

    /// The record to store in place of `stored`, given what the file says (`self`).
    /// Kinds override it to keep stored facts the caller cannot see.
    func reconciled(with stored: Self) -> Self
}

extension ImportedRecord {
    func reconciled(with stored: Self) -> Self { self }
}

extension ImportedRecord {
    static var stampsUpdatedAt: Bool { false }
    static var elsewhereReason: String { "import.error.registered_elsewhere" }
    var beforeImage: String { ChangeLog.json(self) }

    /// Stored records that may share a natural key with `records`.
    static func stored(matching records: [Self], sql: any SQLDatabase) async throws -> [Self] {
        try await rows(where: lookupColumn, in: Array(Set(records.map(\.lookupValue))), sql: sql)
    }
}
