import DoudiDomain
import DoudiSynthetic
import Foundation
import Testing

/// The default demo county has the shape of a real 桓台 roll.
@Suite("Demo county (default size)")
struct DemoCountyTests {
    static let asOf = DemoDataOptions.defaultAsOf.lastDay

    static func share(_ part: Int, _ whole: Int) -> Double { Double(part) / Double(whole) }

    @Test("about 30,000 households and 75,000 persons with a plausible population structure")
    func population() {
        let table = Tables.fullHouseholds
        let persons = table.rows.count
        #expect(Runs.full.summary.roll.households == 30_000)
        #expect((70_000...80_000).contains(persons))
        let ages = table.values("出生日期").map { CivilDate(iso: $0)!.age(on: Self.asOf) }
        #expect((0.20...0.27).contains(Self.share(ages.filter { $0 >= 60 }.count, persons)), "60+ share")
        #expect((0.47...0.53).contains(Self.share(table.values("性别").filter { $0 == "男" }.count, persons)), "sex ratio")
        #expect(Self.share(table.values("民族").filter { $0 == "汉族" }.count, persons) > 0.985)
        #expect((0.05...0.07).contains(Self.share(table.values("残疾类别").filter { !$0.isEmpty }.count, persons)), "disability")
        #expect((0.01...0.02).contains(Self.share(table.values("重特大疾病").filter { $0 == "是" }.count, persons)), "serious illness")
        let sizes = Dictionary(grouping: table.values("户编号"), by: { $0 }).mapValues(\.count)
        #expect(sizes.count == 30_000)
        #expect(sizes.values.allSatisfy { (1...6).contains($0) })
        #expect(Self.share(sizes.values.filter { $0 <= 2 }.count, sizes.count) > 0.5, "many one- and two-person households")
        let heads = table.values("与户主关系").filter { $0 == "户主" }.count
        #expect(heads == 30_000)
    }

    @Test("work, schooling and labour capacity agree with age")
    func consistentTraits() {
        let table = Tables.fullHouseholds
        let birth = table.column("出生日期"), labour = table.column("劳动能力"), work = table.column("就业状况")
        let grade = table.column("残疾等级")
        for row in table.rows {
            let age = CivilDate(iso: row[birth])!.age(on: Self.asOf)
            if age < 6 { #expect(row[work] == "学龄前") }
            if age < 16 { #expect(row[labour].isEmpty) } else { #expect(!row[labour].isEmpty) }
            if (6..<15).contains(age) { #expect(row[work] == "在校学生") }
            if row[work] == "离退休" { #expect(age >= 60) }
            if row[grade] == "一级" || row[grade] == "二级" { #expect(age < 16 || row[labour] == "完全丧失") }
        }
    }

    @Test("低保 covers 4–6 % of persons, 特困 about 1 %")
    func coverage() {
        let households = Tables.fullHouseholds
        let number = households.column("户编号"), basis = households.column("成员认定依据")
        var counted: [String: Int] = [:]
        for row in households.rows where !Tables.notCounted.contains(row[basis]) { counted[row[number], default: 0] += 1 }
        var dibao = 0, tekun = 0
        for row in Tables.fullEnrollments.records() where row["状态"] != "停保" {
            let covered = row["保障方式"] == "整户" ? counted[row["户编号"]!] ?? 0 : row["保障成员身份证号"]!.split(separator: "；").count
            if row["救助项目"] == "低保" { dibao += covered }
            if row["救助项目"] == "特困" { tekun += covered }
        }
        let persons = households.rows.count
        #expect((0.04...0.06).contains(Self.share(dibao, persons)), "低保 \(dibao) of \(persons)")
        // Lone people who meet 特困 are on 特困 (the generator settles them with the rules), which
        // puts 特困 near 1 %.
        #expect((0.006...0.012).contains(Self.share(tekun, persons)), "特困 \(tekun) of \(persons)")
        #expect(dibao == Runs.full.summary.roll.dibaoPersons)
        #expect(tekun == Runs.full.summary.roll.tekunPersons)
    }

    @Test("regions: province, city, county, 12 townships and about 250 villages with valid codes")
    func regions() {
        let rows = Tables.fullRegions.records()
        #expect(rows.prefix(3).map { $0["区划代码"]! } == ["370000000000", "370300000000", "370321000000"])
        let townships = rows.filter { $0["区划代码"]!.hasSuffix("000") && $0["区划代码"]!.count == 12 && $0["区划代码"]! != "370321000000" && $0["区划代码"]!.hasPrefix("370321") }
        #expect(townships.count == 12)
        #expect(townships.contains { $0["名称"] == "索镇街道" })
        let villages = rows.filter { !$0["城乡分类代码"]!.isEmpty }
        #expect((230...270).contains(villages.count))
        for village in villages {
            let code = village["区划代码"]!, number = Int(code.suffix(3))!, township = Int(code.dropFirst(6).prefix(3))!
            let kind = village["城乡分类代码"]!
            #expect(RegionCode(code) != nil)
            if village["名称"]!.hasSuffix("居委会") {
                #expect((1...199).contains(number) && ["111", "112", "121"].contains(kind))
            } else {
                #expect((200...399).contains(number) && ["210", "220"].contains(kind))
            }
            #expect((1...199).contains(township))
        }
        let codes = rows.map { $0["区划代码"]! }
        #expect(Set(codes).count == codes.count)
    }

    @Test("staff: county and township caseworkers plus 2–3 officials per village; a handful with relatives on the roll")
    func staff() {
        let rows = Tables.fullStaff.records()
        let posts = Dictionary(grouping: rows, by: { $0["岗位"]! }).mapValues(\.count)
        #expect(posts["县级经办人员"] == 4)
        #expect((24...36).contains(posts["乡镇经办人员"] ?? 0))
        let villages = Tables.fullRegions.values("城乡分类代码").filter { !$0.isEmpty }.count
        #expect((2 * villages...3 * villages).contains(posts["村干部"] ?? 0))
        let staffIDs = Set(rows.map { $0["公民身份号码"]! })
        let relatives = Tables.fullRelations.records().filter { $0["关系"] == "近亲属" }
        #expect((3...20).contains(relatives.count))
        #expect(relatives.allSatisfy { staffIDs.contains($0["关系人身份号码"]!) })
        #expect(relatives.count == Runs.full.summary.roll.staffRelativeLinks)
    }
}
