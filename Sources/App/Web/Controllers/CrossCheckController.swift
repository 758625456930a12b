import DoudiDomain
import Foundation
import Vapor

/// The runs page: runs of the caller's area, a form to start one (for those who decide
/// findings), a started run's progress, and a stored run's summary.
struct CrossCheckController {
    func boot(routes: any RoutesBuilder) {
        routes.get("crosscheck", use: list)
        routes.post("crosscheck", use: start)
        routes.get("crosscheck", "jobs", ":key", use: job)
        routes.get("crosscheck", "jobs", ":key", "status", use: status)
        routes.get("crosscheck", "runs", ":key", use: run)
    }

    @Sendable func list(req: Request) async throws -> Response {
        CrossCheckRuns.render(try await CrossCheckRuns.query(req))
    }

    struct StartForm: Content {
        var region: String
        var rules: [String]?
    }

    @Sendable func start(req: Request) async throws -> Response {
        let caller = try req.caller
        guard caller.role.may(.runCrossCheck) else { throw UserFacingError(.forbidden, "crosscheck.error.role") }
        let form = try req.content.decode(StartForm.self)
        guard let region = RegionCode(form.region), caller.mayAccess(region) else {
            throw UserFacingError(.forbidden, "crosscheck.error.scope", ["region": form.region])
        }
        let rules = Set((form.rules ?? []).compactMap { AuditRule(code: $0) })
        guard !rules.isEmpty else { throw UserFacingError(.badRequest, "crosscheck.error.no_rules") }
        do {
            let id = try req.application.crossCheckBoard.start(.init(region: region, rules: rules, batchIDs: [], caller: caller, origin: "web"),
                                                               app: req.application)
            return req.redirect(to: "/crosscheck/jobs/\(UUIDText.string(id))", redirectType: .normal)
        } catch {
            return CrossCheckRuns.render(try await CrossCheckRuns.query(req, message: L("crosscheck.error.busy")), status: .tooManyRequests)
        }
    }

    @Sendable func job(req: Request) async throws -> Response {
        guard let job = req.application.crossCheckBoard.job(try req.recordKey(), of: try req.caller) else {
            throw UserFacingError(.notFound, "crosscheck.error.run_not_found")
        }
        if let runID = job.runID { return req.redirect(to: "/crosscheck/runs/\(UUIDText.string(runID))", redirectType: .normal) }
        return CrossCheckRunPage.render(try await CrossCheckRunPage.job(job, req))
    }

    struct Status: Content {
        var finished: Bool
        var text: String
        var total: Int
        var done: Int
    }

    @Sendable func status(req: Request) async throws -> Status {
        guard let job = req.application.crossCheckBoard.job(try req.recordKey(), of: try req.caller) else {
            throw UserFacingError(.notFound, "crosscheck.error.run_not_found")
        }
        return Status(finished: job.finished, text: CrossCheckRunPage.phaseText(job), total: 100, done: CrossCheckRunPage.percent(job))
    }

    @Sendable func run(req: Request) async throws -> Response {
        CrossCheckRunPage.render(try await CrossCheckRunPage.run(req, id: try req.recordKey()))
    }
}
