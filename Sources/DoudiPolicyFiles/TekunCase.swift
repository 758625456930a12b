import DoudiDomain
import Foundation

/// One 特困 rule test case (policy-tests/tekun/): a person on a date in a region, and what
/// the 无劳动能力 and self-care rules must find. Only the outputs a case names are compared.
///
/// Reasons are written `elderly`, `minor` or `disability:<category>:<grade>`.
public struct TekunCase: CaseFileItem, Sendable {
    public struct Person: Codable, Sendable {
        public var birthDate: CivilDate
        public var disabilities: [CaseDisability]?
        public var adlItemsNotMet: Int?
        /// The area whose 低保 standard applies (needed for amounts; urban when nil).
        public var area: AreaKind?
        public var incomes: [IncomeItem]?
        public var propertyWithinRule: Bool?
        public var supporters: [TekunSupporter]?
        public var choseOrphanScheme: Bool?
        public var supportedSinceMinor: Bool?
        public var inSchool: Bool?

        enum CodingKeys: String, CodingKey {
            case birthDate = "birth_date", disabilities, adlItemsNotMet = "adl_items_not_met", area, incomes, supporters
            case propertyWithinRule = "property_within_rule", choseOrphanScheme = "chose_orphan_scheme"
            case supportedSinceMinor = "supported_since_minor", inSchool = "in_school"
        }

        public var applicant: TekunApplicant {
            TekunApplicant(birthDate: birthDate, area: area ?? .urban, disabilities: (disabilities ?? []).map(\.disability),
                           incomes: incomes ?? [], propertyWithinRule: propertyWithinRule ?? true, supporters: supporters ?? [],
                           adlItemsNotMet: adlItemsNotMet, choseOrphanScheme: choseOrphanScheme ?? false)
                .kept(sinceMinor: supportedSinceMinor ?? false, inSchool: inSchool ?? false)
        }
    }

    public struct CaseDisability: Codable, Sendable {
        public var category: DisabilityCategory
        public var grade: DisabilityGrade
        public var validUntil: CivilDate?

        enum CodingKeys: String, CodingKey {
            case category, grade, validUntil = "valid_until"
        }

        public var disability: Disability { Disability(category: category, grade: grade, certificateNo: nil, validUntil: validUntil) }
    }

    public struct Expectation: Codable, Sendable {
        public var unableToWork: Bool?
        public var reasons: [String]?
        public var selfCare: SelfCareLevel?
        /// Monthly amounts: basic living, care, and their total.
        public var basic: Yuan?
        public var care: Yuan?
        public var total: Yuan?
        /// The whole decision: eligible or not, and the failed conditions (`TekunEligibility.failures`).
        public var status: TekunEligibility.Status?
        public var failures: [String]?

        enum CodingKeys: String, CodingKey {
            case unableToWork = "unable_to_work", reasons, selfCare = "self_care", basic, care, total, status, failures
        }

        /// Whether the case asks for the whole decision.
        public var needsDecision: Bool { status != nil || failures != nil }
    }

    public var name: String
    /// The policy text the case checks, with its link.
    public var source: String
    public var date: CivilDate
    /// A region code (6 to 12 digits).
    public var region: String
    public var person: Person
    public var expect: Expectation
    /// A region file in `policy-tests/overlays/` laid over the shipped tree for this case.
    public var overlay: String?
    /// The file the case came from (set on loading).
    public var file = ""

    enum CodingKeys: String, CodingKey {
        case name, source, date, region, person, expect, overlay
    }

    /// The differences between what the rules found and what the case expects; empty when it passes.
    public func mismatches(_ incapacity: WorkIncapacity, selfCare: SelfCareLevel?, amount: TekunAmount?,
                           decision: TekunEligibility? = nil) -> [String] {
        var found: [String] = []
        if let expected = expect.status, expected != decision?.status {
            found.append("status: expected \(expected.rawValue), got \(decision?.status.rawValue ?? "nil")")
        }
        if let expected = expect.failures, expected != decision?.failures {
            found.append("failures: expected \(expected), got \(decision?.failures ?? [])")
        }
        if let expected = expect.unableToWork, expected != incapacity.isIncapable {
            found.append("unable_to_work: expected \(expected), got \(incapacity.isIncapable)")
        }
        let reasons = incapacity.reasons.map(\.code)
        if let expected = expect.reasons, expected != reasons { found.append("reasons: expected \(expected), got \(reasons)") }
        if let expected = expect.selfCare, expected != selfCare {
            found.append("self_care: expected \(expected.rawValue), got \(selfCare?.rawValue ?? "nil")")
        }
        for (label, expected, actual) in [("basic", expect.basic, amount?.basic), ("care", expect.care, amount?.care), ("total", expect.total, amount?.total)] {
            if let expected, expected.money != actual { found.append("\(label): expected \(expected), got \(actual?.yuanText ?? "nil (no area or ADL count)")") }
        }
        return found
    }
}
