import Crypto
import DoudiDomain
import Foundation

/// Turns the household rules' hits (`HouseholdAudit`) into findings. The subject is the
/// enrollment and the member the hit names; the source is the registry itself (the
/// enrollment), so the same problem on the same enrollment is always the same finding;
/// the evidence is the hit's facts, which hold figures and codes, never an ID number.
struct HouseholdFindingBuilder {
    let secret: SymmetricKey
    let today: CivilDate

    /// Judges one part of the households with the household rules and keeps the drafts of
    /// `rules`, with each household the rules could not judge by reason. Parts come from
    /// `Registry.registeredHouseholds(in:on:monitoringList:snapshot:rowsRead:consume:delivered:)`, on every core,
    /// each with its own parameter cache; kept in household order, so the findings are the
    /// same whatever the number of cores.
    func judge(_ households: [RegisteredHousehold], book: PolicyBook, settings: HouseholdAudit.Settings,
               rules: Set<HouseholdRule>) -> (drafts: [FindingDraft], failures: [String]) {
        var cache = ProgramBatch.ParameterCache(book: book, on: today)
        var drafts: [FindingDraft] = [], failures: [String] = []
        // Households come in number order, village by village: each run of one region is
        // judged with its parameters bound once (a `let`, read in place: rebinding a mutable
        // one copied every parameter for every household). One household at a time, read in
        // place from the buffer (an array's element handed on was copied), and no outcome kept
        // per household: only its findings.
        households.withUnsafeBufferPointer { households in
            var start = 0
            while start < households.count {
                let region = households[start].situation.region
                var end = start + 1
                while end < households.count, households[end].situation.region == region { end += 1 }
                defer { start = end }
                let parameters = cache.parameters(region)
                guard case let .success(resolved) = parameters else {
                    failures += repeatElement("no_policy", count: end - start)
                    continue
                }
                for index in start..<end {
                    for hit in ProgramBatch.hits(households[index], parameters: resolved, on: today, audit: settings) where rules.contains(hit.rule) {
                        drafts.append(draft(hit, household: households[index],
                                            enrollment: households[index].enrollments.first { $0.id == hit.enrollmentID }))
                    }
                }
            }
        }
        return (drafts, failures)
    }

    /// `enrollment` is the one the hit names, nil for a hit on the household itself.
    func draft(_ hit: HouseholdHit, household: RegisteredHousehold, enrollment: Enrollment?) -> FindingDraft {
        let rule = AuditRule.household(hit.rule)
        let householdID = UUIDText.parse(household.key)
        var facts = FindingEvidence.Facts(program: enrollment?.program.rawValue ?? "", enrollmentInForce: enrollment?.isOpen(on: today) ?? false)
        facts.household = hit.facts
        // Whether the enrollment is still in force moves with the day for an exit; the
        // rule's own facts carry what it rests on.
        // Nor does where the monitoring is known from (a run given other batches sees the
        // registry's mark alone): the household is monitored either way.
        var hashed = facts
        hashed.enrollmentInForce = true
        hashed.household?["monitoring"] = nil
        let evidence = FindingEvidence(facts: facts, provenance: .init(sourceDepartment: "registry", asOf: today.iso)).json
        let source = FindingBuilder.source(["registry", hit.rule.rawValue, enrollment.map { UUIDText.string($0.id) } ?? household.key])
        let sourceKey = Hex.lowercase(HMAC<SHA256>.authenticationCode(for: source.bytes, using: secret))
        let key = FindingDraft.key(rule: rule, person: hit.personID, enrollment: enrollment?.id, household: householdID, sourceKey: sourceKey)
        return FindingDraft(rule: rule, key: key, region: enrollment?.region.value ?? household.situation.region, personID: hit.personID,
                            enrollmentID: enrollment?.id, householdID: householdID, sourceKey: sourceKey,
                            evidenceJSON: evidence.string, evidenceSHA256: Hex.lowercase(SHA256.hash(data: hashed.json.bytes)))
    }
}
