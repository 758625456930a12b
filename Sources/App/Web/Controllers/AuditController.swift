import DoudiDomain
import SQLKit
import Vapor

/// The audit-log search page and the on-demand chain check, for the roles that may
/// search the log (纪检监察员, 系统管理员; see `Role.may`).
struct AuditController {
    func boot(routes: any RoutesBuilder) {
        routes.get("audit", use: search)
        routes.post("audit", "verify", use: verify)
    }

    @Sendable func search(req: Request) async throws -> Response {
        AuditSearch.render(try await AuditSearch.query(req, criteria: try req.query.decode(AuditCriteria.self)))
    }

    /// Verifies the whole chain with the key kept outside the database. Findings name
    /// sequence numbers only, so showing them reveals nothing of other areas' entries.
    @Sendable func verify(req: Request) async throws -> Response {
        let result = try await AuditLog(sql: req.sql, key: req.application.auditKey).verify()
        return AuditSearch.render(try await AuditSearch.query(req, criteria: AuditCriteria(),
                                                              verification: .init(entries: result.entries, findings: result.findings)))
    }
}
