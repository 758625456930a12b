import DoudiDomain
import Foundation
import SQLKit

/// Who handled each of some enrollments: the staff who accepted, investigated and approved
/// the case, by their ID key (the packed ID number the reference columns hold too), so a
/// 近亲属 filing can be told whether its staff member handled the relative's case.
///
/// Source: 民发〔2021〕57号: staff and their close relatives' cases are filed and checked
/// (policy reference §1.6); the 2014 人情保 campaign.
struct EnrollmentStaff {
    let sql: any SQLDatabase

    static let steps = [("accepted", "accepted_by"), ("investigated", "investigated_by"), ("approved", "approved_by")]

    func handling(of enrollments: [UUID]) async throws -> [UUID: [(step: String, key: UInt64)]] {
        let rows = try await chunkedLookup(Array(Set(enrollments))) { chunk in
            var select = sql.select().column(SQLColumn("id", table: "e"))
            for (step, _) in Self.steps { select = select.column(SQLAlias(SQLColumn("id_key", table: step), as: SQLIdentifier(step))) }
            select = select.from(SQLAlias(SQLIdentifier("enrollments"), as: SQLIdentifier("e")))
            for (step, column) in Self.steps {
                select = select.join(SQLAlias(SQLIdentifier("staff"), as: SQLIdentifier(step)), method: SQLJoinMethod.left,
                                     on: SQLColumn(column, table: "e"), .equal, SQLColumn("id", table: step))
            }
            return try await select.where(SQLColumn("id", table: "e"), .in, SQLBind.group(chunk)).all().map { row in
                (try row.decode(column: "id", as: UUID.self), try Self.steps.compactMap { step, _ in
                    try row.decode(column: step, as: Int64?.self).map { (step: step, key: UInt64(bitPattern: $0)) }
                })
            }
        }
        return Dictionary(rows, uniquingKeysWith: { first, _ in first })
    }
}
