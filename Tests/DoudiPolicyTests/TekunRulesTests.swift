import DoudiDomain
import DoudiPolicyFiles
import Foundation
import Testing

/// 特困's 无劳动能力 and self-care rules on the shipped parameters (43号: 60 and 16 years;
/// intellectual and mental grades 1–3, physical 1–2, visual 1; 0 / 1–3 / 4+ ADL items),
/// at their boundaries.
@Suite("特困 rules")
struct TekunRulesTests {
    static let region = RegionCode("370321000000")!
    static let date = CivilDate(iso: "2024-05-01")!
    static let parameters: TekunParameters = {
        do { return try TekunParameters(book: PolicyCaseTests.book, region: region, on: date) } catch { fatalError("\(error)") }
    }()

    /// Born so as to be exactly `years` old on the test date, or a day short of it.
    static func born(aged years: Int, dayShort: Bool = false) -> CivilDate {
        let birthday = CivilDate(year: date.year - years, month: date.month, day: date.day)!
        return dayShort ? CivilDate(daysSinceEpoch: birthday.daysSinceEpoch + 1) : birthday
    }

    static func incapacity(aged years: Int, dayShort: Bool = false, _ disabilities: [Disability] = []) -> WorkIncapacity {
        WorkIncapacity(birthDate: born(aged: years, dayShort: dayShort), disabilities: disabilities, on: date, parameters: parameters)
    }

    @Test("age: 60 and over, and under 16, count; 16 to 59 does not")
    func ages() {
        #expect(Self.incapacity(aged: 60).reasons == [.elderly(age: 60)])
        #expect(!Self.incapacity(aged: 60, dayShort: true).isIncapable)
        #expect(Self.incapacity(aged: 16, dayShort: true).reasons == [.minor(age: 15)])
        #expect(!Self.incapacity(aged: 16).isIncapable)
        #expect(!Self.incapacity(aged: 35).isIncapable)
        #expect(Self.incapacity(aged: 3).reasons == [.minor(age: 3)])
    }

    @Test("disability: each category up to its listed grade counts, the next grade and unlisted categories do not",
          arguments: [(DisabilityCategory.intellectual, 3), (.mental, 3), (.physical, 2), (.visual, 1), (.hearing, 0), (.speech, 0), (.multiple, 0)])
    func disabilities(_ category: DisabilityCategory, _ worstCounting: Int) {
        for grade in DisabilityGrade.allCases {
            let result = Self.incapacity(aged: 35, [Disability(category: category, grade: grade, certificateNo: nil, validUntil: nil)])
            #expect(result.isIncapable == (grade.number <= worstCounting), "\(category) \(grade)")
        }
    }

    @Test("an expired certificate does not count; one valid on the day does")
    func certificateValidity() {
        let expired = Disability(category: .physical, grade: .one, certificateNo: "X", validUntil: CivilDate(iso: "2024-04-30")!)
        let lastDay = Disability(category: .physical, grade: .one, certificateNo: "X", validUntil: Self.date)
        #expect(!Self.incapacity(aged: 40, [expired]).isIncapable)
        #expect(Self.incapacity(aged: 40, [lastDay]).reasons == [.disability(.physical, .one)])
    }

    @Test("the explanation names each finding and the parameter it used, with its source")
    func explanation() {
        let result = WorkIncapacity(birthDate: Self.born(aged: 70), disabilities: [Disability(category: .hearing, grade: .one, certificateNo: nil, validUntil: nil)],
                                    on: Self.date, parameters: Self.parameters, explain: true)
        #expect(result.explanation.map(\.rule) == ["tekun.incapacity.age", "tekun.incapacity.disability"])
        #expect(result.explanation[0].text.contains("70") && result.explanation[0].parameters.map(\.key) == ["tekun.incapacity.elderly_age"])
        #expect(result.explanation[0].parameters.allSatisfy { $0.source.contains("43号") })
        #expect(result.explanation[1].text.contains("不在"))
        #expect(WorkIncapacity(birthDate: Self.born(aged: 70), disabilities: [], on: Self.date, parameters: Self.parameters).explanation.isEmpty)
    }

    @Test("self-care: 0 items not met is 全自理, 1 to 3 半护理, 4 to 6 全护理")
    func selfCare() {
        let expected: [SelfCareLevel] = [.selfSufficient, .partlyLost, .partlyLost, .partlyLost, .fullyLost, .fullyLost, .fullyLost]
        #expect((0...6).map { SelfCareLevel(itemsNotMet: $0, parameters: Self.parameters) } == expected)
        let assessment = ADLAssessment(id: UUID(), personID: UUID(), assessedOn: Self.date, assessor: "评估员", feeding: false, dressing: false,
                                       transferring: true, toileting: false, walkingIndoors: true, bathing: true, careForm: nil, institution: nil)
        #expect(SelfCareLevel(assessment, parameters: Self.parameters) == .partlyLost)
    }

    @Test("a decision explains every condition in order, then the amount; without explanations it builds none")
    func decisionExplanation() {
        var supporter = TekunSupporter(birthDate: CivilDate(iso: "1950-01-01")!)
        supporter.onTekun = true
        let applicant = TekunApplicant(birthDate: Self.born(aged: 75), area: .urban,
                                       incomes: [IncomeItem(kind: .oldAgeAllowance, monthly: Money(yuan: 100))], supporters: [supporter],
                                       adlItemsNotMet: 4)
        let decision = TekunEligibility(applicant, on: Self.date, parameters: Self.parameters, explain: true)
        #expect(decision.status == .eligible && decision.countableIncome == .zero && decision.supporterReasons == [.onTekun])
        #expect(decision.explanation.map(\.rule) == ["tekun.incapacity.age", "tekun.means", "tekun.supporter", "tekun.basic", "tekun.care", "tekun.total"])
        #expect(decision.explanation.last?.text.contains("1501.20") == true)
        #expect(TekunEligibility(applicant, on: Self.date, parameters: Self.parameters).explanation.isEmpty)
    }
}
