import DoudiDomain
import Vapor

extension CrossCheckRunPage {
    /// A stored run of the caller's area; another area's answers as not found.
    static func run(_ req: Request, id: UUID) async throws -> Model {
        let caller = try req.caller
        guard let run = try await CrossCheckRunStore(sql: req.sql).run(id, within: caller.scope) else {
            throw UserFacingError(.notFound, "crosscheck.error.run_not_found")
        }
        return Model(login: req.login!, state: .stored(run), regionName: try await name(req, run.region))
    }

    /// A job the caller started in this process (a stored run once it has ended: `run`).
    static func job(_ job: CrossCheckBoard.Job, _ req: Request) async throws -> Model {
        let state: State = job.failure.map { .failed(job, $0) } ?? .running(job)
        return Model(login: req.login!, state: state, regionName: try await name(req, job.region.value))
    }

    private static func name(_ req: Request, _ code: String) async throws -> String {
        try await RegionStore(sql: req.sql).regions([code])[code]?.name ?? code
    }
}
