import DoudiDomain
import DoudiSynthetic
import Foundation
import Testing

@Suite("Scale mode (--recipients)")
struct ScaleModeTests {
    @Test("writes exactly N enrolled persons, every one covered by an enrollment in payment")
    func exactRecipients() {
        let run = Runs.scale
        let n = Runs.scaleRecipients
        #expect(run.summary.roll.enrolledPersons == n)
        #expect(run.summary.roll.persons == n)
        let households = run.table("households.csv")
        #expect(households.rows.count == n)
        let sizes = Dictionary(grouping: households.values("户编号"), by: { $0 }).mapValues(\.count)
        var covered = 0
        for row in run.table("enrollments.csv").records() {
            #expect(row["状态"] == "在保" || row["状态"] == "渐退")
            #expect(row["救助项目"] == "低保" || row["救助项目"] == "特困")
            guard let size = sizes[row["户编号"]!] else {
                Issue.record("enrollment \(row["证号"]!) has no household")
                continue
            }
            covered += row["保障方式"] == "整户" ? size : row["保障成员身份证号"]!.split(separator: "；").count
        }
        #expect(covered == n)
        let dibao = run.summary.roll.dibaoPersons, tekun = run.summary.roll.tekunPersons
        #expect(dibao + tekun == n && dibao > 3 * tekun && tekun > 0)
    }

    @Test("payments only for the as-of month, one per enrollment")
    func payments() {
        let run = Runs.scale
        let enrollments = Set(run.table("enrollments.csv").values("证号"))
        let payments = run.table("payments.csv")
        #expect(Set(payments.values("发放月份")) == [DemoDataOptions.defaultAsOf.iso])
        #expect(Set(payments.values("证号")) == enrollments)
        #expect(payments.rows.count == enrollments.count)
    }

    @Test("spreads over about one county per 15,000 recipients, 桓台 first, with their regions")
    func counties() {
        let run = Runs.scale
        #expect(run.summary.roll.counties == 2)
        let regions = run.table("regions.csv").values("区划代码")
        #expect(regions.contains("370321000000"))
        let villages = Set(regions)
        #expect(run.table("households.csv").values("行政区划代码").allSatisfy(villages.contains))
        #expect(run.table("staff.csv").values("所属区划").allSatisfy(villages.contains))
    }
}
