@testable import App
import DoudiDomain
import Foundation
import Testing

/// The household page's 低保 recomputation, on a rural 桓台 household (淄博 rural standard
/// 801 yuan from 2023; no add-ons, minimum or job cost configured there).
@Suite("低保 recomputation on the household page")
struct DibaoCheckTests {
    static let date = CivilDate(year: 2026, month: 11, day: 23)!
    static let village = RegionCode("370321100201")!
    let household = Household(id: UUID(), householdNo: "T001", region: DibaoCheckTests.village, address: "东唐村1号",
                              areaKind: .rural, headPersonID: nil)

    func member(_ name: String, born: CivilDate?, relationship: Relationship) -> (membership: Membership, person: Person) {
        let person = Person(id: UUID(), region: Self.village,
                            idNumber: RecordedIDNumber(value: "x", status: .valid, packedKey: nil, unverifiedRegion: false),
                            name: name, birthDate: born)
        return (Membership(id: UUID(), householdID: household.id, personID: person.id, relationship: relationship,
                           basis: nil, startedOn: nil, endedOn: nil), person)
    }

    func income(_ person: UUID, _ category: IncomeCategory, _ item: String, yuan: Int64, _ from: String, _ to: String) -> IncomeRecord {
        IncomeRecord(id: UUID(), householdID: household.id, personID: person, category: category, item: item,
                     amount: Money(fen: yuan * 100), fromMonth: MonthPeriod(iso: from)!, toMonth: MonthPeriod(iso: to)!, source: "核对")
    }

    func dossier(members: [(membership: Membership, person: Person)], incomes: [IncomeRecord], recorded yuan: Int64) -> HouseholdDossier {
        let enrollment = Enrollment(id: UUID(), region: Self.village, householdID: household.id, certificateNo: "DB001", program: .dibao,
                                    status: .active, coverage: .household, memberIDs: members.map(\.person.id),
                                    monthlyAmount: Money(fen: yuan * 100), startedOn: CivilDate(year: 2024, month: 1, day: 1)!)
        return HouseholdDossier(household: household, members: members, relations: [], incomes: incomes, assets: [],
                                enrollments: [enrollment], payments: [], history: [])
    }

    func twoAdults() -> [(membership: Membership, person: Person)] {
        [member("唐二", born: CivilDate(year: 1970, month: 3, day: 1)!, relationship: .head),
         member("李三", born: CivilDate(year: 1972, month: 5, day: 1)!, relationship: .spouse)]
    }

    /// 赡养费 600 a month by the latest record (the older 1,000 a month one is superseded);
    /// 抚恤金 is not income (57号 art 13). (801 − 300) × 2 = 1,002 yuan.
    func incomes(_ members: [(membership: Membership, person: Person)]) -> [IncomeRecord] {
        [income(members[0].person.id, .transferNet, "赡养费", yuan: 12_000, "2025-01", "2025-12"),
         income(members[0].person.id, .transferNet, "赡养费", yuan: 3_600, "2026-01", "2026-06"),
         income(members[1].person.id, .transferNet, "优抚对象抚恤金", yuan: 3_600, "2026-01", "2026-12")]
    }

    @Test("the recorded amount matches the rules: no mismatch, and the working cites its parameters")
    func matches() async throws {
        try await withTestApp { app in
            let members = twoAdults()
            // MUT
            let checks = HouseholdPage.DibaoCheck.all(dossier(members: members, incomes: incomes(members), recorded: 1_002),
                                                      book: app.policyBook, on: Self.date)
            // validate
            let check = try #require(checks.first)
            guard case let .decided(decision) = check.outcome else { Issue.record("not assessed"); return }
            #expect(decision.amount.money == Money(fen: 100_200))
            #expect(decision.perCapitaIncome.money == Money(fen: 30_000))
            #expect(!check.mismatch)
            let steps = try #require(decision.explanation)
            #expect(steps.flatMap(\.parameters).contains { $0.key == "dibao.standard.rural" && $0.source.contains("801") })
        }
    }

    @Test("a recorded amount the rules do not give is flagged, and the page says so")
    func mismatch() async throws {
        try await withTestApp { app in
            let members = twoAdults()
            // MUT
            let checks = HouseholdPage.DibaoCheck.all(dossier(members: members, incomes: incomes(members), recorded: 900),
                                                      book: app.policyBook, on: Self.date)
            let html = HouseholdPage.dibaoSection(checks).render()
            // validate
            #expect(checks.first?.mismatch == true)
            #expect(html.contains("900.00") && html.contains("1002.00") && html.contains("102.00"))
        }
    }

    @Test("a member without a birth date cannot be assessed, and the page names them")
    func missingBirthDate() async throws {
        try await withTestApp { app in
            var members = twoAdults()
            members.append(member("王四", born: nil, relationship: .child))
            // MUT
            let checks = HouseholdPage.DibaoCheck.all(dossier(members: members, incomes: [], recorded: 900), book: app.policyBook, on: Self.date)
            // validate
            guard case let .notAssessed(reason) = checks.first?.outcome else { Issue.record("assessed"); return }
            #expect(reason.contains("王四"))
            #expect(checks.first?.mismatch == false)
        }
    }

    @Test("recorded items map to the kinds the exclusions name")
    func incomeKinds() {
        #expect(IncomeKind.from(category: .transferNet, item: "基础养老金") == .basicPension)
        #expect(IncomeKind.from(category: .transferNet, item: "基本养老金") == .pension)
        #expect(IncomeKind.from(category: .transferNet, item: "赡养费") == .supportPayment)
        #expect(IncomeKind.from(category: .wages, item: "外出务工收入") == .wages)
        #expect(IncomeKind.from(category: .transferNet, item: "失业保险金") == .otherTransfer)
        #expect(RegistrySituation.vehicleKind("小型轿车") == "car")
        #expect(RegistrySituation.vehicleKind("残疾人机动轮椅车") == "disability_vehicle")
    }
}
