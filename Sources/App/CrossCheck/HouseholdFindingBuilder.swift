import Crypto
import DoudiDomain
import Foundation

/// Turns the household rules' hits (`HouseholdAudit`) into findings. The subject is the
/// enrollment and the member the hit names; the source is the registry itself (the
/// enrollment), so the same problem on the same enrollment is always the same finding;
/// the evidence is the hit's facts, which hold figures and codes, never an ID number.
struct HouseholdFindingBuilder {
    let sourceKeys: SourceKeys
    let today: CivilDate

    /// A judge for one part of the households (`Registry.registeredHouseholds(…consumer:…)`, on
    /// every core), keeping the drafts of `rules` and, for each household the rules could not
    /// judge, the reason. Households come in number order, so the findings are the same
    /// whatever the number of cores.
    func judging(book: PolicyBook, settings: HouseholdAudit.Settings, rules: Set<HouseholdRule>) -> Judging {
        Judging(builder: self, settings: settings, rules: rules, cache: ProgramBatch.ParameterCache(book: book, on: today))
    }

    struct Judging: HouseholdConsumer {
        let builder: HouseholdFindingBuilder
        let settings: HouseholdAudit.Settings
        let rules: Set<HouseholdRule>
        var cache: ProgramBatch.ParameterCache
        private var region: String?
        /// The region's parameters (nil: the region has no policy), bound while consecutive
        /// households share the region (a village at a time): rebinding them per household
        /// copied every parameter.
        private var bound: Bound?
        private var drafts: [FindingDraft] = [], failures: [String] = []

        /// Held by reference and lent out from inside (`hits`): read off the reference at the
        /// call, the parameters were copied for each household.
        private final class Bound {
            private let parameters: ProgramParameters
            init(_ parameters: ProgramParameters) { self.parameters = parameters }

            func hits(_ household: borrowing RegisteredHousehold, on date: CivilDate, audit settings: HouseholdAudit.Settings) -> [HouseholdHit] {
                ProgramBatch.hits(household, parameters: parameters, on: date, audit: settings)
            }
        }

        init(builder: HouseholdFindingBuilder, settings: HouseholdAudit.Settings, rules: Set<HouseholdRule>, cache: ProgramBatch.ParameterCache) {
            (self.builder, self.settings, self.rules, self.cache) = (builder, settings, rules, cache)
        }

        mutating func take(_ household: RegisteredHousehold) {
            if household.situation.region != region {
                region = household.situation.region
                bound = (try? cache.parameters(household.situation.region).get()).map(Bound.init)
            }
            guard let bound else {
                failures.append("no_policy")
                return
            }
            for hit in bound.hits(household, on: builder.today, audit: settings) where rules.contains(hit.rule) {
                drafts.append(builder.draft(hit, household: household, enrollment: household.enrollments.first { $0.id == hit.enrollmentID }))
            }
        }

        mutating func finish() -> (drafts: [FindingDraft], failures: [String]) { (drafts, failures) }
    }

    /// `enrollment` is the one the hit names, nil for a hit on the household itself.
    func draft(_ hit: HouseholdHit, household: borrowing RegisteredHousehold, enrollment: Enrollment?) -> FindingDraft {
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
        let sourceKey = sourceKeys.key(for: source)
        let key = FindingDraft.key(rule: rule, person: hit.personID, enrollment: enrollment?.id, household: householdID, sourceKey: sourceKey)
        return FindingDraft(rule: rule, key: key, region: enrollment?.region.value ?? household.situation.region, personID: hit.personID,
                            enrollmentID: enrollment?.id, householdID: householdID, sourceKey: sourceKey,
                            evidenceJSON: evidence.string, evidenceSHA256: Hex.lowercase(SHA256.hash(data: hashed.json.bytes)))
    }
}
