import DoudiDomain
import Foundation

/// A finding's evidence in words: one sentence saying what was found, and the facts as
/// labelled values, all through the localization table. Codes in the facts (programs,
/// reasons, problems) become their labels; ID numbers were masked when the evidence was made.
enum FindingExplanation {
    static func sentence(_ rule: AuditRule, _ evidence: FindingEvidence) -> String {
        let facts = evidence.facts
        let program = programLabel(facts.program)
        switch rule {
        case let .region(region):
            return L("audit.rule.\(region.rawValue).explain", facts.statistic ?? [:])
        case let .household(household):
            var arguments = (facts.household ?? [:]).mapValues { $0 }
            arguments["program"] = programLabel(arguments["program"] ?? facts.program)
            if let reasons = arguments["reasons"] {
                arguments["reasons"] = reasons.split(separator: ",").map { L("finding.tekun_reason.\($0.split(separator: ":").first ?? $0)") }
                    .joined(separator: "、")
            }
            if let reason = arguments["reason"] { arguments["reason"] = L("disability_subsidy.refusal.\(reason)") }
            if let fields = arguments["fields"] { arguments["fields"] = Self.fields(fields) }
            return L("audit.rule.\(household.rawValue).explain", arguments)
        case .identity(.identityError):
            let problems = (facts.identityProblems ?? []).map { L("finding.identity_problem.\($0)", orElse: $0) }.joined(separator: "、")
            return L("audit.rule.ID-ERR.explain", ["program": program, "problems": problems])
        case .identity(.duplicateBenefit) where facts.referenceKind == nil:
            let key = "finding.duplicate.\(facts.detail ?? "")"
            return Localizer.bundled.hasKey(key, locale: .zhHans) ? L(key, ["program": program]) : L("audit.rule.ID-DUP.name")
        case let .identity(identity):
            let kind = facts.referenceKind.flatMap(ReferenceKind.init(rawValue:))?.label() ?? ""
            let state = L(facts.enrollmentInForce ? "finding.enrollment.in_force" : "finding.enrollment.ended",
                          ["program": program, "month": facts.lastPaidMonth ?? "—"])
            let sentence = L("finding.reference_hit", ["kind": kind, "source": evidence.provenance.sourceDepartment ?? "—",
                                                       "as_of": evidence.provenance.asOf ?? "—", "state": state, "rule": identity.name()])
            if let wealth = facts.wealth { return sentence + Self.wealth(wealth) }
            guard identity == .staffRelative, let steps = facts.handledBy else { return sentence }
            return sentence + (steps.isEmpty ? L("finding.kin.not_handled")
                : L("finding.kin.handled", ["steps": steps.map { L("finding.kin.step.\($0)") }.joined(separator: "、")]))
        }
    }

    /// The facts as label and value, for the evidence table; `names` gives areas' names by
    /// code where the caller has them (a region finding's villages).
    static func facts(_ evidence: FindingEvidence, names: [String: String] = [:]) -> [(String, String)] {
        let facts = evidence.facts
        // A statistic over an area has no enrollment to describe.
        var pairs: [(String, String)] = facts.statistic != nil ? [] : [
            (L("finding.fact.program"), programLabel(facts.program)),
            (L("finding.fact.enrollment_in_force"), L(facts.enrollmentInForce ? "common.yes" : "common.no"))]
        if let month = facts.lastPaidMonth { pairs.append((L("finding.fact.last_paid_month"), month)) }
        if let detail = facts.detail { pairs.append((L("finding.fact.detail"), L("finding.detail.\(detail)", orElse: detail))) }
        if let steps = facts.handledBy {
            pairs.append((L("finding.fact.handled_by"), steps.isEmpty ? L("finding.kin.none") : steps.map { L("finding.kin.step.\($0)") }.joined(separator: "、")))
        }
        for problem in facts.identityProblems ?? [] { pairs.append((L("finding.fact.identity_problem"), L("finding.identity_problem.\(problem)", orElse: problem))) }
        for (key, value) in (facts.household ?? [:]).sorted(by: { $0.key < $1.key }) {
            let shown = key == "program" ? programLabel(value) : key == "reason" ? L("disability_subsidy.refusal.\(value)")
                : key == "fields" ? Self.fields(value) : key == "monitoring" ? L("finding.monitoring.\(value)", orElse: value) : value
            pairs.append((L("finding.fact.household.\(key)", orElse: key), shown))
        }
        if let kind = facts.referenceKind.flatMap(ReferenceKind.init(rawValue:)) { pairs.append((L("finding.fact.reference_kind"), kind.label())) }
        for (key, value) in (facts.reference ?? [:]).sorted(by: { $0.key < $1.key }) {
            pairs.append((L("import.column.\(key)", orElse: key), codeLabel(column: key, value)))
        }
        for (key, value) in (facts.statistic ?? [:]).sorted(by: { $0.key < $1.key }) where key != "rates" {
            pairs.append((L("finding.fact.statistic.\(key)", orElse: key), value))
        }
        for village in Self.rates(facts.statistic?["rates"]) {
            pairs.append((L("finding.fact.statistic.village", ["code": village.code, "name": names[village.code] ?? ""]),
                          L("finding.fact.statistic.rate", ["covered": village.covered, "registered": village.registered, "rate": village.rate])))
        }
        let provenance = evidence.provenance
        if let source = provenance.sourceDepartment { pairs.append((L("finding.fact.source"), source == "registry" ? L("finding.source.registry") : source)) }
        if let asOf = provenance.asOf { pairs.append((L("finding.fact.as_of"), asOf)) }
        if let line = provenance.line { pairs.append((L("finding.fact.line"), String(line))) }
        return pairs
    }

    /// The limit a 错保 signal broke, in words; the exempt kinds by their labels.
    static func wealth(_ facts: [String: String]) -> String {
        guard let signal = facts["signal"].flatMap(WealthSignal.init(rawValue:)) else { return "" }
        var arguments = facts
        if let exempt = facts["exempt"] {
            let labels = exempt.split(separator: ",").map { code in
                signal == .vehicle ? VehicleType(rawValue: String(code))?.label() ?? String(code)
                    : BusinessType(rawValue: String(code))?.label() ?? String(code)
            }
            arguments["exempt"] = labels.isEmpty ? L("finding.wealth.exempt_none") : labels.joined(separator: "、")
        }
        return L("finding.wealth.\(signal.rawValue)", arguments)
    }

    /// A coded column of a department's row (the validated file keeps codes) by its label.
    static func codeLabel(column: String, _ value: String) -> String {
        func label<T: RegistryCode>(_: T.Type) -> String { T(rawValue: value)?.label() ?? value }
        switch column {
        case "business_role": return label(BusinessRole.self)
        case "business_status": return label(BusinessStatus.self)
        case "business_type": return label(BusinessType.self)
        case "close_relation": return label(CloseRelation.self)
        case "disability_category": return label(DisabilityCategory.self)
        case "disability_grade": return label(DisabilityGrade.self)
        case "insurance_type": return label(InsuranceType.self)
        case "monitoring_category": return label(MonitoringCategory.self)
        case "program": return label(ReferenceProgram.self)
        case "property_type": return label(PropertyType.self)
        case "vehicle_type": return label(VehicleType.self)
        default: return value
        }
    }

    /// A region finding's villages (`code:covered/registered:rate`, comma-separated).
    static func rates(_ text: String?) -> [(code: String, covered: String, registered: String, rate: String)] {
        (text ?? "").split(separator: ",").compactMap { item in
            let parts = item.split(separator: ":"), counts = parts.count == 3 ? parts[1].split(separator: "/") : []
            guard counts.count == 2 else { return nil }
            return (String(parts[0]), String(counts[0]), String(counts[1]), String(parts[2]))
        }
    }

    static func fields(_ codes: String) -> String {
        codes.split(separator: ",").map { L("finding.field.\($0)") }.joined(separator: "、")
    }

    static func programLabel(_ code: String) -> String {
        Program(rawValue: code)?.label() ?? code
    }
}
