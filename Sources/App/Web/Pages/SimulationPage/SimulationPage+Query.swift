import DoudiDomain
import Vapor

extension SimulationPage {
    static func query(_ req: Request, _ input: Input) async throws -> Model {
        let caller = try req.caller
        let book = req.application.policyBook
        var message: String?
        var region = caller.scope
        if let text = input.region?.trimmed.nonEmpty {
            if let code = RegionCode(prefix: text) { region = code } else { message = L("simulation.error.region", ["value": text]) }
        }
        var from = CivilDate.today()
        if let text = input.from?.trimmed.nonEmpty {
            if let date = CivilDate(iso: text) { from = date } else { message = L("simulation.error.date", ["value": text]) }
        }
        var output: StandardSimulationRunner.Output?
        if input.asked, message == nil {
            do {
                let change = try StandardSimulationRunner.change(region: region.value, urban: input.urban, rural: input.rural, from: from.iso)
                output = try await StandardSimulationRunner(database: req.db, auditKey: req.application.auditKey, book: book,
                                                            origin: "web:\(req.remoteAddress?.ipAddress ?? "")").run(change, as: caller)
            } catch let error as UserFacingError {
                message = error.reason
            }
        }
        func standard(_ key: String) -> Money? {
            guard case let .money(value)? = book.value(key, region: region, on: from)?.dated.value else { return nil }
            return value
        }
        let name = try await RegionStore(sql: req.sql).region(region)?.name ?? region.value
        return Model(login: req.login!, input: input, region: region, regionName: name, from: from,
                     currentUrban: standard("dibao.standard.urban"), currentRural: standard("dibao.standard.rural"),
                     output: output, message: message)
    }
}
