import DoudiDomain
import Foundation
import SQLKit

/// The 低保 coverage of every village in an area on one day, for the 分配低保指标 check
/// (`QuotaAllocation`): the persons covered by 低保 enrollments in force (在保 or 渐退) over
/// the village's 户籍人口 from the region master data. One grouped pass over the area's
/// enrollments; villages without a population, or not in force that day, are left out.
struct VillageCoverageQuery {
    let sql: any SQLDatabase

    func villages(within scope: RegionCode, on date: CivilDate) async throws -> [QuotaAllocation.Village] {
        let bounds = scope.scopeBounds
        let inForce = [EnrollmentStatus.active, .phasingOut].map(\.rawValue)
        let query: SQLQueryString = """
            SELECT r.code, r.population, COALESCE(c.covered, 0) AS covered
            FROM regions r
            LEFT JOIN (SELECT e.region_code, COUNT(DISTINCT m.person_id) AS covered
                       FROM enrollment_members m JOIN enrollments e ON e.id = m.enrollment_id
                       WHERE e.program = \(bind: Program.dibao.rawValue) AND e.status IN (\(bind: inForce[0]), \(bind: inForce[1]))
                         AND e.region_code >= \(bind: bounds.lower) AND e.region_code <= \(bind: bounds.upper)
                       GROUP BY e.region_code) c ON c.region_code = r.code
            WHERE r.level = \(bind: RegionLevel.village.rawValue) AND r.population IS NOT NULL
              AND r.code >= \(bind: bounds.lower) AND r.code <= \(bind: bounds.upper)
              AND (r.valid_from IS NULL OR r.valid_from <= \(bind: date.iso)) AND (r.valid_to IS NULL OR r.valid_to >= \(bind: date.iso))
            ORDER BY r.code
            """
        return try await sql.raw(query).all().map { row in
            let code = try row.decode(column: "code", as: String.self)
            guard let region = RegionCode(code) else { throw DataIntegrityError(message: "regions row has a malformed code") }
            return QuotaAllocation.Village(code: region, registered: try row.decode(column: "population", as: Int.self),
                                           covered: try row.decode(column: "covered", as: Int.self))
        }
    }
}
