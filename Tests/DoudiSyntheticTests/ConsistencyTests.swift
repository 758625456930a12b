import DoudiDomain
import DoudiSynthetic
import Foundation
import Testing

/// Cross-file consistency of the default demo county: what one file refers to exists in another,
/// and amounts follow the rules the README states.
@Suite("Cross-file consistency")
struct ConsistencyTests {
    static func fen(_ text: String) -> Int64 { Money(yuanText: text)!.fen }

    @Test("enrollments refer to existing households, members and staff")
    func enrollmentReferences() {
        let households = Tables.fullHouseholds
        var members: [String: Set<String>] = [:]
        for row in households.records() { members[row["户编号"]!, default: []].insert(row["公民身份号码"]!) }
        let staff = Set(Tables.fullStaff.values("工号"))
        let rows = Tables.fullEnrollments.records()
        #expect(Set(rows.map { $0["证号"]! }).count == rows.count, "证号 unique")
        for row in rows {
            let household = row["户编号"]!
            #expect(members[household] != nil, "\(row["证号"]!) has no household")
            if row["保障方式"] == "单人" {
                let covered = row["保障成员身份证号"]!.split(separator: "；").map(String.init)
                #expect(!covered.isEmpty && covered.allSatisfy { members[household]?.contains($0) == true })
            }
            for column in ["受理人工号", "调查人工号", "审批人工号"] { #expect(staff.contains(row[column]!)) }
            #expect(row["调查人工号"] != row["审批人工号"], "separation of duties")
            let start = CivilDate(iso: row["开始日期"]!)!
            #expect(start <= DemoDataOptions.defaultAsOf.lastDay)
            if row["状态"] == "停保" {
                let end = CivilDate(iso: row["结束日期"]!)
                #expect(end != nil && end! > start && !row["结束原因"]!.isEmpty)
                #expect(row["下次复核日期"]!.isEmpty)
            } else {
                #expect(row["结束日期"]!.isEmpty)
            }
            #expect(row["证号"]!.dropFirst(2).hasPrefix("370321"))
        }
        #expect(Set(rows.map { $0["救助项目"]! }) == ["低保", "特困", "困难残疾人生活补贴", "重度残疾人护理补贴", "孤儿", "事实无人抚养儿童"])
        #expect(Set(rows.map { $0["状态"]! }) == ["在保", "渐退", "暂停", "停保"])
    }

    @Test("payments only for enrollments, in the 12-month window, while in payment, for the enrolled amount")
    func payments() {
        let enrollments = Dictionary(uniqueKeysWithValues: Tables.fullEnrollments.records().map { ($0["证号"]!, $0) })
        let window = Set((0..<12).map { DemoDataOptions.defaultAsOf.adding(months: -$0).iso })
        var serials = Set<String>()
        for row in Tables.fullPayments.records() {
            guard let enrollment = enrollments[row["证号"]!] else {
                Issue.record("payment for unknown \(row["证号"]!)")
                continue
            }
            let month = row["发放月份"]!
            #expect(window.contains(month))
            #expect(row["金额"] == enrollment["月保障金额"])
            #expect(MonthPeriod(iso: month)! >= MonthPeriod(containing: CivilDate(iso: enrollment["开始日期"]!)!))
            if let end = CivilDate(iso: enrollment["结束日期"]!) { #expect(MonthPeriod(iso: month)! < MonthPeriod(containing: end)) }
            if row["状态"] == "暂停" {
                #expect(row["发放日期"]!.isEmpty && enrollment["状态"] == "暂停")
            } else {
                let day = CivilDate(iso: row["发放日期"]!)!
                #expect(MonthPeriod(containing: day).iso == month && (10...15).contains(day.day))
            }
            #expect(serials.insert(row["流水号"]!).inserted)
        }
        #expect(Tables.fullPayments.rows.count > 40_000)
    }

    /// What the amounts are is the rules' to say: the generator settles each 低保 household with
    /// the policy tree, and the app's demo test reads them back through the import and finds
    /// exactly the HH-AMOUNT plants (`DemoPlantedProblemsTests`). Here: their form, and that
    /// every plant names the head of a household whose 低保 is in payment.
    @Test("低保 amounts are whole yuan; each HH-AMOUNT plant is the head of a 低保 household in payment")
    func dibaoAmounts() {
        let heads = Dictionary(Tables.fullHouseholds.records().filter { $0["与户主关系"] == "户主" }.map { ($0["户编号"]!, $0["公民身份号码"]!) },
                               uniquingKeysWith: { first, _ in first })
        var paidHeads: Set<String> = []
        var checked = 0
        for row in Tables.fullEnrollments.records() where row["救助项目"] == "低保" && row["状态"] != "停保" {
            #expect(Self.fen(row["月保障金额"]!) > 0 && Self.fen(row["月保障金额"]!) % 100 == 0, "\(row["证号"]!)")
            if row["保障方式"] == "整户" && row["状态"] == "在保" { paidHeads.insert(heads[row["户编号"]!]!) }
            checked += 1
        }
        #expect(checked > 1_000)
        let planted = Runs.full.table("planted.csv").records().filter { $0["规则代码"] == "HH-AMOUNT" }
        #expect(planted.count > 20)
        for row in planted { #expect(paidHeads.contains(row["公民身份号码或区划代码"]!)) }
    }

    @Test("特困: one ADL assessment each, care form and amount consistent with it")
    func tekun() {
        let assessments = Dictionary(uniqueKeysWithValues: Tables.fullADL.records().map { ($0["公民身份号码"]!, $0) })
        let area = Dictionary(Tables.fullHouseholds.records().map { ($0["公民身份号码"]!, $0["城乡属性"]!) }, uniquingKeysWith: { a, _ in a })
        let items = ["进食", "穿衣", "上下床", "如厕", "室内行走", "洗澡"]
        for row in Tables.fullEnrollments.records() where row["救助项目"] == "特困" {
            let person = row["保障成员身份证号"]!
            guard let adl = assessments[person] else {
                Issue.record("no ADL for \(person)")
                continue
            }
            let failed = items.filter { adl[$0] == "不能" }.count
            #expect(items.allSatisfy { adl[$0] == "能" || adl[$0] == "不能" })
            let care: Int64 = failed == 0 ? 21_000 : failed <= 3 ? 63_000 : 126_000
            let basic: Int64 = area[person] == "城镇" ? 120_200 : 104_200
            #expect(Self.fen(row["月保障金额"]!) == basic + care)
            #expect(row["供养方式"] == adl["供养方式"])
            #expect((adl["供养方式"] == "集中") == !adl["供养机构"]!.isEmpty)
        }
        #expect(Tables.fullADL.rows.count == Runs.full.summary.roll.enrollmentsByProgram[1])
    }

    @Test("incomes, assets, accounts, ADL and relations name registered persons")
    func personReferences() {
        let persons = Set(Tables.fullHouseholds.values("公民身份号码"))
        for name in ["incomes.csv", "assets.csv", "accounts.csv", "adl.csv", "relations.csv"] {
            let ids = Runs.full.table(name).values("公民身份号码")
            #expect(!ids.isEmpty && ids.allSatisfy(persons.contains), "\(name)")
        }
        for row in Tables.fullRelations.records() where row["关系"] == "赡养" {
            #expect(persons.contains(row["关系人身份号码"]!))
        }
        let accounts = Runs.full.table("accounts.csv").values("账号")
        #expect(accounts.allSatisfy { $0.count == 19 && $0.allSatisfy(\.isNumber) })
    }

    @Test("people recorded as dead have their own enrollments ended after the death")
    func deaths() {
        let households = Tables.fullHouseholds.records().filter { !$0["死亡日期"]!.isEmpty }
        #expect(!households.isEmpty)
        let enrollments = Tables.fullEnrollments.records()
        for person in households {
            let death = CivilDate(iso: person["死亡日期"]!)!
            for enrollment in enrollments where enrollment["户编号"] == person["户编号"] && (enrollment["救助项目"] == "低保" || enrollment["救助项目"] == "特困") {
                #expect(enrollment["状态"] == "停保" && enrollment["结束原因"] == "对象死亡")
                #expect(CivilDate(iso: enrollment["结束日期"]!)! > death)
            }
        }
    }
}
