@testable import App
import DoudiDomain
import Foundation
import Testing
import Vapor

/// The standard simulation page: the form, the township table and chart, and the households
/// that change, over the signed-in user's area only.
@Suite("Simulation page")
struct SimulationPageTests {
    @Test("a township supervisor simulates a raise: table, chart and their own households only, no ID numbers")
    func page() async throws {
        try await withTestApp { app in
            let world = try await WebWorld.make(app)
            // The own household's income was checked; the foreign one's never was.
            try await seedRecords(IncomeImporter(database: app.db, auditKey: app.auditKey), RecordCSV(IncomeImportTests.header, [
                "\(WebWorld.ownID),工资性收入,务工收入,6000,2026-01,2026-12,核对",
            ]), as: world.users.county)
            var browser = WebClient(app: app)
            try await browser.login(try #require(world.townshipUser[.supervisor]))
            let empty = try await browser.get("/simulation")
            #expect(empty.status == .ok && empty.text.contains(L("simulation.page.intro")) && !empty.text.contains("<svg"))
            let page = try await browser.get("/simulation?region=370321&urban=1000&rural=880&from=2026-07-01")
            #expect(page.status == .ok)
            #expect(page.text.contains(L("simulation.column.difference")) && page.text.contains("<svg"))
            #expect(page.text.contains("/households/\(world.ownHousehold.id.uuidString)"))
            #expect(!page.text.contains(world.foreignHousehold.householdNo) && !page.text.contains(WebWorld.ownID))
            #expect(page.text.contains("924.00") && page.text.contains("1000.00"))
            let bad = try await browser.get("/simulation?region=370321&urban=abc&from=2026-07-01")
            #expect(bad.status == .ok && bad.text.contains(L("simulation.field.urban")) && bad.text.contains("abc"))
        }
    }
}
