import DoudiDomain
import Vapor

extension ImportPage {
    static func query(_ req: Request, message: String? = nil, selectedKind: ImportKind? = nil) async throws -> Model {
        let caller = try req.caller
        let batches = try await ImportBatchStore(sql: req.sql).batches(within: caller.scope, limit: 20)
        let names = try await UserStore(sql: req.sql).usernames(Set(batches.map(\.importedBy)))
        return Model(login: req.login!, uploadLimitBytes: req.application.importSettings.uploadLimitBytes,
                     running: req.application.importJobs.jobs(of: caller),
                     finished: try await req.importJobStore.jobs(of: caller),
                     areaBatches: batches.map { Model.AreaBatch(batch: $0, importedBy: names[$0.importedBy] ?? "—") },
                     message: message, selectedKind: selectedKind)
    }
}
