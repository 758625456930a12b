import DoudiDomain
import DoudiSheets
import Foundation
import Vapor

/// The findings list, its exports, a finding's page and its decision. Thin: each handler
/// decodes, calls the page's query or `FindingDecisions`, and renders.
struct FindingController {
    func boot(routes: any RoutesBuilder) {
        routes.get("findings", use: list)
        routes.get("findings", "export.csv") { req in try await export(req, xlsx: false) }
        routes.get("findings", "export.xlsx") { req in try await export(req, xlsx: true) }
        routes.get("findings", ":key", use: show)
        routes.post("findings", ":key", "decide", use: decide)
    }

    @Sendable func list(req: Request) async throws -> Response {
        FindingList.render(try await FindingList.query(req, criteria: try req.query.decode(FindingCriteria.self)))
    }

    @Sendable func show(req: Request) async throws -> Response {
        FindingPage.render(try await FindingPage.query(req, id: try req.recordKey()))
    }

    struct DecisionForm: Content {
        var decision: String
        var reason: String
    }

    @Sendable func decide(req: Request) async throws -> Response {
        let id = try req.recordKey()
        let form = try req.content.decode(DecisionForm.self)
        let status = try await FindingDecisions.decide(id, decision: form.decision, reason: form.reason, by: try req.caller, on: req.db,
                                                       auditKey: req.application.auditKey, origin: "web")
        return FindingPage.render(try await FindingPage.query(req, id: id, message: L("finding.decided", ["status": status.label()])))
    }

    /// Every finding the filters select (up to `exportLimit`), one row each, explained in words.
    @Sendable func export(_ req: Request, xlsx: Bool) async throws -> Response {
        let caller = try req.caller
        var filter: FindingQuery.Filter
        switch try req.query.decode(FindingCriteria.self).filter(caller: caller) {
        case let .success(chosen): filter = chosen
        case let .failure(error): throw error
        }
        (filter.offset, filter.limit) = (0, Self.exportLimit)
        let items = try await FindingQuery(sql: req.sql).list(filter, caller: caller)
        let names = try await RegionStore(sql: req.sql).regions(Set(items.map(\.region)))
        let decoder = JSONDecoder()
        let header = ["code", "rule", "severity", "status", "region", "person", "explanation", "last_seen"].map { L("findings.export.column.\($0)") }
        let rows: [[String]] = items.map { item in
            let evidence = try? decoder.decode(FindingEvidence.self, from: Data(item.evidenceJSON.utf8))
            return [item.rule.code, item.rule.name(), L("findings.severity.\(item.rule.severity.rawValue)"), item.status.label(),
                    names[item.region]?.name ?? item.region, item.subjectName,
                    evidence.map { FindingExplanation.sentence(item.rule, $0) } ?? "", ShanghaiTime.second(item.lastSeenAt)]
        }
        let fileName = L("findings.export.file") + (xlsx ? ".xlsx" : ".csv")
        if xlsx {
            var writer = XLSXWriter()
            writer.addSheet(name: L("findings.title"), header: header, rows: rows.map { $0.map(SheetCell.text) })
            return Download.response(try writer.data(), fileName: fileName, xlsx: true)
        }
        var writer = CSVWriter()
        try writer.writeRow(header)
        for row in rows { try writer.writeRow(row) }
        return Download.response(try writer.finishData(), fileName: fileName, xlsx: false)
    }

    static let exportLimit = 100_000
}
