import DoudiDomain
import Foundation

/// One 残疾人两项补贴 rule test case (policy-tests/disability-subsidies/): a disabled person's
/// situation on a date in a region, and each subsidy expected: a monthly amount ("110") or
/// the reason it is refused (`tekun`, `grade`, …; see `DisabilitySubsidies.Grant`).
public struct DisabilitySubsidyCase: CaseFileItem, Sendable {
    public struct Person: Codable, Sendable {
        public var disability: TekunCase.CaseDisability
        public var dibaoFamily: Bool?
        public var lowIncomeFamily: Bool?
        public var tekun: Bool?
        public var workInjuryCare: Bool?
        public var welfareInstitutionChild: Bool?

        enum CodingKeys: String, CodingKey {
            case disability, tekun
            case dibaoFamily = "dibao_family", lowIncomeFamily = "low_income_family", workInjuryCare = "work_injury_care"
            case welfareInstitutionChild = "welfare_institution_child"
        }

        public var situation: DisabilitySubsidies.Situation {
            .init(disability: disability.disability, inDibaoFamily: dibaoFamily ?? false, inLowIncomeFamily: lowIncomeFamily ?? false,
                  onTekun: tekun ?? false, receivesWorkInjuryCare: workInjuryCare ?? false,
                  childInWelfareInstitution: welfareInstitutionChild ?? false)
        }
    }

    public struct Expectation: Codable, Sendable {
        public var living: String?
        public var care: String?
    }

    public var name: String
    public var source: String
    public var date: CivilDate
    public var region: String
    public var person: Person
    public var expect: Expectation
    /// A region file in `policy-tests/overlays/` laid over the shipped tree for this case.
    public var overlay: String?
    public var file = ""

    enum CodingKeys: String, CodingKey {
        case name, source, date, region, person, expect, overlay
    }

    public func mismatches(_ result: DisabilitySubsidies) -> [String] {
        func text(_ grant: DisabilitySubsidies.Grant) -> String {
            switch grant {
            case let .granted(amount): amount.yuanText
            case let .refused(reason): reason
            }
        }
        func same(_ expected: String, _ grant: DisabilitySubsidies.Grant) -> Bool {
            if let money = Money(yuanText: expected) { return grant == .granted(money) }
            return grant == .refused(expected)
        }
        var found: [String] = []
        if let expected = expect.living, !same(expected, result.living) { found.append("living: expected \(expected), got \(text(result.living))") }
        if let expected = expect.care, !same(expected, result.care) { found.append("care: expected \(expected), got \(text(result.care))") }
        return found
    }
}
