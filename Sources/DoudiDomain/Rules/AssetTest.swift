/// Whether the household's property is within the region's limits; the codes of every
/// limit it breaks.
///
/// Source: 57号 leaves the thresholds to provinces (policy reference §1.3); the forms used
/// here are the local ones cited there: per-capita financial assets ≤ N × the monthly
/// standard (广东 24×), a number of homes, no non-residential property, no vehicle except
/// exempt kinds (disability vehicles, e-bikes), no business except tiny family shops. The
/// months count the household's own standard, or the urban one everywhere where the region
/// says so (广东: "24 × the urban monthly standard", `dibao.assets.financial_base`).
public enum AssetTest {
    public static func failures(_ assets: AssetSituation?, counted: Int, area: AreaKind, parameters p: DibaoParameters) -> [String] {
        guard let assets else { return [] }
        var failures: [String] = []
        let base = p.financialBaseUrban ? p.standardUrban : p.standard(area)
        if let financial = assets.financial?.money, financial > base * Int64(p.financialMonths) * Int64(counted) {
            failures.append("assets.financial")
        }
        if (assets.homes ?? 0) > p.maxHomes { failures.append("assets.homes") }
        if (assets.nonResidential ?? 0) > 0, !p.nonResidentialAllowed { failures.append("assets.non_residential") }
        if (assets.vehicles ?? []).contains(where: { !p.exemptVehicles.contains($0) }) { failures.append("assets.vehicle") }
        if (assets.businesses ?? []).contains(where: { !p.exemptBusinesses.contains($0) }) { failures.append("assets.business") }
        return failures
    }
}
