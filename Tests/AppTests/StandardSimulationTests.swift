@testable import App
import DoudiDomain
import DoudiSynthetic
import Foundation
import Testing
import Vapor

/// `doudi simulate` and its page: raising 桓台's standard, with the totals computed by hand
/// on a small registry, and on the demo county household by household through another path.
@Suite("Standard simulation")
struct StandardSimulationTests {
    static let from = CivilDate(year: 2026, month: 7, day: 1)!

    func simulate(_ app: Application, as caller: Caller, urban: String? = "1000", rural: String? = "880",
                  from: CivilDate = Self.from) async throws -> StandardSimulationRunner.Output {
        let change = try StandardSimulationRunner.change(region: "370321", urban: urban, rural: rural, from: from.iso)
        return try await StandardSimulationRunner(database: app.db, auditKey: app.auditKey, book: app.policyBook, origin: "test")
            .run(change, as: caller)
    }

    @Test("raising 桓台 from 924/801 to 1000/880 yuan: township totals as computed by hand")
    func handComputed() async throws {
        try await withTestApp { app in
            let users = try await seedWithIncomes(app)
            let output = try await simulate(app, as: users.county)
            let totals = Dictionary(uniqueKeysWithValues: output.result.townships.map { ($0.township.value, $0.totals) })
            // 索镇: 924 × 3 − 2,000 = 772 before; 1,000 × 3 − 2,000 = 1,000 after.
            let suozhen = try #require(totals["370321001000"])
            #expect(suozhen.costBefore == Money(fen: 77_200) && suozhen.costAfter == Money(fen: 100_000))
            #expect(suozhen.difference == Money(fen: 22_800) && suozhen.amountChanged == 1 && suozhen.joins == 0)
            // 唐山镇: 850 ≥ 801, not covered before; 850 < 880, covered after with 30.
            let tangshan = try #require(totals["370321100000"])
            #expect(tangshan.costBefore == .zero && tangshan.costAfter == Money(fen: 3_000) && tangshan.joins == 1)
            #expect(output.result.total.difference == Money(fen: 25_800))
            #expect(output.names["370321001000"] == "索镇街道")
            let joined = try #require(output.result.rows.first { $0.change == .joins })
            #expect(joined.household.householdNo == "H002" && joined.before == .edge && joined.after == .eligible)
            let text = SimulationText.table(output, households: true)
            #expect(text.contains("+258.00") && text.contains("H002"))
        }
    }

    /// H001 (索镇, urban, three members) earns 2,000 a month; H002 (唐山镇, rural, one) 850.
    func seedWithIncomes(_ app: Application) async throws -> TestUsers {
        let users = try await seedRegistry(on: app)
        try await seedRecords(IncomeImporter(database: app.db, auditKey: app.auditKey), RecordCSV(IncomeImportTests.header, [
            "\(TestPersons.zhang),工资性收入,务工收入,24000,2026-01,2026-12,申报",
            "\(TestPersons.wang),工资性收入,务工收入,10200,2026-01,2026-12,申报",
        ]), as: users.county)
        return users
    }

    @Test("a township user's simulation covers their township only; bad fields are named")
    func scopeAndErrors() async throws {
        try await withTestApp { app in
            let users = try await seedWithIncomes(app)
            let output = try await simulate(app, as: users.suozhen)
            #expect(output.result.townships.map(\.township.value) == ["370321001000"])
            #expect(throws: UserFacingError.self) { try StandardSimulationRunner.change(region: "370321", urban: "-5", rural: nil, from: "2026-07-01") }
            // Far above any standard: refused before any sum could overflow.
            #expect(throws: UserFacingError.self) { try StandardSimulationRunner.change(region: "370321", urban: "100000.01", rural: nil, from: "2026-07-01") }
            #expect(throws: Never.self) { try StandardSimulationRunner.change(region: "370321", urban: "100000", rural: nil, from: "2026-07-01") }
            do {
                _ = try StandardSimulationRunner.change(region: "370321", urban: "abc", rural: nil, from: "2026-07-01")
                Issue.record("accepted a non-amount")
            } catch let error as UserFacingError {
                #expect(error.reason.contains(L("simulation.field.urban")) && error.reason.contains("abc"))
            }
            #expect(throws: UserFacingError.self) { try StandardSimulationRunner.change(region: "370321", urban: nil, rural: nil, from: "2026-07-01") }
            let jinan = try StandardSimulationRunner.change(region: "370102", urban: "1000", rural: nil, from: "2026-07-01")
            await #expect(throws: UserFacingError.self) {
                _ = try await StandardSimulationRunner(database: app.db, auditKey: app.auditKey, book: app.policyBook, origin: "test")
                    .run(jinan, as: users.suozhen)
            }
        }
    }

    @Test("the demo county: one township's total equals the sum of its households judged one by one through their dossiers")
    func demoCountyTownship() async throws {
        try await withTestApp { app in
            let options = try await DemoCountyFixture.load(app, households: 300, references: false).options
            let county = Caller(userID: UUID(), username: "test", role: .countyApprover, scope: RegionCode(prefix: "370321")!)
            let from = options.asOf.lastDay
            let output = try await simulate(app, as: county, from: from)
            let (township, totals) = try #require(output.result.townships.first { $0.totals.coveredBefore > 0 })

            // Independently: every household of the township through the household page's
            // dossier, under the shipped book and under the book with the raise laid over it.
            let registry = Registry(database: app.db, caller: county, auditKey: app.auditKey, origin: "test")
            let changed = output.result.change.applied(to: app.policyBook)
            var before = Money.zero, after = Money.zero, checkedDifferences = 0
            for household in try await registry.households(HouseholdQuery(region: township, limit: 10_000)) {
                let dossier = try #require(try await registry.dossier(ofHousehold: household.id, today: from))
                // Income never checked and no assistance that day: left out, as the simulation leaves them.
                let open = dossier.enrollments.filter { $0.isOpen(on: from) }
                if dossier.incomes.isEmpty, open.isEmpty { continue }
                let dibao = open.first { $0.program == .dibao }
                guard case var .success(situation) = RegistrySituation.make(household: household, members: dossier.members, incomes: dossier.incomes,
                                                                            assets: dossier.assets, enrollment: dibao, on: from) else { continue }
                // Members on 特困 are paid by 特困, not counted again in the household's 低保.
                let tekunMembers = Set(open.filter { $0.program == .tekun }.flatMap(\.memberIDs))
                let judged = RegistrySituation.judged(dossier.members, on: from)
                situation.members = zip(judged, situation.members).filter { !tekunMembers.contains($0.0.person.id) }.map(\.1)
                let old = DibaoEvaluator.evaluate(situation, on: from, parameters: try DibaoParameters(book: app.policyBook, region: household.region, on: from))
                let new = DibaoEvaluator.evaluate(situation, on: from, parameters: try DibaoParameters(book: changed, region: household.region, on: from))
                let paid: Set<DibaoDecision.Status> = [.eligible, .singlePerson, .phasedExit]
                if paid.contains(old.status) { before = before + old.amount.money }
                if paid.contains(new.status) { after = after + new.amount.money }
                // By hand: a household paid the gap both times gains the raise per counted member.
                if old.status == .eligible, new.status == .eligible, old.addOns.money == .zero {
                    let raise = household.areaKind == .urban ? Money(fen: 7_600) : Money(fen: 7_900)
                    #expect(new.amount.money - old.amount.money == raise * Int64(new.membersCounted), "\(household.householdNo)")
                    checkedDifferences += 1
                }
                let onTekun = judged.filter { tekunMembers.contains($0.person.id) }.count
                let basic = (household.areaKind == .urban ? (Money(fen: 92_400), Money(fen: 100_000)) : (Money(fen: 80_100), Money(fen: 88_000)))
                before = before + Rate(decimal: "1.3")!.of(basic.0, rounding: .fenHalfUp) * Int64(onTekun)
                after = after + Rate(decimal: "1.3")!.of(basic.1, rounding: .fenHalfUp) * Int64(onTekun)
            }
            #expect(checkedDifferences > 0)
            #expect(totals.costBefore == before && totals.costAfter == after, "\(township)")
        }
    }
}
