import Crypto
import DoudiDomain
import Foundation

/// Turns the region rules' signals into findings. The subject is the township itself (no
/// person, no enrollment); the source is the registry's statistic for it, so one township
/// has one finding per rule; the evidence is the statistic with every village's rate, and
/// a village's coverage moving changes it (and reopens a decided finding).
struct RegionFindingBuilder {
    let sourceKeys: SourceKeys
    let today: CivilDate

    func drafts(_ signals: [QuotaAllocation.Signal], villages: [QuotaAllocation.Village]) -> [FindingDraft] {
        let byTownship = Dictionary(grouping: villages) { $0.code.township ?? $0.code }
        return signals.map { signal in
            var facts = FindingEvidence.Facts(program: Program.dibao.rawValue, enrollmentInForce: true)
            var statistic = signal.facts
            // Each judged village: code, covered / registered, rate.
            statistic["rates"] = (byTownship[signal.township] ?? []).filter { $0.covered > 0 }.compactMap { village in
                village.basisPoints.map { "\(village.code.value):\(village.covered)/\(village.registered):\(QuotaAllocation.Signal.percentText($0))" }
            }.joined(separator: ",")
            facts.statistic = statistic
            let rule = AuditRule.region(.quotaAllocation)
            let evidence = FindingEvidence(facts: facts, provenance: .init(sourceDepartment: "registry", asOf: today.iso))
            let source = FindingBuilder.source(["registry", rule.code, signal.township.value])
            let sourceKey = sourceKeys.key(for: source)
            return FindingDraft(rule: rule, key: FindingDraft.key(rule: rule, region: signal.township, sourceKey: sourceKey),
                                region: signal.township.value, personID: nil, enrollmentID: nil, sourceKey: sourceKey,
                                evidenceJSON: evidence.json.string, evidenceSHA256: Hex.lowercase(SHA256.hash(data: facts.json.bytes)))
        }
    }
}
