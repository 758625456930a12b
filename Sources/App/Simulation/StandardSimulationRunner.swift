import DoudiDomain
import FluentKit
import Foundation
import SQLKit
import Vapor

/// Runs a standard simulation for a caller: parses the request the way the CLI and the page
/// both take it, reads the region's households through the scoped registry (so a township
/// user's simulation covers their township only), and names the townships for the table.
struct StandardSimulationRunner {
    let database: any Database
    let auditKey: SymmetricKey
    let book: PolicyBook
    let origin: String

    struct Output: Sendable {
        let result: SimulationResult
        /// Region names by code, for the townships in the result and the changed region.
        let names: [String: String]
        /// Households whose means were never checked (no income, asset or enrollment record),
        /// left out: the rules would read their missing income as none.
        let neverChecked: Int
    }

    /// The change a request asks for, or a user-facing error naming the field.
    static func change(region regionText: String, urban urbanText: String?, rural ruralText: String?, from dateText: String) throws -> StandardChange {
        let trimmed = regionText.trimmed
        guard let region = RegionCode(prefix: trimmed) else {
            throw UserFacingError(.badRequest, "simulation.error.region", ["value": trimmed])
        }
        func amount(_ text: String?, field: String) throws -> Money? {
            guard let text = text?.trimmed, !text.isEmpty else { return nil }
            guard let money = Money(yuanText: text), money > .zero, money <= StandardChange.ceiling else {
                throw UserFacingError(.badRequest, "simulation.error.amount", ["field": L("simulation.field.\(field)"), "value": text,
                                                                               "ceiling": StandardChange.ceiling.yuanText])
            }
            return money
        }
        let urban = try amount(urbanText, field: "urban"), rural = try amount(ruralText, field: "rural")
        guard let date = CivilDate(iso: dateText.trimmed) else {
            throw UserFacingError(.badRequest, "simulation.error.date", ["value": dateText.trimmed])
        }
        guard let change = StandardChange(region: region, urban: urban, rural: rural, from: date) else {
            throw UserFacingError(.badRequest, "simulation.error.no_standard")
        }
        return change
    }

    func run(_ change: StandardChange, as caller: Caller) async throws -> Output {
        guard let narrowest = caller.visiblePart(of: change.region) else {
            throw UserFacingError(.forbidden, "simulation.error.scope", ["region": change.region.value])
        }
        let registry = Registry(database: database, caller: caller, auditKey: auditKey, origin: origin)
        let loaded = try await registry.registeredHouseholds(in: narrowest, on: change.from)
        let result: SimulationResult
        do {
            let notAssessed = Dictionary(grouping: loaded.unassessed.filter { $0.reason != "never_checked" }, by: \.township).mapValues(\.count)
            result = try StandardSimulation.run(loaded.households, notAssessed: notAssessed, book: book, change: change)
        } catch {
            throw UserFacingError(.unprocessableEntity, "simulation.error.policy", ["detail": error.description])
        }
        let codes = result.townships.map(\.township.value) + [change.region.value]
        let regions = try await RegionStore(sql: database as! any SQLDatabase).regions(codes)
        return Output(result: result, names: regions.mapValues(\.name), neverChecked: loaded.unassessed.filter { $0.reason == "never_checked" }.count)
    }
}
