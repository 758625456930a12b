import DoudiDomain
import Vapor

/// `/api/v1/policy?region=&date=`: the parameters in force, with their history.
enum APIPolicyController {
    @Sendable static func show(req: Request) async throws -> PolicyDTO {
        let model = try await PolicyPage.query(req, region: req.query[String.self, at: "region"], date: req.query[String.self, at: "date"])
        if let message = model.message { throw UserFacingError(.badRequest, "policy.api.bad_query", ["detail": message]) }
        func dto(_ entry: PolicyPage.Entry) -> PolicyValueDTO {
            PolicyValueDTO(value: entry.value, from: entry.from.iso, source: entry.source, setBy: entry.setBy)
        }
        return PolicyDTO(region: model.region.value, date: model.date.iso, parameters: model.rows.map { row in
            PolicyParameterDTO(key: row.key, label: row.label, current: row.current.map(dto), history: row.history.map(dto))
        })
    }
}

struct PolicyDTO: Content {
    let region: String
    let date: String
    let parameters: [PolicyParameterDTO]
}

struct PolicyParameterDTO: Content {
    let key: String
    let label: String
    let current: PolicyValueDTO?
    let history: [PolicyValueDTO]
}

struct PolicyValueDTO: Content {
    let value: String
    let from: String
    let source: String
    let setBy: String
}
