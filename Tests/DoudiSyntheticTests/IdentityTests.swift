import DoudiDomain
import DoudiSynthetic
import Foundation
import Testing

@Suite("Identity numbers")
struct IdentityTests {
    /// Checks one number against GB 11643 via `CitizenID` and against the row's sex and birth date.
    static func check(_ id: String, sex: String? = nil, birth: String? = nil) -> Bool {
        guard id.utf8.count == 18, let check = CitizenID.checkCharacter(forBody: id.prefix(17)), check == id.last else { return false }
        let digits = Array(id.utf8)
        if let sex, (Int(digits[16] - 0x30) % 2 == 1) != (sex == "男") { return false }
        if let birth, String(id.dropFirst(6).prefix(8)) != birth.replacingOccurrences(of: "-", with: "") { return false }
        guard let date = CivilDate(iso: String(id.dropFirst(6).prefix(4)) + "-" + String(id.dropFirst(10).prefix(2)) + "-" + String(id.dropFirst(12).prefix(2))),
              date <= DemoDataOptions.defaultAsOf.lastDay else { return false }
        return id.hasPrefix("37")
    }

    @Test("every roll ID is valid, matches sex and birth date, and is unique (households and staff)")
    func rollIDs() {
        let households = Tables.fullHouseholds
        let ids = households.values("公民身份号码"), sexes = households.values("性别"), births = households.values("出生日期")
        var bad: Set<String> = []
        for index in ids.indices where !Self.check(ids[index], sex: sexes[index], birth: births[index]) { bad.insert(ids[index]) }
        // Exactly the identity errors the answer key lists (the orphan allowance past 18 is
        // an age error, not a number's).
        let planted = Set(Runs.full.table("planted.csv").records()
            .filter { $0["规则代码"] == "ID-ERR" && !$0["说明"]!.contains("孤儿") }.map { $0["公民身份号码或区划代码"]! })
        #expect(!planted.isEmpty)
        #expect(bad == planted)
        let staff = Tables.fullStaff.values("公民身份号码")
        #expect(staff.allSatisfy { Self.check($0) })
        let all = ids + staff
        #expect(Set(all).count == all.count, "duplicate IDs")
        // Most were born in 桓台; some elsewhere in Zibo and Shandong.
        let local = ids.filter { $0.hasPrefix("370321") }.count
        #expect(Double(local) / Double(ids.count) > 0.85 && Double(local) / Double(ids.count) < 0.97)
        #expect(ids.contains { $0.hasPrefix("3703") && !$0.hasPrefix("370321") })
        #expect(ids.contains { !$0.hasPrefix("3703") })
    }

    @Test("disability certificates are the ID plus category and grade digits")
    func certificates() {
        let table = Tables.fullHouseholds
        let categories = ["视力": "1", "听力": "2", "言语": "3", "肢体": "4", "智力": "5", "精神": "6", "多重": "7"]
        let grades = ["一级": "1", "二级": "2", "三级": "3", "四级": "4"]
        let id = table.column("公民身份号码"), category = table.column("残疾类别"), grade = table.column("残疾等级")
        let number = table.column("残疾证号"), valid = table.column("残疾证有效期至")
        var checked = 0
        for row in table.rows where !row[category].isEmpty {
            #expect(row[number] == row[id] + categories[row[category]]! + grades[row[grade]]!)
            #expect(CivilDate(iso: row[valid]) != nil)
            checked += 1
        }
        #expect(checked > 1000)
    }

    @Test("reference outsiders never collide with the roll; the people hit are exactly as reported")
    func referenceHits() {
        for run in [Runs.small, Runs.scale] {
            let roll = Set(run.table("households.csv").values("公民身份号码"))
            let staff = Set(run.table("staff.csv").values("公民身份号码"))
            for (index, (name, header)) in TemplateHeaders.referenceFiles.enumerated() {
                let table = run.table("references/" + name)
                // The filed relatives name the staff member first; the relative is the one checked.
                let ids = table.values(name == "staff_relatives.csv" ? "近亲属公民身份号码" : header[0])
                #expect(ids.allSatisfy { Self.check($0) }, "\(name) has an invalid ID")
                #expect(!ids.contains(where: staff.contains), "\(name) matches a staff member")
                // People, not rows: a real-estate hit may hold a second home.
                let hits = Set(ids.filter(roll.contains)).count
                let reported = run.summary.referenceHits[index]
                #expect(reported.file == "references/" + name)
                #expect(hits == reported.enrolled + reported.otherRollMembers, "\(name)")
                #expect(table.rows.count == run.summary.rows(of: "references/" + name))
            }
            if run === Runs.scale {
                // Scale mode: every hit is an enrolled person, and there are some in each file.
                // (Officials are filed as relatives of households only in the demo county.)
                // Nor is everyone on the monitoring list on assistance.
                #expect(run.summary.referenceHits.filter { !$0.file.hasSuffix("staff_relatives.csv") && !$0.file.hasSuffix("poverty_monitoring.csv") }
                    .allSatisfy { $0.otherRollMembers == 0 && $0.enrolled > 0 })
            }
        }
    }

    @Test("deaths of the outsiders are unique per person")
    func uniqueDeaths() {
        let ids = Runs.scale.table("references/deaths.csv").values("公民身份号码")
        #expect(Set(ids).count == ids.count)
    }
}
