import DoudiDomain
import Foundation
import Yams

/// One rule test case, in the style of OpenFisca's YAML tests: a household on a date in a
/// region, the outputs expected, and the policy text the case checks. Only the outputs a
/// case names are compared. A field the format does not know fails the file, so a
/// misspelt input or expectation never passes unnoticed.
///
/// A case may name an `overlay`: a region file in `policy-tests/overlays/` laid over the
/// shipped tree for that case alone. That is how rules no shipped region uses (stacked
/// add-ons, rounding to the yuan, bands) are tested on real regions' other values, the way
/// OpenFisca tests a reform; the overlay's values say in their source that they are test
/// variants.
public struct PolicyCase: CaseFileItem, Sendable {
    public struct Expectation: Codable, Sendable {
        public var status: DibaoDecision.Status
        public var amount: Yuan?
        public var baseAmount: Yuan?
        public var addOns: Yuan?
        public var householdIncome: Yuan?
        public var perCapitaIncome: Yuan?
        public var membersCounted: Int?
        public var reasons: [String]?
        public var phasedExitMonth: Int?
        public var reviewClass: ReviewClass?
        public var nextReview: CivilDate?
        public var singlePersons: [Yuan]?

        enum CodingKeys: String, CodingKey {
            case status, amount, reasons
            case baseAmount = "base_amount"
            case addOns = "add_ons"
            case householdIncome = "household_income"
            case perCapitaIncome = "per_capita_income"
            case membersCounted = "members_counted"
            case phasedExitMonth = "phased_exit_month"
            case reviewClass = "review_class"
            case nextReview = "next_review"
            case singlePersons = "single_persons"
        }
    }

    public var name: String
    /// The policy text the case checks.
    public var source: String
    public var date: CivilDate
    public var household: HouseholdSituation
    public var expect: Expectation
    /// A file in `policy-tests/overlays/` laid over the shipped tree for this case.
    public var overlay: String?
    /// The file the case came from, set by the loader.
    public var file = ""

    enum CodingKeys: String, CodingKey { case name, source, date, household, expect, overlay }

    /// The directory of overlays, under the case directory; it holds no cases.
    public static let overlayDirectory = "overlays"

    /// The differences between `decision` and what the case expects; empty when it passes.
    public func mismatches(_ decision: DibaoDecision) -> [String] {
        var found: [String] = []
        func check<T: Equatable>(_ label: String, _ expected: T?, _ actual: T?) {
            if let expected, expected != actual { found.append("\(label): expected \(expected), got \(actual.map { "\($0)" } ?? "nil")") }
        }
        check("status", expect.status, decision.status)
        check("amount", expect.amount, decision.amount)
        check("base_amount", expect.baseAmount, decision.baseAmount)
        check("add_ons", expect.addOns, decision.addOns)
        check("household_income", expect.householdIncome, decision.householdIncome)
        check("per_capita_income", expect.perCapitaIncome, decision.perCapitaIncome)
        check("members_counted", expect.membersCounted, decision.membersCounted)
        check("reasons", expect.reasons, decision.reasons)
        check("phased_exit_month", expect.phasedExitMonth, decision.phasedExitMonth)
        check("review_class", expect.reviewClass, decision.reviewClass)
        check("next_review", expect.nextReview, decision.nextReview)
        check("single_persons", expect.singlePersons, decision.singlePersons.map(\.amount))
        return found
    }

    /// Every case under `directory` (`*.yaml`, each a list of cases), overlays aside.
    public static func load(_ directory: URL) throws -> [PolicyCase] {
        try load(directory, skipping: directory.appendingPathComponent(overlayDirectory))
    }
}
