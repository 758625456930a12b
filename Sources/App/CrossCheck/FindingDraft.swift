import Crypto
import DoudiDomain
import Foundation

/// A finding as one run sees it, before it meets the stored findings.
struct FindingDraft: Sendable {
    let rule: AuditRule
    /// SHA-256 of rule + subject + source record: the same problem always has the same key.
    let key: String
    let region: String
    /// Nil for a finding on an area (a region rule's).
    let personID: UUID?
    /// Nil for a finding on a household that holds no enrollment (漏保), or on an area.
    let enrollmentID: UUID?
    /// Set for the household rules' findings (the identity rules' reach it through the enrollment).
    var householdID: UUID? = nil
    /// HMAC of the source record's natural key (never an ID number in the clear).
    let sourceKey: String
    /// What was found and on what facts (`FindingEvidence`), and its hash over the facts alone.
    let evidenceJSON: String
    let evidenceSHA256: String
}

extension FindingDraft {
    /// The finding's key: SHA-256 of rule, subject and source key. A subject without an
    /// enrollment is its household (`household:<key>` in the enrollment's place).
    static func key(rule: AuditRule, person: UUID, enrollment: UUID?, household: UUID? = nil, sourceKey: String) -> String {
        // `UUIDText`: the same text as `uuidString`, without its `sprintf`.
        let subject = enrollment.map(UUIDText.string) ?? "household:" + (household.map(UUIDText.string) ?? "")
        return Hex.lowercase(SHA256.hash(data: Array("\(rule.code)|\(UUIDText.string(person))|\(subject)|\(sourceKey)".utf8)))
    }

    /// The key of a finding on an area: rule, `region:<code>` and source key.
    static func key(rule: AuditRule, region: RegionCode, sourceKey: String) -> String {
        Hex.lowercase(SHA256.hash(data: Array("\(rule.code)|region:\(region.value)|\(sourceKey)".utf8)))
    }
}

/// What a finding rests on. The hash covers `facts` only: the same facts seen in a new
/// batch of the same data are the same evidence; `provenance` says where they were seen.
struct FindingEvidence: Codable, Sendable {
    struct Facts: Codable, Sendable, Equatable {
        var detail: String?
        var program: String
        var enrollmentInForce: Bool
        var lastPaidMonth: String?
        var identityProblems: [String]?
        var referenceKind: String?
        var reference: [String: String]?
        var otherPerson: UUID?
        var otherEnrollment: UUID?
        /// A household rule's facts (`HouseholdHit.facts`): figures and codes, no ID numbers.
        var household: [String: String]?
        /// 人情保 (ID-KIN): the steps of the case the filed staff member handled
        /// (`accepted`, `investigated`, `approved`); empty when they handled none.
        var handledBy: [String]?
        /// A 错保 signal's limit (`WealthSignal`): codes and figures, e.g. the homes the
        /// household holds and the most it may, or the standard a pension was held to.
        var wealth: [String: String]?
        /// A region rule's statistic (`QuotaAllocation.Signal.facts`, and each village's rate).
        var statistic: [String: String]?
    }

    struct Provenance: Codable, Sendable, Equatable {
        var batch: UUID?
        var line: Int?
        var sourceDepartment: String?
        var asOf: String?
    }

    var facts: Facts
    var provenance: Provenance
}
