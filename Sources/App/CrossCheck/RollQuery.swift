import DoudiDomain
import DoudiMatch
import FluentSQLiteDriver
import Foundation
import SQLiteNIO
import SQLKit

/// The one set-based query that loads a region's roll for the cross-check: every member
/// of every enrollment in the region, with the person's recorded identity, the
/// enrollment's program, status and categories, its last paid month, and whether the
/// household is urban (the standard the 错保 rules hold its income to). Identity
/// problems are worked out here, once per row, by the domain's `IdentityConsistency`, from
/// the verdict the registry recorded when the number was imported (a legacy roll's flagged
/// numbers stay flagged; nothing is validated twice).
struct RollQuery {
    let sql: any SQLDatabase

    /// With `snapshot` (only for a region holding the whole registry), the rows come from the
    /// roll's snapshot while it is current, and a new one is written from the query's rows
    /// when it is not; the result's `source` says which.
    func load(within scope: RegionCode, on date: CivilDate, elderlyAge: Int, adultAge: Int,
              snapshot: RegistrySnapshots? = nil) async throws -> RollSnapshot {
        var writer: RollRowsSnapshot.Writer?
        if let snapshot {
            let file = RollRowsSnapshot(url: snapshot.roll)
            if file.isCurrent(at: snapshot.generation(.roll)) {
                let builder = RollBuilder(date: date, elderlyAge: elderlyAge, adultAge: adultAge)
                do {
                    try await Self.piped(RowPipe<RollRow>(), into: builder, values: { $0 }) { pipe in
                        try await BlockingWork.run { try file.read(at: snapshot.generation(.roll)) { pipe.send($0) } }
                    }
                    var roll = try builder.finish()
                    roll.source = .snapshot
                    return roll
                } catch {
                    // Read past (damaged, or unreadable): the query below gives the rows, and a sound file replaces it.
                    Self.logger.warning("roll snapshot not read: \(String(describing: error))")
                }
            }
            do {
                writer = try RollRowsSnapshot.Writer(url: snapshot.roll, generation: snapshot.generation(.roll), temporaryDirectory: snapshot.incoming)
            } catch {
                Self.logger.warning("roll snapshot not written: \(String(describing: error))")
            }
        }
        do {
            var roll = try await query(within: scope, on: date, elderlyAge: elderlyAge, adultAge: adultAge, writer: writer)
            if let writer, let snapshot {
                do {
                    guard await snapshot.isCurrent(.roll, sql) else { throw CancellationError() }
                    try writer.commit()
                    roll.source = .databaseWroteSnapshot
                } catch is CancellationError {
                    writer.abandon()
                    Self.logger.notice("roll snapshot not placed: the registry was written during the read")
                } catch {
                    writer.abandon()
                    Self.logger.warning("roll snapshot not written: \(String(describing: error))")
                }
            }
            return roll
        } catch {
            writer?.abandon()
            throw error
        }
    }

    private static let logger = Logger(label: "doudi.snapshot")

    /// The query itself; each row also goes to `writer`, when there is one.
    private func query(within scope: RegionCode, on date: CivilDate, elderlyAge: Int, adultAge: Int,
                       writer: RollRowsSnapshot.Writer?) async throws -> RollSnapshot {
        let bounds = scope.scopeBounds
        let builder = RollBuilder(date: date, elderlyAge: elderlyAge, adultAge: adultAge)
        // The last paid month comes from one grouped pass over the area's payments, not a
        // lookup per enrollment. The order makes the snapshot the same on every load.
        let query: SQLQueryString = """
            SELECT p.id AS person_id, p.id_number, p.id_status, p.id_key, p.sex, p.birth_date,
                   e.id AS enrollment_id, e.program, e.status, e.region_code, e.categories, e.coverage, paid.last_paid,
                   h.area_kind
            FROM enrollment_members m
            JOIN enrollments e ON e.id = m.enrollment_id
            JOIN persons p ON p.id = m.person_id
            JOIN households h ON h.id = e.household_id
            LEFT JOIN (SELECT enrollment_id, MAX(month) AS last_paid FROM payments
                       WHERE status = 'paid' AND region_code >= \(bind: bounds.lower) AND region_code <= \(bind: bounds.upper)
                       GROUP BY enrollment_id) paid ON paid.enrollment_id = e.id
            WHERE e.region_code >= \(bind: bounds.lower) AND e.region_code <= \(bind: bounds.upper)
            ORDER BY e.region_code, e.id, p.id
            """
        if let sqlite = sql as? any SQLiteDatabase {
            // On the connection itself, rows come as SQLite steps through them (the pool's
            // row callback queues every row on the event loop first: a province's roll held
            // twice over); the builder takes them on another core.
            var serializer = SQLSerializer(database: sql)
            query.serialize(to: &serializer)
            let text = serializer.sql, encoder = SQLiteDataEncoder()
            let binds = try serializer.binds.map { try BulkInsert.sqliteData($0, encoder: encoder) }
            try await Self.piped(RowPipe<SQLiteRow>(), into: builder, values: { row in try writer.kept(RollRow(sqlite: row)) }) { pipe in
                try await sqlite.withConnection { connection in
                    try await connection.query(text, binds) { row in pipe.send(row) }
                }
            }
        } else {
            try await Self.piped(RowPipe<any SQLRow>(maxQueued: nil), into: builder, values: { try writer.kept(RollRow($0)) }) { pipe in
                try await sql.raw(query).run { row in pipe.send(row) }
            }
        }
        return try builder.finish()
    }
}

extension Optional where Wrapped == RollRowsSnapshot.Writer {
    /// The row, also written to the snapshot being made, if one is.
    func kept(_ row: RollRow) -> RollRow {
        self?.append(row)
        return row
    }
}

extension RollQuery {
    /// Runs `read`, which sends every row into `pipe`, while another core builds from them;
    /// a failed read still closes the pipe, so the builder's side always ends.
    fileprivate static func piped<Row: Sendable>(_ pipe: RowPipe<Row>, into builder: RollBuilder,
                                                 values: @escaping @Sendable (Row) throws -> RollRow,
                                                 read: (RowPipe<Row>) async throws -> Void) async throws {
        async let built: Void = BlockingWork.run { pipe.receive { row in builder.add { try values(row) } } }
        var failure: (any Error)?
        do { try await read(pipe) } catch { failure = error }
        pipe.close()
        try await built
        if let failure { throw failure }
    }
}
