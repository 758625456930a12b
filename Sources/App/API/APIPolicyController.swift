import DoudiDomain
import Vapor

/// `/api/v1/policy?region=&date=[&urban_consumption=&rural_consumption=]`: the parameters in
/// force, with their history, and the standard-compliance check for each consumption given.
enum APIPolicyController {
    @Sendable static func show(req: Request) async throws -> PolicyDTO {
        let model = try await PolicyPage.query(req, .from(req))
        if let message = model.message { throw UserFacingError(.badRequest, "policy.api.bad_query", ["detail": message]) }
        func dto(_ entry: PolicyPage.Entry) -> PolicyValueDTO {
            PolicyValueDTO(value: entry.value, from: entry.from.iso, source: entry.source, setBy: entry.setBy)
        }
        return PolicyDTO(region: model.region.value, date: model.date.iso, parameters: model.rows.map { row in
            PolicyParameterDTO(key: row.key, label: row.label, current: row.current.map(dto), history: row.history.map(dto))
        }, compliance: model.compliance.map { row in
            PolicyComplianceDTO(area: row.area.rawValue, consumption: row.consumption.yuanText, standard: row.standard.yuanText,
                                low: row.low.yuanText, high: row.high.yuanText, verdict: row.verdict.rawValue)
        })
    }
}

struct PolicyDTO: Content {
    let region: String
    let date: String
    let parameters: [PolicyParameterDTO]
    let compliance: [PolicyComplianceDTO]
}

/// The standard against the band of last year's per-capita consumption (`below`, `within`, `above`).
struct PolicyComplianceDTO: Content {
    let area: String
    let consumption: String
    let standard: String
    let low: String
    let high: String
    let verdict: String
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
