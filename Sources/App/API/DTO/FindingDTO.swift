import DoudiDomain
import Vapor

/// API shapes of the cross-check's findings: the person by name and opaque key, never an
/// ID number (the evidence was masked when it was made); the explanation and the facts in
/// the request's language.
struct FindingSummaryDTO: Content {
    let key: String
    let rule: String
    let ruleName: String
    let severity: String
    let status: String
    let regionCode: String
    /// Null for a finding on an area (a region rule's); `subjectName` names the area then.
    let personName: String?
    let subjectName: String
    let evidenceChanged: Bool
    let lastSeenAt: Date

    init(_ item: FindingListItem) {
        key = item.id.uuidString
        rule = item.rule.code
        ruleName = item.rule.name()
        severity = item.rule.severity.rawValue
        status = item.status.rawValue
        regionCode = item.region
        personName = item.personName
        subjectName = item.subjectName
        evidenceChanged = item.evidenceChanged
        lastSeenAt = item.lastSeenAt
    }
}

struct FindingPageDTO: Content {
    let items: [FindingSummaryDTO]
    let page: Int
    let pageSize: Int
    let hasNext: Bool
}

struct FactDTO: Content {
    let label: String
    let value: String
}

struct FindingDecisionDTO: Content {
    let status: String
    let reason: String
    let by: String
    let at: Date
}

struct FindingDTO: Content {
    let key: String
    let rule: String
    let ruleName: String
    let severity: String
    let basis: String
    let status: String
    let regionCode: String
    /// Null for a finding on an area (a region rule's); `subjectName` names the area then.
    let personKey: String?
    let personName: String?
    let subjectName: String
    let householdKey: String?
    let program: String?
    let certificateNo: String?
    let explanation: String
    let evidence: [FactDTO]
    let decidedEvidence: [FactDTO]?
    let firstSeenAt: Date
    let lastSeenAt: Date
    let history: [FindingDecisionDTO]

    /// `areaNames`: names of the areas the evidence lists, by code (a region finding's villages).
    init(_ f: FindingDetail, areaNames: [String: String] = [:]) {
        key = f.id.uuidString
        rule = f.rule.code
        ruleName = f.rule.name()
        severity = f.rule.severity.rawValue
        basis = f.rule.basis()
        status = f.status.rawValue
        regionCode = f.region
        personKey = f.personID?.uuidString
        personName = f.personName
        subjectName = f.subjectName
        householdKey = f.householdID?.uuidString
        program = f.program
        certificateNo = f.certificateNo
        explanation = FindingExplanation.sentence(f.rule, f.evidence)
        evidence = FindingExplanation.facts(f.evidence, names: areaNames).map { FactDTO(label: $0.0, value: $0.1) }
        decidedEvidence = f.decidedEvidence.map { FindingExplanation.facts($0, names: areaNames).map { FactDTO(label: $0.0, value: $0.1) } }
        firstSeenAt = f.firstSeenAt
        lastSeenAt = f.lastSeenAt
        history = f.history.map { FindingDecisionDTO(status: $0.status.rawValue, reason: $0.reason, by: $0.by, at: $0.at) }
    }
}

/// A decision as the API takes it.
struct FindingDecisionRequest: Content {
    let decision: String
    let reason: String
}
