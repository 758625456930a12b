@testable import App
import DoudiDomain
import Foundation
import Testing
import Vapor

/// The household page's 特困 check of a one-person 低保 household (该吃五保吃低保), on the
/// 低保 recomputation's fixture (桓台, rural standard 801 yuan).
@Suite("特困 check on the household page")
struct TekunCheckTests {
    let fixture = DibaoCheckTests()

    func checks(_ members: [(membership: Membership, person: Person)], incomes: [IncomeRecord] = [], relations: [PersonRelation] = [],
                app: Application) -> [HouseholdPage.TekunCheck] {
        let base = fixture.dossier(members: members, incomes: incomes, recorded: 801)
        let dossier = HouseholdDossier(household: base.household, members: base.members, relations: relations, incomes: base.incomes,
                                       assets: base.assets, enrollments: base.enrollments, payments: [], history: [])
        let dibao = HouseholdPage.DibaoCheck.all(dossier, book: app.policyBook, on: DibaoCheckTests.date)
        return HouseholdPage.TekunCheck.all(dossier, dibaoChecks: dibao, book: app.policyBook, on: DibaoCheckTests.date)
    }

    @Test("an old person alone on 低保 with no income and no supporter meets 特困: the page alerts, and shows the working")
    func eligibleAlone() async throws {
        try await withTestApp { app in
            let alone = [fixture.member("孤老", born: CivilDate(year: 1948, month: 2, day: 1)!, relationship: .head)]
            let result = checks(alone, app: app)
            let check = try #require(result.first)
            guard case let .decided(decision) = check.outcome else { Issue.record("not assessed"); return }
            #expect(decision.status == .eligible && decision.amount == nil)
            let html = HouseholdPage.tekunSection(result).render()
            #expect(html.contains(L("tekun_check.eligible")) && html.contains(L("tekun_check.no_assessment")))
            #expect(html.contains("78") && html.contains("43号"))
        }
    }

    @Test("a recorded supporter whose situation is unknown counts as able; income at the standard is a means of support")
    func ineligible() async throws {
        try await withTestApp { app in
            let alone = [fixture.member("独居", born: CivilDate(year: 1950, month: 1, day: 1)!, relationship: .head)]
            let son = PersonRelation(id: UUID(), personID: alone[0].person.id,
                                     relatedIDNumber: RecordedIDNumber(value: "x", status: .empty, packedKey: nil, unverifiedRegion: false),
                                     relatedPersonID: nil, kind: .supportsElder, note: nil)
            let supported = checks(alone, relations: [son], app: app)
            guard case let .decided(first) = try #require(supported.first).outcome else { Issue.record("not assessed"); return }
            #expect(first.failures == ["supporter:1"])
            let html = HouseholdPage.tekunSection(supported).render()
            #expect(html.contains(L("tekun_check.failure.supporter")))

            let earning = checks(alone, incomes: [fixture.income(alone[0].person.id, .wages, "工资", yuan: 801 * 12, "2026-01", "2026-12")], app: app)
            guard case let .decided(second) = try #require(earning.first).outcome else { Issue.record("not assessed"); return }
            #expect(second.failures == ["income"])
        }
    }

    @Test("a member already on 特困 is pointed to the double benefit, not told to move")
    func alreadyOnTekun() async throws {
        try await withTestApp { app in
            let alone = [fixture.member("孤老", born: CivilDate(year: 1948, month: 2, day: 1)!, relationship: .head)]
            let base = fixture.dossier(members: alone, incomes: [], recorded: 801)
            let tekun = Enrollment(id: UUID(), region: DibaoCheckTests.village, householdID: base.household.id, certificateNo: "TK001",
                                   program: .tekun, status: .active, coverage: .individual, memberIDs: [alone[0].person.id],
                                   monthlyAmount: Money(yuan: 1_200), startedOn: CivilDate(year: 2020, month: 1, day: 1)!)
            let dossier = HouseholdDossier(household: base.household, members: base.members, relations: [], incomes: [], assets: [],
                                           enrollments: base.enrollments + [tekun], payments: [], history: [])
            let dibao = HouseholdPage.DibaoCheck.all(dossier, book: app.policyBook, on: DibaoCheckTests.date)
            let checks = HouseholdPage.TekunCheck.all(dossier, dibaoChecks: dibao, book: app.policyBook, on: DibaoCheckTests.date)
            guard case let .notAssessed(text) = try #require(checks.first).outcome else { Issue.record("decided"); return }
            #expect(text.contains("TK001"))
        }
    }

    @Test("with a self-care assessment on file, the page gives the 特困 amount: 4 items not met is 全护理")
    func assessedAmount() async throws {
        try await withTestApp { app in
            let alone = [fixture.member("孤老", born: CivilDate(year: 1948, month: 2, day: 1)!, relationship: .head)]
            let base = fixture.dossier(members: alone, incomes: [], recorded: 801)
            var dossier = HouseholdDossier(household: base.household, members: base.members, relations: [], incomes: [], assets: [],
                                           enrollments: base.enrollments, payments: [], history: [])
            dossier.adl = [ADLAssessment(id: UUID(), personID: alone[0].person.id, assessedOn: CivilDate(year: 2026, month: 1, day: 5)!,
                                         assessor: "评估员", feeding: true, dressing: false, transferring: false, toileting: false,
                                         walkingIndoors: false, bathing: true, careForm: nil, institution: nil)]
            let dibao = HouseholdPage.DibaoCheck.all(dossier, book: app.policyBook, on: DibaoCheckTests.date)
            let checks = HouseholdPage.TekunCheck.all(dossier, dibaoChecks: dibao, book: app.policyBook, on: DibaoCheckTests.date)
            guard case let .decided(decision) = try #require(checks.first).outcome else { Issue.record("not assessed"); return }
            let amount = try #require(decision.amount)
            // Rural 801 × 1.3 = 1,041.30, plus 全护理 300.
            #expect(amount.basic == Money(fen: 104_130) && amount.care == Money(fen: 30_000))
            #expect(HouseholdPage.tekunSection(checks).render().contains("1341.30"))
        }
    }

    @Test("a person who chose 低保 over 特困 in writing is not alerted")
    func choseDibao() async throws {
        try await withTestApp { app in
            let alone = [fixture.member("孤老", born: CivilDate(year: 1948, month: 2, day: 1)!, relationship: .head)]
            let base = fixture.dossier(members: alone, incomes: [], recorded: 801)
            let chosen = base.enrollments.map { enrollment -> Enrollment in
                var enrollment = enrollment
                enrollment.voluntaryChoice = "经本人签字同意选择低保"
                return enrollment
            }
            let dossier = HouseholdDossier(household: base.household, members: base.members, relations: [], incomes: [], assets: [],
                                           enrollments: chosen, payments: [], history: [])
            let dibao = HouseholdPage.DibaoCheck.all(dossier, book: app.policyBook, on: DibaoCheckTests.date)
            let result = HouseholdPage.TekunCheck.all(dossier, dibaoChecks: dibao, book: app.policyBook, on: DibaoCheckTests.date)
            guard case let .notAssessed(text) = try #require(result.first).outcome else { Issue.record("decided"); return }
            #expect(text == L("tekun_check.chose_dibao"))
            // Without the note, the same person is alerted.
            guard case .decided = try #require(checks(alone, app: app).first).outcome else { Issue.record("not decided"); return }
        }
    }

    @Test("households of two are not checked: their members' supporters are in the household")
    func twoMembers() async throws {
        try await withTestApp { app in
            #expect(checks(fixture.twoAdults(), app: app).isEmpty)
        }
    }
}
