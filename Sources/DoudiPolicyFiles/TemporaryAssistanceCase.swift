import DoudiDomain
import Foundation

/// One 临时救助 rule test case (policy-tests/linshi/): an application on a date, and what the
/// rules must find. Only the outputs a case names are compared; a bound written `none`
/// must be unset.
public struct TemporaryAssistanceCase: CaseFileItem, Sendable {
    public struct Expectation: Codable, Sendable {
        public var grantable: Bool?
        public var reasons: [String]?
        public var minimum: String?
        public var maximum: String?
        public var townshipCap: String?
        public var approval: TemporaryAssistanceDecision.Approval?
        /// Hours for 先行救助, or 0 when the township may not help first.
        public var advanceHours: Int?

        enum CodingKeys: String, CodingKey {
            case grantable, reasons, minimum, maximum, approval
            case townshipCap = "township_cap", advanceHours = "advance_hours"
        }
    }

    public var name: String
    /// The policy text the case checks, with its link.
    public var source: String
    public var date: CivilDate
    public var request: TemporaryAssistanceRequest
    public var expect: Expectation
    /// A region file in `policy-tests/overlays/` laid over the shipped tree for this case.
    public var overlay: String?
    public var file = ""

    enum CodingKeys: String, CodingKey {
        case name, source, date, request, expect, overlay
    }

    public func mismatches(_ d: TemporaryAssistanceDecision) -> [String] {
        var found: [String] = []
        func check(_ label: String, _ expected: String?, _ actual: Money?) {
            guard let expected else { return }
            let wanted = expected == "none" ? nil : Money(yuanText: expected)
            if expected != "none", wanted == nil { found.append("\(label): \(expected) is not an amount"); return }
            if wanted != actual { found.append("\(label): expected \(expected), got \(actual?.yuanText ?? "none")") }
        }
        if let grantable = expect.grantable, grantable != d.grantable { found.append("grantable: expected \(grantable)") }
        if let reasons = expect.reasons, reasons != d.reasons { found.append("reasons: expected \(reasons), got \(d.reasons)") }
        check("minimum", expect.minimum, d.minimum)
        check("maximum", expect.maximum, d.maximum)
        check("township_cap", expect.townshipCap, d.townshipCap)
        if let approval = expect.approval, approval != d.approval {
            found.append("approval: expected \(approval.rawValue), got \(d.approval?.rawValue ?? "none")")
        }
        if let hours = expect.advanceHours, hours != (d.advanceWithinHours ?? 0) {
            found.append("advance_hours: expected \(hours), got \(d.advanceWithinHours ?? 0)")
        }
        return found
    }
}
