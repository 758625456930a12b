import DoudiDomain
import SQLKit
import Vapor

/// `/health`: answers whether the process is up and the database reachable,
/// for load balancers and for `doudi demo`'s first-run check.
struct HealthController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("health", use: health)
    }

    struct HealthStatus: Content {
        var status: String
        var database: String
        var message: String
    }

    @Sendable
    func health(req: Request) async throws -> HealthStatus {
        let sql = req.db as! any SQLDatabase
        _ = try await sql.raw("SELECT 1 AS ok").first()
        return HealthStatus(status: "ok", database: sql.dialect.name, message: L("health.ok"))
    }
}
