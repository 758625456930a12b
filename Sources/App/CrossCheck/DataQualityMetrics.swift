import DoudiDomain
import Foundation
import SQLKit

/// 信息入库准确率 and 校验通过率 (defined in docs/metrics.md), per township of a region in
/// the caller's area. The set-based queries are all here.
struct DataQualityMetrics {
    /// The rules whose findings say a record is wrong or incomplete (not that the case is).
    static let dataRules = ["ID-ERR", "DQ-FIELDS", "DQ-ACCOUNT", "DQ-REGION"]

    struct Accuracy: Sendable {
        let township: String
        /// Distinct persons covered by an enrollment in force (active or phasing out).
        let covered: Int
        /// Of them, subjects of a data finding the latest run saw and nobody found false.
        let withProblems: Int

        var rate: Double? { covered == 0 ? nil : Double(covered - min(withProblems, covered)) / Double(covered) }
    }

    struct PassRate: Sendable {
        /// Rows submitted for loading: registry files (committed or refused) and department batches.
        var submitted: Int64 = 0
        /// Of them, rows that passed validation as they were: registry rows without a flagged
        /// ID number in committed loads; valid department rows.
        var passed: Int64 = 0

        var rate: Double? { submitted == 0 ? nil : Double(passed) / Double(submitted) }
    }

    let sql: any SQLDatabase

    /// Per township; `run` is the latest cross-check over the region (or one enclosing it), nil if none.
    func accuracy(in region: RegionCode, caller: Caller) async throws -> (run: UUID?, rows: [Accuracy]) {
        guard let region = caller.visiblePart(of: region) else { return (nil, []) }
        let township = TownshipColumn.of
        let covered = try await sql.select().column(SQLAlias(township("m"), as: SQLIdentifier("township")))
            .column(SQLAlias(SQLFunction("COUNT", args: SQLDistinct(SQLColumn("person_id", table: "m"))), as: SQLIdentifier("n")))
            .from(SQLAlias(SQLIdentifier("enrollment_members"), as: SQLIdentifier("m")))
            .join(SQLAlias(SQLIdentifier("enrollments"), as: SQLIdentifier("e")), on: SQLColumn("enrollment_id", table: "m"), .equal, SQLColumn("id", table: "e"))
            .where(SQLColumn("status", table: "e"), .in, SQLBind.group([EnrollmentStatus.active.rawValue, EnrollmentStatus.phasingOut.rawValue]))
            .where(SQLColumn("ended_on", table: "e"), .is, SQLLiteral.null)
            .within(region, table: "m").groupBy(township("m")).all()
            .map { (try $0.decode(column: "township", as: String.self) + "000", try $0.decode(column: "n", as: Int.self)) }
        let run = try await latestRun(covering: region)
        var problems: [String: Int] = [:]
        if let run {
            for row in try await sql.select().column(SQLAlias(township("f"), as: SQLIdentifier("township")))
                .column(SQLAlias(SQLFunction("COUNT", args: SQLDistinct(SQLColumn("person_id", table: "f"))), as: SQLIdentifier("n")))
                .from(SQLAlias(SQLIdentifier("findings"), as: SQLIdentifier("f")))
                .where(SQLColumn("last_run_id", table: "f"), .equal, SQLBind(run))
                .where(SQLColumn("rule", table: "f"), .in, SQLBind.group(Self.dataRules))
                .where(SQLColumn("status", table: "f"), .notEqual, SQLBind(FindingStatus.falsePositive.rawValue))
                .within(region, table: "f").groupBy(township("f")).all() {
                problems[try row.decode(column: "township", as: String.self) + "000"] = try row.decode(column: "n", as: Int.self)
            }
        }
        return (run, covered.sorted { $0.0 < $1.0 }.map { Accuracy(township: $0.0, covered: $0.1, withProblems: problems[$0.0] ?? 0) })
    }

    /// Over every load imported for the region, within it, or for an area enclosing it (a
    /// load's rows are not attributed to regions, so a wider load counts in full).
    func passRate(in region: RegionCode, caller: Caller) async throws -> (registry: PassRate, departments: PassRate) {
        guard let region = caller.visiblePart(of: region) else { return (PassRate(), PassRate()) }
        let bounds = region.scopeBounds, enclosing = region.ancestors.map(\.value)
        func sum(_ table: String, _ expression: String, where condition: String = "1 = 1") async throws -> Int64 {
            try await sql.select().column(SQLAlias(SQLFunction("COALESCE", args: SQLFunction("SUM", args: SQLRaw(expression)), SQLLiteral.numeric("0")),
                                                   as: SQLIdentifier("n")))
                .from(table).where(SQLRaw(condition))
                .where { group in
                    group.where { range in
                        range.where("region_code", .greaterThanOrEqual, SQLBind(bounds.lower)).where("region_code", .lessThanOrEqual, SQLBind(bounds.upper))
                    }.orWhere("region_code", .in, SQLBind.group(enclosing))
                }
                .first()?.decode(column: "n", as: Int64.self) ?? 0
        }
        var registry = PassRate(), departments = PassRate()
        registry.submitted = try await sum("import_batches", "rows_total")
            + sum("import_jobs", "rows_total", where: "status <> 'succeeded'")
        registry.passed = try await sum("import_batches", "rows_total - ids_flagged")
        departments.submitted = try await sum("reference_batches", "rows_total")
        departments.passed = try await sum("reference_batches", "rows_valid")
        return (registry, departments)
    }

    /// The newest run over the region or a region enclosing it.
    private func latestRun(covering region: RegionCode) async throws -> UUID? {
        let codes = [region.value] + region.ancestors.map(\.value)
        return try await sql.select().column("id").from("crosscheck_runs").where("region_code", .in, SQLBind.group(codes))
            .orderBy("started_at", .descending).limit(1).first()?.decode(column: "id", as: UUID.self)
    }
}
