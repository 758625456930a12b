import DoudiDomain
import Vapor

extension ImportJobPage {
    /// The job from the board while it runs, else from the store; only its uploader
    /// finds it (anyone else gets the same 404 as for a job that never existed).
    static func query(_ req: Request, id: UUID) async throws -> Model {
        let caller = try req.caller
        if let running = req.application.importJobs.job(id, of: caller) {
            return Model(login: req.login!, state: .running(running))
        }
        let store = req.importJobStore
        guard let job = try await store.job(id: id, of: caller), let issues = try await store.issues(ofJob: id, caller: caller) else {
            throw UserFacingError(.notFound, "import.job.not_found")
        }
        return Model(login: req.login!, state: .finished(job, preview: Array(issues.prefix(previewLimit)),
                                                          issueCount: job.errorCount + job.warningCount))
    }
}
